/**
 * "Your plan" island: one question per step (GOV.UK patterns from ../forms), the answers in the
 * address (src/lib/plan.ts, the calculators' parameter names), then one overview computed by the
 * same engines as the rest of the site: what to bring, where to go, what it costs, when to go,
 * and a checklist for the counter in the resident's language beside the counter's.
 */
import { dirOf } from '../../i18n/languages.ts';
import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../schemas/common.ts';
import type { PlanKey, PlanStrings } from '../../i18n/plan.ts';
import type { FeeKey, FeeStrings } from '../../i18n/fees.ts';
import type { DeadlineStrings } from '../../i18n/deadlines.ts';
import { fill } from '../../i18n/define.ts';
import type { DeadlineData } from '../../lib/deadline-query.ts';
import type { FeeData } from '../../lib/fee-engine.ts';
import { formatEuro } from '../../lib/fee-schedule.ts';
import { formatDate, parseIsoDate, todayInBelgium, toIsoDate } from '../../lib/plain-date.ts';
import { SITUATIONS } from '../../lib/vocabulary.ts';
import {
  asksBirthdate, checkStep, counterLanguages, emptyPlan, PLAN_PARAMS, PLAN_STEPS, planResult, readPlan, writePlan,
  type PlanAnswers, type PlanContext, type PlanError, type PlanResult, type PlanStep,
} from '../../lib/plan.ts';
import { isoToDateFields } from '../../lib/date-fields.ts';
import type { MunicipalityFile } from '../../pages/data/municipalities/[id].json.ts';
import { DateInput, dateErrorMessage, dateFieldId, ErrorSummary, provideFormStrings, Radios, SelectField, TextField, type FormError, type FormStrings } from '../forms/index.ts';
import { errorMessage as deadlineErrorMessage } from '../deadlines/messages.ts';
import { downloadEvents } from '../deadlines/download.ts';
import { calendarEvents, describeResult, translator } from '../deadlines/sentences.ts';
import { FeeOutput } from '../fees/FeeOutput.tsx';
import { browserStorage, readRemembered } from '../municipality-picker/logic.ts';

export interface PlanProps {
  lang: Lang;
  /** The date fields' and error summary's words in this language. */
  form: FormStrings;
  strings: PlanStrings;
  /** The counter checklist's own lines in each counter language. */
  counterStrings: Partial<Record<Lang, Pick<PlanStrings, 'counter.title' | 'counter.for' | 'counter.amount' | 'counter.date'>>>;
  feeStrings: FeeStrings;
  deadlineStrings: DeadlineStrings;
  deadlineData: DeadlineData;
  municipalities: Array<{ id: string; name: string }>;
  cards: Array<{ id: string; code: string; name: string; kind: string }>;
  /** The version of the rules this build holds (see rulesVersion). */
  version: string;
  paths: { finder: string; card: string; municipality: string };
  /** Only in an AS_OF preview: the day the site shows. */
  today?: string | undefined;
}

type Loaded = { fees: FeeData; place: MunicipalityFile } | 'loading' | 'error';

const FIELD_ID = { municipality: 'plan-municipality', card: 'plan-card', age: 'plan-age', birthdate: 'plan-birthdate', reason: 'plan-reason', procedure: 'plan-procedure', expiry: 'plan-expiry', applied: 'plan-applied' } as const;

export default function Plan(props: PlanProps) {
  provideFormStrings(props.lang, props.form);
  const { lang, strings, cards, municipalities, deadlineData } = props;
  const t = (k: PlanKey, v?: Record<string, string | number>) => (v ? fill(strings[k], v) : strings[k]);
  // `today=YYYY-MM-DD` in a link (as in the deadline calculator) counts from that day; a preview from its day.
  const [linkToday] = useState(() => (typeof location === 'undefined' ? null : parseIsoDate(new URLSearchParams(location.search).get('today') ?? '')));
  const today = linkToday ?? ((props.today && parseIsoDate(props.today)) || todayInBelgium());
  const keep: Record<string, string> = linkToday ? { today: toIsoDate(linkToday) } : {};
  const ctx: PlanContext = { municipalities: municipalities.map((m) => m.id), cards, today };

  const [ready, setReady] = useState(false);
  const [answers, setAnswers] = useState<PlanAnswers>(emptyPlan());
  const [view, setView] = useState<'form' | 'result'>('form');
  const [errors, setErrors] = useState<PlanError[]>([]);
  const [tries, setTries] = useState(0);
  const [oldVersion, setOldVersion] = useState(false);
  const [loaded, setLoaded] = useState<Record<string, Loaded>>({});
  /** The field a "Change" link asked for: focused once the form is back. */
  const [focus, setFocus] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const allErrors = (a: PlanAnswers) => PLAN_STEPS.flatMap((s) => checkStep(s, a, ctx, deadlineData));

  /** Reads the address: a link that answers everything opens on the overview; wrong answers show their errors. */
  const fromAddress = () => {
    const params = new URLSearchParams(location.search);
    const a = readPlan(params, ctx);
    const any = PLAN_PARAMS_GIVEN(params);
    if (!a.municipality) a.municipality = readRemembered(browserStorage()) ?? (municipalities.length === 1 ? municipalities[0]!.id : '');
    setAnswers(a);
    setOldVersion(Boolean(a.v && a.v !== props.version));
    const found = allErrors(a);
    if (any && found.length === 0 && !params.get('step')) setView('result');
    else {
      setView('form');
      // Only the answers the link gave are checked: an empty question is no mistake yet.
      setErrors(found.filter((e) => (params.get(e.field) ?? '') !== ''));
      setFocus(params.get('step'));
    }
  };
  useEffect(() => {
    fromAddress();
    setReady(true);
    const onPop = () => {
      setErrors([]);
      fromAddress();
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  // The overview's heading takes focus as a new page would; "Change" focuses its question.
  useEffect(() => {
    if (!ready) return;
    if (view === 'result') heading.current?.focus();
    else if (focus) document.querySelector<HTMLElement>(`[data-step="${focus}"] :is(input, select)`)?.focus();
  }, [view, focus]);

  // The overview needs the municipality's fee file and its contact file.
  const m = answers.municipality;
  useEffect(() => {
    if (view !== 'result' || !m || loaded[m]) return;
    setLoaded((l) => ({ ...l, [m]: 'loading' }));
    const get = <T,>(url: string) => fetch(url, { credentials: 'same-origin' }).then((r) => (r.ok ? (r.json() as Promise<T>) : Promise.reject(new Error(String(r.status)))));
    Promise.all([get<FeeData>(`/data/fees/${encodeURIComponent(m)}.json`), get<MunicipalityFile>(`/data/municipalities/${encodeURIComponent(m)}.json`)])
      .then(([fees, place]) => setLoaded((l) => ({ ...l, [m]: { fees, place } })))
      .catch(() => setLoaded((l) => ({ ...l, [m]: 'error' })));
  }, [view, m]);

  // The overview's address carries the rules' version; robots do not index a personal overview.
  useEffect(() => {
    if (view !== 'result') return;
    const q = writePlan({ ...answers, v: props.version }, keep);
    if (q !== location.search) history.replaceState(history.state, '', `${location.pathname}${q}`);
    let meta = document.querySelector<HTMLMetaElement>('meta[name="robots"]');
    if (!meta) {
      meta = document.createElement('meta');
      meta.name = 'robots';
      document.head.append(meta);
    }
    meta.content = 'noindex';
  }, [view, answers]);

  const set = (k: keyof PlanAnswers) => (v: string) => setAnswers((a) => ({ ...a, [k]: v }));
  const setDate = (k: 'expiry' | 'applied' | 'birthdate') => (v: { day: string; month: string; year: string }) =>
    setAnswers((a) => ({ ...a, [k]: v.day || v.month || v.year ? `${v.year}-${v.month}-${v.day}` : '' }));

  const onSubmit = (ev: Event) => {
    ev.preventDefault();
    // A date of birth and an age never both count: the form asks one of them.
    const a = asksBirthdate(answers, ctx) ? { ...answers, age: '' } : { ...answers, birthdate: '' };
    const found = allErrors(a);
    setAnswers(a);
    if (found.length) {
      setErrors(found);
      setTries((n) => n + 1);
      return;
    }
    setErrors([]);
    history.pushState(null, '', `${location.pathname}${writePlan({ ...a, v: props.version }, keep)}`);
    setView('result');
  };
  const change = (s: PlanStep) => (ev: Event) => {
    ev.preventDefault();
    history.pushState(null, '', `${location.pathname}${writePlan(answers, { ...keep, step: s })}`);
    setFocus(s);
    setView('form');
  };
  const restart = (ev: Event) => {
    ev.preventDefault();
    setAnswers({ ...emptyPlan(), municipality: answers.municipality });
    history.pushState(null, '', location.pathname);
    setErrors([]);
    setFocus('municipality');
    setView('form');
  };

  const msg = (e: PlanError): string => {
    if (e.code === 'date') return dateErrorMessage(e.date, lang, t('name.birthdate'));
    if (e.code === 'deadline') return deadlineErrorMessage(e.error, translator(props.deadlineStrings), lang);
    return t(`err.${e.field}.${e.code}` as PlanKey);
  };
  const fieldError = (field: string) => {
    const e = errors.find((x) => x.field === field);
    return e ? msg(e) : undefined;
  };
  const dateError = (field: 'birthdate' | 'expiry' | 'applied') => {
    const e = errors.find((x) => x.field === field);
    if (!e) return undefined;
    const fields = e.code === 'date' ? e.date.fields : e.code === 'deadline' && e.error.code === 'date' ? e.error.date.fields : (['day', 'month', 'year'] as const);
    return { message: msg(e), fields };
  };
  const linkId = (e: PlanError) =>
    e.field === 'birthdate' || e.field === 'expiry' || e.field === 'applied'
      ? dateFieldId(FIELD_ID[e.field], e.code === 'date' ? e.date.fields[0] : e.code === 'deadline' && e.error.code === 'date' ? e.error.date.fields[0] : 'day')
      : e.field === 'reason' || e.field === 'procedure'
        ? `${FIELD_ID[e.field]}-${e.field === 'reason' ? SITUATIONS[0] : 'normal'}`
        : FIELD_ID[e.field];
  const summary: FormError[] = errors.map((e) => ({ fieldId: linkId(e), message: msg(e) }));
  const example = formatDate({ year: today.year, month: 6, day: 30 }, lang, { day: 'numeric', month: 'numeric', year: 'numeric' }).replace(/\D+/g, ' ');

  if (view === 'result') {
    return (
      <section class="plan" aria-labelledby="plan-result-title">
        <Answers {...props} answers={answers} change={change} restart={restart} t={t} />
        <h2 id="plan-result-title" ref={heading} tabIndex={-1}>{t('result.title')}</h2>
        {oldVersion && <div class="notice" role="note"><p>{t('result.version')}</p></div>}
        <Overview {...props} answers={answers} loaded={loaded[answers.municipality]} day={today} t={t} />
      </section>
    );
  }

  const card = cards.find((c) => c.id === answers.card);
  // One question per fieldset, all on one page: the overview is the next screen.
  return (
    <section class="plan" aria-label={t('plan.title')}>
      <ErrorSummary lang={lang} errors={summary} focusKey={tries} focusOnShow={tries > 0} />
      <form class="plan-form" noValidate onSubmit={onSubmit}>
        <fieldset class="form-wake" disabled={!ready}>
          <div data-step="municipality">
            <SelectField lang={lang} id={FIELD_ID.municipality} name="municipality" label={t('step.municipality.legend')} hint={t('step.municipality.hint')} error={fieldError('municipality')} value={answers.municipality} onChange={set('municipality')}
              options={[{ value: '', label: t('step.municipality.choose') }, ...(ready ? municipalities : []).map((x) => ({ value: x.id, label: x.name }))]} />
          </div>
          <div data-step="card">
            <SelectField lang={lang} id={FIELD_ID.card} name="card" label={t('step.card.legend')} hint={t('step.card.hint')} error={fieldError('card')} value={answers.card} onChange={set('card')}
              options={[{ value: '', label: t('step.card.choose') }, ...cards.map((c) => ({ value: c.id, label: `${c.code} – ${c.name}` }))]} />
            <p class="plan-finder"><a href={props.paths.finder}>{t('step.card.finder')}</a></p>
          </div>
          <div data-step="person">
            {asksBirthdate(answers, ctx)
              ? <DateInput lang={lang} id={FIELD_ID.birthdate} legend={t('step.person.birthdate')} hint={t('step.person.birthdate.hint', { example })} value={isoToDateFields(answers.birthdate)} onChange={setDate('birthdate')} error={dateError('birthdate')} />
              : <TextField lang={lang} id={FIELD_ID.age} name="age" label={t('step.person.age')} hint={t('step.person.age.hint')} error={fieldError('age')} value={answers.age} onChange={set('age')} inputMode="numeric" width={4} />}
          </div>
          <div data-step="situation">
            <Radios lang={lang} name={FIELD_ID.reason} legend={t('step.situation.legend')} value={(answers.reason as (typeof SITUATIONS)[number]) || ''} onChange={set('reason')} error={fieldError('reason')}
              options={SITUATIONS.map((x) => ({ value: x, label: t(`situation.${x}`) }))} />
          </div>
          <div data-step="procedure">
            <Radios lang={lang} name={FIELD_ID.procedure} legend={t('step.procedure.legend')} value={(answers.procedure as 'normal' | 'urgent') || ''} onChange={set('procedure')} error={fieldError('procedure')}
              options={[{ value: 'normal', label: t('procedure.normal'), hint: t('procedure.normal.hint') }, { value: 'urgent', label: t('procedure.urgent'), hint: t('procedure.urgent.hint') }]} />
          </div>
          <div data-step="dates">
            <p class="form-hint">{t('step.dates.hint')}</p>
            {card?.kind !== 'certificate' && answers.reason !== 'first' && (
              <DateInput lang={lang} id={FIELD_ID.expiry} legend={t('step.dates.expiry')} hint={t('step.dates.example', { example })} value={isoToDateFields(answers.expiry)} onChange={setDate('expiry')} error={dateError('expiry')} />
            )}
            <DateInput lang={lang} id={FIELD_ID.applied} legend={t('step.dates.applied')} hint={t('step.dates.example', { example })} value={isoToDateFields(answers.applied)} onChange={setDate('applied')} error={dateError('applied')} />
          </div>
          <button type="submit">{t('show')}</button>
        </fieldset>
      </form>
    </section>
  );
}

/** True when the address carries any answer at all (the rules' version is no answer). */
function PLAN_PARAMS_GIVEN(params: URLSearchParams): boolean {
  return PLAN_PARAMS.some((k) => k !== 'v' && (params.get(k) ?? '').trim() !== '');
}

type T = (k: PlanKey, v?: Record<string, string | number>) => string;

/** "Your answers": one row per step, each with its change link; "Start again". */
function Answers(p: PlanProps & { answers: PlanAnswers; change: (s: PlanStep) => (ev: Event) => void; restart: (ev: Event) => void; t: T }) {
  const { answers: a, t, lang } = p;
  const d = (iso: string) => {
    const pd = parseIsoDate(iso);
    return pd ? formatDate(pd, lang) : iso;
  };
  const card = p.cards.find((c) => c.id === a.card);
  const value: Record<PlanStep, string> = {
    municipality: p.municipalities.find((m) => m.id === a.municipality)?.name ?? a.municipality,
    card: card ? `${card.code} – ${card.name}` : a.card,
    person: a.age ? t('answers.age', { age: a.age }) : a.birthdate ? t('answers.born', { date: d(a.birthdate) }) : '',
    situation: (SITUATIONS as readonly string[]).includes(a.reason) ? t(`situation.${a.reason}` as PlanKey) : a.reason,
    procedure: a.procedure === 'normal' || a.procedure === 'urgent' ? t(`procedure.${a.procedure}`) : a.procedure,
    dates: [a.expiry && t('answers.expiry', { date: d(a.expiry) }), a.applied && t('answers.applied', { date: d(a.applied) })].filter(Boolean).join('; '),
  };
  const steps = PLAN_STEPS;
  const href = (s: PlanStep) => `${typeof location === 'undefined' ? '' : location.pathname}${writePlan(a, { step: s })}`;
  return (
    <section class="plan-answers no-print" aria-labelledby="plan-answers-title">
      <h2 id="plan-answers-title" class="plan-answers-title">{t('answers.title')}</h2>
      <dl class="summary-list">
        {steps.map((s) => (
          <div class="summary-row" key={s}>
            <dt>{t(`answers.${s}` as PlanKey)}</dt>
            <dd>{value[s] || <span class="muted">{t('answers.none')}</span>}</dd>
            <dd class="summary-action"><a href={href(s)} onClick={p.change(s)}>{t('change')}<span class="visually-hidden"> {t(`answers.${s}` as PlanKey)}</span></a></dd>
          </div>
        ))}
      </dl>
      <p><a href={typeof location === 'undefined' ? '' : location.pathname} onClick={p.restart}>{t('start-again')}</a></p>
    </section>
  );
}

function Overview(p: PlanProps & { answers: PlanAnswers; loaded: Loaded | undefined; day: ReturnType<typeof todayInBelgium>; t: T }) {
  const { lang, t, answers: a } = p;
  const name = p.municipalities.find((m) => m.id === a.municipality)?.name ?? a.municipality;
  if (!p.loaded || p.loaded === 'loading') return <p role="status">{t('result.loading', { municipality: name })}</p>;
  if (p.loaded === 'error') return <p role="alert">{t('result.load-error')}</p>;
  const { fees, place } = p.loaded;
  const r = planResult(a, fees, p.deadlineData, p.day);
  const card = p.cards.find((c) => c.id === a.card)!;
  const service = place.services.find((s) => s.cards.includes(a.card)) ?? place.services[0];
  const ft = (k: FeeKey, v?: Record<string, string | number>) => (v ? fill(p.feeStrings[k], v) : p.feeStrings[k]);
  const amount = r.fee.ok && r.fee.quote.total !== null ? formatEuro(r.fee.quote.total, lang) : null;
  return (
    <>
      <section aria-labelledby="plan-card">
        <h3 id="plan-card">{t('result.card')}</h3>
        <p><a href={p.paths.card.replace('{id}', card.id)}><span class="code-badge" aria-hidden="true">{card.code}</span>{card.name}</a></p>
        {service && <p>{t('result.issuer', { service: service.name[lang] ?? '', municipality: name })}</p>}
      </section>
      <section aria-labelledby="plan-bring">
        <h3 id="plan-bring">{t('result.bring')}</h3>
        {(['application', 'collection'] as const).map((stage) => r.bring[stage].length > 0 && (
          <Fragment key={stage}>
            <h4>{t(`result.bring.${stage}`)}</h4>
            <ul class="checklist">{r.bring[stage].map((i) => <li key={i.id}>{i.text[lang]}</li>)}</ul>
          </Fragment>
        ))}
        {r.bring.application.length + r.bring.collection.length === 0 && <p>{t('counter.nothing')}</p>}
      </section>
      <section aria-labelledby="plan-where">
        <h3 id="plan-where">{t('result.where')}</h3>
        <dl class="glance">
          {place.address && <><dt>{t('result.address')}</dt><dd>{service?.name[lang]}, {place.address.street}, <bdi>{place.address.postcode}</bdi> {place.address.city}</dd></>}
          {place.phone && <><dt>{t('result.phone')}</dt><dd><a href={`tel:${place.phone.replace(/[^\d+]/g, '')}`}><bdi>{place.phone}</bdi></a></dd></>}
          {place.email && <><dt>{t('result.email')}</dt><dd><a href={`mailto:${place.email}`}><bdi>{place.email}</bdi></a></dd></>}
        </dl>
        <p>{place.appointments.application ? t('result.appointment.yes') : t('result.appointment.no')} {place.appointments.note?.[lang]}</p>
        <p>{place.payment ? t('result.payment', { methods: place.payment.methods.map((x) => t(`pay.${x}` as PlanKey)).join(', ') }) : t('result.payment.unknown')}</p>
        <p><a href={p.paths.municipality.replace('{id}', place.id)}>{name}</a></p>
      </section>
      <section aria-labelledby="plan-cost">
        <h3 id="plan-cost">{t('result.cost')}</h3>
        {r.childRange ? (
          <p class="fee-amount">{t('result.cost.child', { min: formatEuro(r.childRange.min, lang), max: formatEuro(r.childRange.max, lang), municipality: name })}</p>
        ) : <FeeOutput lang={lang} t={ft} state={{ kind: 'result', data: fees, result: r.fee, date: toIsoDate(r.day) }} headingLevel={3} municipality={{ id: place.id, name, href: p.paths.municipality.replace('{id}', place.id) }} cardName={(id) => p.cards.find((c) => c.id === id)?.name ?? id} checklist={false} heading={false} />}
      </section>
      <section aria-labelledby="plan-when">
        <h3 id="plan-when">{t('result.when')}</h3>
        <When {...p} result={r} />
      </section>
      <Counter {...p} result={r} place={place} amount={amount} />
      <p class="muted no-print">{t('result.link')}</p>
    </>
  );
}

function When(p: PlanProps & { result: PlanResult; t: T }) {
  const { lang, t } = p;
  const dl = p.result.deadlines;
  if (!dl) return <p>{t('result.when.none')}</p>;
  const text = describeResult(dl, p.deadlineData, p.deadlineStrings, lang);
  const events = calendarEvents(dl, p.deadlineStrings, lang);
  const dt = translator(p.deadlineStrings);
  const download = () => void downloadEvents(events, { prodId: `-//Verblijfskaart//Plan//${lang.toUpperCase()}`, name: dt('ics.calendar'), now: new Date() }, dt('ics.filename'));
  return (
    <>
      <output class="dl-output" aria-live="polite">{text.lines.map((l, i) => <span key={i} class={`dl-line dl-line--${l.tone}`}>{l.text}</span>)}</output>
      {text.rows.length > 0 && <dl class="glance dl-dates">{text.rows.map((r) => <Fragment key={r.label}><dt>{r.label}</dt><dd>{r.value}</dd></Fragment>)}</dl>}
      {text.notes.map((n, i) => <p key={i} class="dl-note">{n}</p>)}
      {events.length > 0 && <p class="no-print"><button type="button" class="secondary" onClick={download}>{dt('ics.button')}</button></p>}
    </>
  );
}

/** The checklist for the counter: each item in the resident's language beside the counter's. */
function Counter(p: PlanProps & { answers: PlanAnswers; result: PlanResult; place: MunicipalityFile; amount: string | null; t: T }) {
  const { lang, t, result: r, place } = p;
  const langs = counterLanguages(place.region as 'flanders' | 'brussels' | 'wallonia', place.counterLanguages);
  const [counter, setCounter] = useState<string>(langs.includes(lang) ? lang : langs[0]!);
  const other = counter !== lang;
  const cs = (p.counterStrings[counter as Lang] ?? p.strings) as PlanStrings;
  const card = p.cards.find((c) => c.id === p.answers.card)!;
  const name = p.place.name;
  const items = [...r.bring.application, ...r.bring.collection];
  const line = (s: PlanStrings, l: string) => [
    fill(s['counter.for'], { card: card.code, municipality: name[l] ?? name.nl ?? '' }),
    p.amount ? fill(s['counter.amount'], { amount: formatEuro(r.fee.ok && r.fee.quote.total !== null ? r.fee.quote.total : 0, l) }) : '',
    fill(s['counter.date'], { date: formatDate(r.day, l) }),
  ].filter(Boolean).join(' · ');
  const onPrint = () => {
    const root = document.documentElement;
    root.classList.add('plan-print');
    addEventListener('afterprint', () => root.classList.remove('plan-print'), { once: true });
    print();
  };
  return (
    <section class="plan-counter" aria-labelledby="plan-counter-title">
      <h3 id="plan-counter-title">{t('counter.title')}{other && <> · <span lang={counter} dir={dirOf(counter as Lang)}>{cs['counter.title']}</span></>}</h3>
      <p class="no-print">{t('counter.intro')}</p>
      {langs.length > 1 && (
        <div class="no-print">
          <Radios lang={lang} name="plan-counter-lang" legend={t('counter.lang')} value={counter} onChange={setCounter} inline
            options={langs.map((l) => ({ value: l, label: new Intl.DisplayNames([l], { type: 'language' }).of(l) ?? l }))} />
        </div>
      )}
      <p>{line(p.strings, lang)}</p>
      {other && <p lang={counter} dir={dirOf(counter as Lang)}>{line(cs, counter)}</p>}
      {items.length > 0 ? (
        <table class="plan-counter-table">
          <thead><tr><th scope="col">{t('counter.mine')}</th>{other && <th scope="col" lang={counter} dir={dirOf(counter as Lang)}>{cs['counter.title']}</th>}</tr></thead>
          <tbody>{items.map((i) => <tr key={i.id}><td>☐ {i.text[lang]}</td>{other && <td lang={counter} dir={dirOf(counter as Lang)}>{i.text[counter as Lang] ?? ''}</td>}</tr>)}</tbody>
        </table>
      ) : <p>{t('counter.nothing')}</p>}
      <p class="no-print"><button type="button" onClick={onPrint}>{t('result.print')}</button></p>
    </section>
  );
}
