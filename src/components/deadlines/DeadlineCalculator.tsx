/**
 * The deadline calculator island: "when must I renew, and when is my card ready?".
 *
 * Server-side it renders only its title and intro (the page says in words what the rule is);
 * in the browser it reads the answers from the URL, shows the form, and shows the result in an
 * <output>. Answers go back into the URL (stable English names) so a result can be shared.
 * Dates are calendar dates in Belgium: no `Date` arithmetic, holidays computed in src/lib/holidays.ts.
 */
import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../schemas/common.ts';
import type { DeadlineStrings } from '../../i18n/deadlines.ts';
import {
  type DeadlineData, type DeadlineError, type DeadlineForm, type DeadlineResult, EMPTY_FORM, evaluate, formFromSearch, type LinkNotice,
  PARAM_NAMES, searchFor,
} from '../../lib/deadline-query.ts';
import type { DateFieldName, DateFieldValues } from '../../lib/date-fields.ts';
import { formatDate, parseIsoDate, todayInBelgium } from '../../lib/plain-date.ts';
import { announceAnswers, onAnswers } from '../forms/shared-answers.ts';
import { DateInput, dateFieldId, ErrorSummary, provideFormStrings, Radios, SelectField, TextField, type FormError, type FormStrings } from '../forms/index.ts';
import { calendarEvents, cardsWithPermanentRule, describeResult, inSentence, joinOr, type ResultText, translator, type Translate } from './sentences.ts';
import { errorMessage } from './messages.ts';
import { downloadEvents } from './download.ts';
import { browserStorage, defaultMunicipality, readRemembered } from '../municipality-picker/logic.ts';

interface Props {
  lang: Lang;
  /** The date fields' and error summary's words in this language. */
  form: FormStrings;
  strings: DeadlineStrings;
  data: DeadlineData;
  /** The card of a card page; the form then does not ask for the card. */
  card?: string | undefined;
  headingLevel?: 2 | 3;
  /** The day of an AS_OF preview (YYYY-MM-DD): deadlines count from it. Absent on the live site (the real today). */
  today?: string | undefined;
}

type Shown = { kind: 'none' } | { kind: 'errors'; errors: DeadlineError[] } | { kind: 'result'; result: DeadlineResult };

const FIELD_ID: Record<DeadlineError['field'], string> = {
  card: 'dl-card',
  expiry: 'dl-expiry',
  applied: 'dl-applied',
  birthdate: 'dl-birthdate',
  time: 'dl-time',
};


function errorFieldId(e: DeadlineError): string {
  if (e.field === 'expiry' || e.field === 'applied' || e.field === 'birthdate') {
    return dateFieldId(FIELD_ID[e.field], e.code === 'date' ? (e.date.fields[0] ?? 'day') : 'day');
  }
  return FIELD_ID[e.field];
}

function noticeText(n: LinkNotice, t: Translate): string {
  return t(`notice.${n.code}`, { value: n.value });
}

/** Writes this calculator's answers into the address, keeping other parameters (e.g. the fee calculator's). */
function updateAddress(result: DeadlineResult): void {
  const params = new URLSearchParams(location.search);
  for (const k of PARAM_NAMES) {
    // card, procedure and municipality mean the same for both calculators: only overwrite them.
    if (k === 'card' || k === 'procedure' || k === 'municipality') continue;
    params.delete(k);
  }
  for (const [k, v] of result.params) params.set(k, v);
  const s = params.toString();
  const url = `${location.pathname}${s ? `?${s}` : ''}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
}


export default function DeadlineCalculator({ lang, form: formWords, strings, data, card: fixedCard, headingLevel = 3, today }: Props) {
  provideFormStrings(lang, formWords);
  const t = translator(strings);
  // A card page's card is known on the server too: its questions (permanent residence, a child's
  // birthday) render there already, so waking up moves nothing on the page.
  const [form, setForm] = useState<DeadlineForm>(fixedCard ? { ...EMPTY_FORM, card: fixedCard } : EMPTY_FORM);
  const [ready, setReady] = useState(false);
  const [notices, setNotices] = useState<LinkNotice[]>([]);
  const [shown, setShown] = useState<Shown>({ kind: 'none' });
  const [submits, setSubmits] = useState(0);
  const resultRef = useRef<HTMLDivElement>(null);

  const H = `h${headingLevel}` as 'h2' | 'h3';
  const H2 = `h${headingLevel + 1}` as 'h3' | 'h4';

  const run = (f: DeadlineForm, fromSubmit: boolean) => {
    const ev = evaluate(f, data, (today && parseIsoDate(today)) || todayInBelgium());
    if (ev.ok) {
      setShown({ kind: 'result', result: ev.result });
      if (fromSubmit) {
        updateAddress(ev.result);
        // The procedure and municipality, where this result uses them, are the fee calculator's too.
        announceAnswers('deadlines', { procedure: ev.result.params.get('procedure') ?? '', municipality: ev.result.params.get('municipality') ?? '' });
      }
    } else setShown({ kind: 'errors', errors: ev.errors });
  };

  // The fee calculator on the same page changed the procedure or the municipality: take it, and
  // follow with the result shown (so the address holds one procedure for both).
  const [synced, setSynced] = useState(0);
  useEffect(
    () =>
      onAnswers('deadlines', (a) => {
        setForm((f) => {
          const procedure = a.procedure === 'normal' || a.procedure === 'urgent' ? a.procedure : f.procedure;
          const municipality = a.municipality && data.municipalities.some((m) => m.id === a.municipality) ? a.municipality : f.municipality;
          if (procedure === f.procedure && municipality === f.municipality) return f;
          setSynced((n) => n + 1);
          return { ...f, procedure, municipality };
        });
      }),
    [],
  );
  useEffect(() => {
    if (synced > 0 && shown.kind === 'result') run(form, true);
  }, [synced]);

  // Read the link once the browser runs the island; answers in the link show the result at once.
  useEffect(() => {
    const { form: f, notices: n, hasAnswers } = formFromSearch(location.search, data, fixedCard);
    if (!f.municipality) f.municipality = defaultMunicipality(data.municipalities.map((m) => m.id), readRemembered(browserStorage()));
    setForm(f);
    setNotices(n);
    setReady(true);
    if (hasAnswers) run(f, false);
  }, []);

  useEffect(() => {
    if (submits > 0 && shown.kind === 'result') resultRef.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [submits]);

  const H2Title = <H id="dl-title">{t('calc.title')}</H>;

  const set = <K extends keyof DeadlineForm>(k: K) => (v: DeadlineForm[K]) => setForm((f) => ({ ...f, [k]: v }));
  const submit = (ev: Event) => {
    ev.preventDefault();
    setSubmits((n) => n + 1);
    run(form, true);
  };

  const errors = shown.kind === 'errors' ? shown.errors : [];
  const summary: FormError[] = errors.map((e) => ({ fieldId: errorFieldId(e), message: errorMessage(e, t, lang) }));
  const fieldError = (field: DeadlineError['field']) => {
    const e = errors.find((x) => x.field === field);
    return e ? errorMessage(e, t, lang) : undefined;
  };
  const dateError = (field: 'expiry' | 'applied' | 'birthdate') => {
    const e = errors.find((x) => x.field === field);
    if (!e) return undefined;
    const fields: DateFieldName[] = e.code === 'date' ? e.date.fields : ['day', 'month', 'year'];
    return { message: errorMessage(e, t, lang), fields };
  };

  const chosen = data.cards.find((c) => c.id === form.card);
  const withPermanent = cardsWithPermanentRule(data);
  const showPermanent = Boolean(chosen?.permanentMonthsBefore) || form.permanent === 'yes';
  const showChild = chosen?.kind === 'child-card' || `${form.birthdate.day}${form.birthdate.month}${form.birthdate.year}` !== '';
  const result = shown.kind === 'result' ? shown.result : null;
  const text = result ? describeResult(result, data, strings, lang) : null;

  return (
    <section class="deadline-calc" aria-labelledby="dl-title">
      {H2Title}
      <p>{t('calc.intro')}</p>
      {notices.length > 0 && (
        <div class="notice" role="note">
          <p><strong>{t('notice.title')}</strong></p>
          <ul>{notices.map((n) => <li key={n.code}>{noticeText(n, t)}</li>)}</ul>
        </div>
      )}
      <ErrorSummary lang={lang} errors={summary} focusKey={submits} focusOnShow={submits > 0} headingLevel={(headingLevel + 1) as 3 | 4} />
      <form class="deadline-form" method="get" noValidate onSubmit={submit}>
        {/* Disabled until the island wakes up: the server's form keeps its place (no layout shift), and nothing typed before is lost. */}
        <fieldset class="form-wake" disabled={!ready}>
        {!fixedCard && (
          <SelectField
            lang={lang}
            id={FIELD_ID.card}
            name="card"
            label={t('q.card')}
            hint={t('q.card.hint')}
            error={fieldError('card')}
            value={form.card}
            onChange={set('card')}
            options={[{ value: '', label: t('q.card.choose') }, ...data.cards.map((c) => ({ value: c.id, label: `${c.code} – ${c.name}` }))]}
          />
        )}
        <DateInput
          lang={lang}
          id={FIELD_ID.expiry}
          legend={t('q.expiry')}
          hint={t('q.expiry.hint')}
          value={form.expiry}
          onChange={set('expiry') as (v: DateFieldValues) => void}
          error={dateError('expiry')}
        />
        {showPermanent && (
          <Radios
            lang={lang}
            name="dl-permanent"
            legend={t('q.permanent')}
            hint={t('q.permanent.hint', { cards: joinOr(withPermanent.map((c) => inSentence(c.name)), t) })}
            inline
            value={form.permanent}
            onChange={set('permanent')}
            options={[{ value: 'yes', label: t('q.permanent.yes') }, { value: 'no', label: t('q.permanent.no') }]}
          />
        )}
        <div class="dl-part">
          <H2 class="dl-part__title">{t('q.ready.title')}</H2>
          <p class="form-hint">{t('q.ready.intro')}</p>
          <DateInput
            lang={lang}
            id={FIELD_ID.applied}
            legend={t('q.applied')}
            hint={t('q.applied.hint')}
            value={form.applied}
            onChange={set('applied') as (v: DateFieldValues) => void}
            error={dateError('applied')}
          />
          <Radios
            lang={lang}
            name="dl-procedure"
            legend={t('q.procedure')}
            value={form.procedure}
            onChange={set('procedure')}
            options={[
              { value: 'normal', label: t('q.procedure.normal'), hint: t('q.procedure.normal.hint', { min: data.pinMinWeeks, max: data.pinMaxWeeks }) },
              { value: 'urgent', label: t('q.procedure.urgent'), hint: t('q.procedure.urgent.hint') },
            ]}
          />
          {form.procedure === 'urgent' && (
            <div class="dl-conditional">
              <SelectField
                lang={lang}
                id="dl-municipality"
                name="municipality"
                label={t('q.municipality')}
                value={form.municipality}
                onChange={set('municipality')}
                options={[...data.municipalities.map((m) => ({ value: m.id, label: m.name })), { value: '', label: t('q.municipality.other') }]}
              />
              <TextField
                lang={lang}
                id={FIELD_ID.time}
                name="time"
                label={t('q.time')}
                hint={t('q.time.hint')}
                error={fieldError('time')}
                width={5}
                inputMode="numeric"
                value={form.time}
                onChange={set('time')}
              />
            </div>
          )}
        </div>
        {showChild && (
          <div class="dl-part">
            <H2 class="dl-part__title">{t('q.child.title')}</H2>
            <DateInput
              lang={lang}
              id={FIELD_ID.birthdate}
              legend={t('q.birthdate')}
              hint={t('q.birthdate.hint')}
              value={form.birthdate}
              onChange={set('birthdate') as (v: DateFieldValues) => void}
              error={dateError('birthdate')}
              autoComplete="bday"
            />
          </div>
        )}
        <button type="submit">{t('calc.submit')}</button>
        </fieldset>
      </form>
      <div class="dl-result" ref={resultRef}>
        {result && <H2 id="dl-result-title">{t('result.title')}</H2>}
        {result && <p class="muted">{t(result.todayFromLink ? 'result.today.link' : 'result.today', { date: formatDate(result.today, lang) })}</p>}
        {/* One <output> for the life of the island, so screen readers announce each new result. */}
        <output class="dl-output" aria-live="polite" aria-atomic="true">
          {text?.lines.map((l, i) => <span key={i} class={`dl-line dl-line--${l.tone}`}>{l.text}</span>)}
        </output>
        {result && text && <Details result={result} text={text} strings={strings} lang={lang} t={t} />}
      </div>
    </section>
  );
}

function Details({ result, text, strings, lang, t }: { result: DeadlineResult; text: ResultText; strings: DeadlineStrings; lang: Lang; t: Translate }) {
  const events = calendarEvents(result, strings, lang);
  const link = `${location.pathname}${searchFor(result)}`;
  const onDownload = () => {
    void downloadEvents(events, { prodId: `-//Verblijfskaart//Deadlines//${lang.toUpperCase()}`, name: t('ics.calendar'), now: new Date() }, t('ics.filename'));
  };
  return (
    <>
      {text.rows.length > 0 && (
        <dl class="glance dl-dates">
          {text.rows.map((r) => (
            <Fragment key={r.label}>
              <dt>{r.label}</dt>
              <dd>{r.value}</dd>
            </Fragment>
          ))}
        </dl>
      )}
      {text.notes.map((n, i) => <p key={i} class="dl-note">{n}</p>)}
      {events.length > 0 && (
        <div class="dl-ics">
          <button type="button" class="secondary" onClick={onDownload} aria-describedby="dl-ics-hint">{t('ics.button')}</button>
          <p class="form-hint" id="dl-ics-hint">{t('ics.hint')}</p>
        </div>
      )}
      <p class="dl-link">
        <a href={link}>{t('link.label')}</a>
        <br />
        <span class="muted">{t('link.hint')}</span>
      </p>
    </>
  );
}
