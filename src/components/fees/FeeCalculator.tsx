/**
 * The fee calculator island ("what will my card cost?").
 *
 * - The server renders the form as it first appears, so nothing on the page moves when the
 *   island wakes up (no layout shift); without JavaScript the slot hides it (`scripting: none`
 *   in global.css) and says where the static tables are, so no form pretends to work.
 * - Receives only the lists it needs (municipality id + name, card id + code + name + fee group)
 *   and this page's strings; it loads one municipality's fee file (`/data/fees/<id>.json`)
 *   when that municipality is chosen, and computes with the same engine as the build.
 * - Reads its answers from the query string and writes them back, so a result can be shared.
 */
import { SITUATIONS, readSituation, type Situation } from '../../lib/vocabulary.ts';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Lang } from '../../schemas/common.ts';
import type { FeeKey, FeeStrings } from '../../i18n/fees.ts';
import { fill } from '../../i18n/define.ts';
import { resolveCardId } from '../../lib/cards.ts';
import { computeFee, validateFeeRequest, type FeeCardFacts, type FeeData, type ValidRequest } from '../../lib/fee-engine.ts';
import { feeDateYears, hasAnyAnswer, isComplete, mergeFeeQuery, readFeeAnswers, writeFeeQuery, type FeeAnswers } from '../../lib/fee-query.ts';
import { browserStorage, defaultMunicipality, readRemembered } from '../municipality-picker/logic.ts';
import { EMPTY_DATE_FIELDS, dateToFields, validateDateFields, type DateFieldName, type DateFieldValues } from '../../lib/date-fields.ts';
import { parseIsoDate, todayInBelgium, toIsoDate } from '../../lib/plain-date.ts';
import { DateInput, ErrorSummary, Radios, SelectField, TextField, dateErrorMessage, dateFieldId, type FormError } from '../forms/index.ts';
import { FeeOutput, type FeeState } from './FeeOutput.tsx';
import { announceAnswers, onAnswers } from '../forms/shared-answers.ts';
import './fee-calculator.css';

export interface CalculatorCard {
  id: string;
  code: string;
  name: string;
  feeGroup: FeeCardFacts['feeGroup'];
}

export interface FeeCalculatorProps {
  lang: Lang;
  strings: FeeStrings;
  municipalities: Array<{ id: string; name: string }>;
  cards: CalculatorCard[];
  /** Preselected card (card pages) and municipality (municipality pages). */
  card?: string | undefined;
  municipality?: string | undefined;
  /** Level of the calculator's heading (2 on the standalone page, 3 inside a page section). */
  headingLevel?: 2 | 3;
  /** Address of a municipality's page with `{id}` for its id, e.g. `/nl/gemeenten/{id}/#fees`. */
  municipalityPath: string;
  /** The day of an AS_OF preview (YYYY-MM-DD): the form starts from it. Absent on the live site (the real today). */
  today?: string | undefined;
}

type Field = 'municipality' | 'card' | 'age' | 'birthdate' | 'procedure' | 'reason' | 'date';
const FIELD_ORDER: Field[] = ['municipality', 'card', 'age', 'birthdate', 'procedure', 'reason', 'date'];
const ID = { municipality: 'fee-municipality', card: 'fee-card', age: 'fee-age', birthdate: 'fee-birthdate', procedure: 'fee-procedure', reason: 'fee-reason', date: 'fee-date' };
/** Where an error summary link for each field leads: the control itself, the first radio, or the day field. */
const LINK: Record<Field, string> = { ...ID, procedure: 'fee-procedure-normal', reason: 'fee-reason-first', birthdate: 'fee-birthdate-day', date: 'fee-date-day' };

/** `2025-6-1` or `2025-06-01` back into the three fields, keeping wrong values so the resident sees them. */
const isoToFields = (iso: string): DateFieldValues => {
  const m = /^(\d{1,6})-(\d{1,4})-(\d{1,4})$/.exec(iso);
  return m ? { year: m[1]!, month: m[2]!, day: m[3]! } : { ...EMPTY_DATE_FIELDS, year: iso ? iso.slice(0, 6) : '' };
};

type Loaded = FeeData | 'loading' | 'error';
type FieldError = FormError & { fields?: DateFieldName[] };
type Checked = { ok: true; request: ValidRequest; birthdate: string } | { ok: false; errors: Partial<Record<Field, FieldError>> };

export default function FeeCalculator(props: FeeCalculatorProps) {
  const { lang, strings, municipalities, cards, headingLevel = 3 } = props;
  const t = (key: FeeKey, values?: Record<string, string | number>) => (values ? fill(strings[key], values) : strings[key]);
  const facts: Record<string, Pick<FeeCardFacts, 'code' | 'kind'>> = {};
  for (const c of cards) facts[c.id] = { code: c.code, kind: c.feeGroup === 'child' ? 'child-card' : c.feeGroup === 'certificate' ? 'certificate' : 'residence-card' };

  const [ready, setReady] = useState(false);
  const [answers, setAnswers] = useState<FeeAnswers>(readFeeAnswers(''));
  const [ageMode, setAgeMode] = useState<'age' | 'birthdate'>('age');
  const [dateFields, setDateFields] = useState<DateFieldValues>(EMPTY_DATE_FIELDS);
  const [birthFields, setBirthFields] = useState<DateFieldValues>(EMPTY_DATE_FIELDS);
  const [shownErrors, setShownErrors] = useState<Partial<Record<Field, FieldError>>>({});
  const [submits, setSubmits] = useState(0);
  const [live, setLive] = useState(false);
  const [autoCheck, setAutoCheck] = useState(false);
  /** The answers an incomplete link gave: checked once, so a wrong value shows its error. */
  const [givenInLink, setGivenInLink] = useState<Array<keyof FeeAnswers>>([]);
  /** A shared link was complete: bring its result into view once it is there. */
  const [reveal, setReveal] = useState(false);
  /** Bumped by every committed change (select, radio, or a text field left): the result follows it. */
  const [version, setVersion] = useState(0);
  const [files, setFiles] = useState<Record<string, Loaded>>({});

  /** Every answer checked: a request for the engine, or one error per field. */
  const check = (): Checked => {
    const errors: Partial<Record<Field, FieldError>> = {};
    const date = validateDateFields(dateFields, feeDateYears(todayInBelgium()));
    if (!date.ok) errors.date = { fieldId: dateFieldId(ID.date, date.error.fields[0]), message: dateErrorMessage(date.error, lang, t('name.date')), fields: date.error.fields };
    let birthdate = '';
    if (ageMode === 'birthdate') {
      const b = validateDateFields(birthFields, { minYear: 1880 });
      if (!b.ok) errors.birthdate = { fieldId: dateFieldId(ID.birthdate, b.error.fields[0]), message: dateErrorMessage(b.error, lang, t('name.birthdate')), fields: b.error.fields };
      else birthdate = toIsoDate(b.date);
    }
    const r = validateFeeRequest(
      {
        municipality: answers.municipality,
        card: answers.card,
        age: ageMode === 'age' ? answers.age : '',
        birthdate,
        procedure: answers.procedure,
        reason: answers.reason,
        date: date.ok ? toIsoDate(date.date) : '',
      },
      facts,
      municipalities.map((m) => m.id),
    );
    if (!r.ok) {
      for (const e of r.errors) {
        // With a date of birth, "age missing" means the date of birth is missing.
        const field: Field = e.field === 'age' && ageMode === 'birthdate' ? 'birthdate' : e.field;
        if (errors[field]) continue;
        const key = `err.${field}.${e.code}` as FeeKey;
        errors[field] = { fieldId: LINK[field], message: t(key in strings ? key : (`err.${field}.invalid` as FeeKey), e.code === 'mismatch' ? { age: e.ageFromBirthdate } : undefined) };
      }
    }
    return Object.keys(errors).length || !r.ok ? { ok: false, errors } : { ok: true, request: r.value, birthdate };
  };

  // Start from the link (and the page's preset), once the browser runs the island.
  useEffect(() => {
    const q = readFeeAnswers(location.search);
    const a = { ...q };
    if (!a.municipality) a.municipality = props.municipality ?? defaultMunicipality(props.municipalities.map((m) => m.id), readRemembered(browserStorage()));
    // On a card page the page's own card wins over a `card` in the link (the children's card page
    // prices the child's own card type, so there the link's card stays).
    if (props.card && facts[props.card]?.kind !== 'child-card') a.card = props.card;
    const id = resolveCardId(a.card, cards);
    if (id && facts[id]?.kind !== 'child-card') a.card = id;
    if (a.birthdate && !a.age) {
      setAgeMode('birthdate');
      setBirthFields(isoToFields(a.birthdate));
    }
    setDateFields(a.date ? isoToFields(a.date) : dateToFields((props.today && parseIsoDate(props.today)) || todayInBelgium()));
    setAnswers(a);
    setReady(true);
    // A link with answers that, with the page's own card or municipality, answer every question.
    setAutoCheck(hasAnyAnswer(q) && isComplete(a));
    // An incomplete link: the answers it gives are checked, so a wrong one shows its error.
    setGivenInLink(hasAnyAnswer(q) && !isComplete(a) ? (Object.keys(q) as Array<keyof FeeAnswers>).filter((k) => q[k] !== '') : []);
  }, []);

  useEffect(() => {
    if (givenInLink.length === 0) return;
    const c = check();
    if (!c.ok) {
      const given = Object.fromEntries(Object.entries(c.errors).filter(([k]) => givenInLink.includes(k as keyof FeeAnswers)));
      if (Object.keys(given).length) setShownErrors(given);
    }
    setGivenInLink([]);
  }, [givenInLink]);

  // A complete link: check it as if the form had been sent (once the state above is in place).
  useEffect(() => {
    if (autoCheck) {
      setAutoCheck(false);
      setReveal(submit());
    }
  }, [autoCheck]);

  // Load the chosen municipality's fee file once.
  const m = answers.municipality;
  useEffect(() => {
    if (!m || files[m] || !municipalities.some((x) => x.id === m)) return;
    setFiles((f) => ({ ...f, [m]: 'loading' }));
    fetch(`/data/fees/${encodeURIComponent(m)}.json`, { credentials: 'same-origin' })
      .then((r) => (r.ok ? (r.json() as Promise<FeeData>) : Promise.reject(new Error(String(r.status)))))
      .then((d) => setFiles((f) => ({ ...f, [m]: d })))
      .catch(() => setFiles((f) => ({ ...f, [m]: 'error' })));
  }, [m]);

  // The answers as last committed; typing in a text field does not change the result until the field is left.
  const current = useMemo(() => (ready ? check() : null), [ready, version, ageMode]);

  // Keep the address in step with a shown result, so it can be bookmarked or shared.
  const linkAnswers = current?.ok
    ? ({
        municipality: current.request.municipality,
        card: current.request.card,
        ...(ageMode === 'age' ? { age: String(current.request.age) } : { birthdate: current.birthdate }),
        procedure: current.request.procedure,
        // The situation as answered (lost-stolen, photo, …), not the fee reason it is priced under.
        reason: current.request.situation,
        // Always the day it was computed for: a shared link means the same day when opened later.
        date: current.request.date,
      } satisfies Partial<FeeAnswers>)
    : null;
  const answersKey = linkAnswers ? writeFeeQuery(linkAnswers) : null;
  useEffect(() => {
    if (!live || !linkAnswers) return;
    const query = mergeFeeQuery(location.search, linkAnswers);
    if (query !== location.search) history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
    // The procedure and municipality are the deadline calculator's too (forms/shared-answers.ts).
    announceAnswers('fees', { procedure: linkAnswers.procedure, municipality: linkAnswers.municipality });
  }, [live, answersKey]);

  // The deadline calculator on the same page changed the procedure or the municipality: take it,
  // and the result shown follows (so the address holds one procedure for both).
  useEffect(
    () =>
      onAnswers('fees', (shared) => {
        setAnswers((a) => {
          const procedure = shared.procedure === 'normal' || shared.procedure === 'urgent' ? shared.procedure : a.procedure;
          const municipality = shared.municipality && municipalities.some((x) => x.id === shared.municipality) ? shared.municipality : a.municipality;
          if (procedure === a.procedure && municipality === a.municipality) return a;
          setVersion((v) => v + 1);
          return { ...a, procedure, municipality };
        });
      }),
    [],
  );

  function submit(ev?: Event): boolean {
    ev?.preventDefault();
    const c = check();
    setVersion((v) => v + 1);
    setSubmits((n) => n + 1);
    setShownErrors(c.ok ? {} : c.errors);
    setLive(c.ok);
    return c.ok;
  }

  let state: FeeState = { kind: 'idle' };
  if (live && current) {
    if (!current.ok) state = { kind: 'incomplete' };
    else {
      const file = files[current.request.municipality];
      state = !file || file === 'loading' ? { kind: 'loading' } : file === 'error' ? { kind: 'load-error' } : { kind: 'result', data: file, result: computeFee(file, current.request), date: current.request.date };
    }
  }
  const found = municipalities.find((x) => x.id === m);
  const muni = found && { ...found, href: props.municipalityPath.replace('{id}', found.id) };
  const shown = state.kind === 'result' || state.kind === 'load-error';
  useEffect(() => {
    if (reveal && shown) {
      setReveal(false);
      document.querySelector('.fee-result')?.scrollIntoView?.({ block: 'start' });
    }
  }, [reveal, shown]);

  const set = (k: keyof FeeAnswers) => (v: string) => setAnswers((a) => ({ ...a, [k]: v }));
  const err = (f: Field) => shownErrors[f]?.message;
  const summary = FIELD_ORDER.map((f) => shownErrors[f]).filter((e): e is FieldError => e !== undefined);
  const dateError = (f: 'birthdate' | 'date') => (shownErrors[f] ? { message: shownErrors[f].message, fields: shownErrors[f].fields ?? [] } : undefined);
  const H = `h${headingLevel}` as 'h2' | 'h3';

  return (
    <div class="fee-calc">
      <H>{t('calc.title')}</H>
      <p>{t('calc.intro')}</p>
      <ErrorSummary lang={lang} errors={summary} focusKey={submits} />
      <form class="fee-form" noValidate onSubmit={submit} onChange={() => setVersion((v) => v + 1)}>
        {/* Disabled until the island wakes up: the server's form keeps its place (no layout shift), and nothing typed before is lost. */}
        <fieldset class="form-wake" disabled={!ready}>
        <SelectField
          lang={lang}
          id={ID.municipality}
          label={t('q.municipality')}
          hint={t('q.municipality.hint')}
          value={answers.municipality}
          onChange={set('municipality')}
          error={err('municipality')}
          options={[{ value: '', label: t('calc.choose') }, ...municipalities.map((x) => ({ value: x.id, label: x.name }))]}
        />
        <SelectField
          lang={lang}
          id={ID.card}
          label={t('q.card')}
          hint={t('q.card.hint')}
          value={answers.card}
          onChange={set('card')}
          error={err('card')}
          options={[{ value: '', label: t('calc.choose') }, ...cards.filter((c) => c.feeGroup !== 'child').map((c) => ({ value: c.id, label: c.name }))]}
        />
        <Radios
          lang={lang}
          name="fee-age-mode"
          legend={t('q.age')}
          hint={t('q.age.hint')}
          value={ageMode}
          onChange={setAgeMode}
          options={[
            { value: 'age', label: t('q.age.mode.age') },
            { value: 'birthdate', label: t('q.age.mode.birthdate') },
          ]}
          inline
        />
        <div class="fee-conditional">
          {ageMode === 'age' ? (
            <TextField lang={lang} id={ID.age} label={t('q.age.years')} value={answers.age} onChange={set('age')} error={err('age')} inputMode="numeric" width={4} />
          ) : (
            <DateInput lang={lang} id={ID.birthdate} legend={t('q.birthdate')} value={birthFields} onChange={setBirthFields} error={dateError('birthdate')} autoComplete="bday" />
          )}
        </div>
        <Radios
          lang={lang}
          name={ID.procedure}
          legend={t('q.procedure')}
          value={answers.procedure as 'normal' | 'urgent' | ''}
          onChange={set('procedure')}
          error={err('procedure')}
          options={[
            { value: 'normal', label: t('q.procedure.normal') },
            { value: 'urgent', label: t('q.procedure.urgent') },
          ]}
        />
        <Radios
          lang={lang}
          name={ID.reason}
          legend={t('q.reason')}
          value={(readSituation(answers.reason) ?? '') as Situation | ''}
          onChange={set('reason')}
          error={err('reason')}
          options={SITUATIONS.map((s) => ({ value: s, label: t(`q.reason.${s}`) }))}
        />
        <DateInput
          lang={lang}
          id={ID.date}
          legend={t('q.date')}
          hint={t('q.date.hint')}
          value={dateFields}
          onChange={setDateFields}
          error={dateError('date')}
        />
        <button type="submit">{t('calc.submit')}</button>
        </fieldset>
      </form>
      <FeeOutput
        lang={lang}
        t={t}
        state={state}
        headingLevel={headingLevel}
        municipality={muni}
        cardName={(id) => cards.find((c) => c.id === id)?.name ?? id}
      />
    </div>
  );
}
