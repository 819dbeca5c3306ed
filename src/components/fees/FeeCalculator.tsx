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
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Lang } from '../../schemas/common.ts';
import type { FeeKey, FeeStrings } from '../../i18n/fees.ts';
import { fill } from '../../i18n/define.ts';
import { computeFee, type FeeCardFacts, type FeeData } from '../../lib/fee-engine.ts';
import { mergeFeeQuery, readFeeAnswers, writeFeeQuery, type FeeAnswers } from '../../lib/fee-query.ts';
import { checkFeeForm, FEE_FORM_FIELDS, startFeeForm, type FeeForm, type FeeFormContext, type FeeFormError, type FeeFormField } from '../../lib/fee-form.ts';
import { browserStorage, defaultMunicipality, readRemembered } from '../municipality-picker/logic.ts';
import { EMPTY_DATE_FIELDS, type DateFieldName } from '../../lib/date-fields.ts';
import { parseIsoDate, todayInBelgium } from '../../lib/plain-date.ts';
import { ErrorSummary, dateErrorMessage, dateFieldId, provideFormStrings, type FormError, type FormStrings } from '../forms/index.ts';
import { FeeOutput, type FeeState } from './FeeOutput.tsx';
import { FeeFields, ID } from './FeeFields.tsx';
import { announceAnswers, onAnswers } from '../forms/shared-answers.ts';

export interface CalculatorCard {
  id: string;
  code: string;
  name: string;
  feeGroup: FeeCardFacts['feeGroup'];
}

export interface FeeCalculatorProps {
  lang: Lang;
  /** The date fields' and error summary's words in this language. */
  form: FormStrings;
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

/** Where an error summary link for each field leads: the control itself, the first radio, or the day field. */
const LINK: Record<FeeFormField, string> = { ...ID, procedure: 'fee-procedure-normal', reason: 'fee-reason-first', birthdate: 'fee-birthdate-day', date: 'fee-date-day' };

type Loaded = FeeData | 'loading' | 'error';
type FieldError = FormError & { fields?: DateFieldName[] };

export default function FeeCalculator(props: FeeCalculatorProps) {
  provideFormStrings(props.lang, props.form);
  const { lang, strings, municipalities, cards, headingLevel = 3 } = props;
  const t = (key: FeeKey, values?: Record<string, string | number>) => (values ? fill(strings[key], values) : strings[key]);
  const facts: Record<string, Pick<FeeCardFacts, 'code' | 'kind'>> = {};
  for (const c of cards) facts[c.id] = { code: c.code, kind: c.feeGroup === 'child' ? 'child-card' : c.feeGroup === 'certificate' ? 'certificate' : 'residence-card' };
  const today = () => (props.today && parseIsoDate(props.today)) || todayInBelgium();
  const ctx: FeeFormContext = { cards: facts, municipalities: municipalities.map((m) => m.id), today: today() };

  const [ready, setReady] = useState(false);
  const [form, setForm] = useState<FeeForm>({ answers: readFeeAnswers(''), ageMode: 'age', date: EMPTY_DATE_FIELDS, birth: EMPTY_DATE_FIELDS });
  const { answers, ageMode } = form;
  const setAnswers = (f: (a: FeeAnswers) => FeeAnswers) => setForm((x) => ({ ...x, answers: f(x.answers) }));
  const [shownErrors, setShownErrors] = useState<Partial<Record<FeeFormField, FieldError>>>({});
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

  /** The words for each problem (src/lib/fee-form.ts finds them). */
  const words = (e: FeeFormError): FieldError => {
    if ('date' in e) return { fieldId: dateFieldId(ID[e.field], e.date.fields[0]), message: dateErrorMessage(e.date, lang, t(`name.${e.field}`)), fields: e.date.fields };
    const key = `err.${e.field}.${e.input.code}` as FeeKey;
    return { fieldId: LINK[e.field], message: t(key in strings ? key : (`err.${e.field}.invalid` as FeeKey), e.input.code === 'mismatch' ? { age: e.input.ageFromBirthdate } : undefined) };
  };
  const check = () => checkFeeForm(form, ctx);
  const errorWords = (errors: Partial<Record<FeeFormField, FeeFormError>>) => Object.fromEntries(Object.entries(errors).map(([k, e]) => [k, words(e!)])) as Partial<Record<FeeFormField, FieldError>>;

  // Start from the link (and the page's preset), once the browser runs the island.
  useEffect(() => {
    const start = startFeeForm(location.search, { card: props.card, municipality: props.municipality, defaultMunicipality: defaultMunicipality(ctx.municipalities, readRemembered(browserStorage())), cards, today: today() }, ctx);
    setForm(start.form);
    setReady(true);
    setAutoCheck(start.autoCheck);
    setGivenInLink(start.givenInLink);
  }, []);

  useEffect(() => {
    if (givenInLink.length === 0) return;
    const c = check();
    if (!c.ok) {
      const given = Object.fromEntries(Object.entries(errorWords(c.errors)).filter(([k]) => givenInLink.includes(k as keyof FeeAnswers)));
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
    setShownErrors(c.ok ? {} : errorWords(c.errors));
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

  const err = (f: FeeFormField) => shownErrors[f]?.message;
  const summary = FEE_FORM_FIELDS.map((f) => shownErrors[f]).filter((e): e is FieldError => e !== undefined);
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
        {/* The municipalities are listed once the island is awake: the page's HTML stays the same size with 1 or 565 of them. */}
        <FeeFields lang={lang} t={t} form={form} setForm={setForm} err={err} dateError={dateError} municipalities={ready ? municipalities : []} cards={cards} />
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
