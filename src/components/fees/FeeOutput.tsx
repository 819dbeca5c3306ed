/**
 * The calculator's answer: the key sentences in an <output> (a polite live region, so screen
 * readers announce each new result; its lines are spans, as <output> holds phrasing content only),
 * then how the amount is built with its sources, and the
 * documents to bring as a checklist that prints on its own.
 */
import type { ComponentChildren } from 'preact';
import type { Lang } from '../../schemas/common.ts';
import type { FeeKey } from '../../i18n/fees.ts';
import { type FeeData, type FeeFigure, type FeeQuote, type FeeResult } from '../../lib/fee-engine.ts';
import { formatEuro } from '../../lib/fee-schedule.ts';
import { formatDate, parseIsoDate } from '../../lib/plain-date.ts';
import { requirementsFor } from '../../lib/requirements.ts';
import { STAGES } from '../../lib/vocabulary.ts';

export type FeeState =
  | { kind: 'idle' }
  | { kind: 'incomplete' }
  | { kind: 'loading' }
  | { kind: 'load-error' }
  | { kind: 'result'; data: FeeData; result: FeeResult; date: string };

interface Props {
  lang: Lang;
  t: (key: FeeKey, values?: Record<string, string | number>) => string;
  state: FeeState;
  headingLevel: 2 | 3;
  municipality: { id: string; name: string; href: string } | undefined;
  cardName: (id: string) => string;
  /** Show the "what to bring" checklist under the result. Default: true ("Your plan" shows its own). */
  checklist?: boolean;
  /** Show the "Result" heading. Default: true ("Your plan" gives the section its own heading). */
  heading?: boolean;
}

/** What the small parts below share. */
interface Ctx {
  lang: Lang;
  t: Props['t'];
  euro: (cents: number) => string;
  day: (iso: string) => string;
  data: FeeData;
}

export function FeeOutput({ lang, t, state, headingLevel, municipality, cardName, checklist = true, heading = true }: Props) {
  const H = `h${headingLevel}` as 'h2' | 'h3';
  const H2 = `h${headingLevel + 1}` as 'h3' | 'h4';
  const H3 = `h${headingLevel + 2}` as 'h4' | 'h5';
  const euro = (c: number) => formatEuro(c, lang);
  const day = (iso: string) => formatDate(parseIsoDate(iso)!, lang);
  const name = municipality?.name ?? '';
  const k = state.kind;
  const q = k === 'result' && state.result.ok ? state.result.quote : null;
  const c: Ctx | null = k === 'result' ? { lang, t, euro, day, data: state.data } : null;

  let lines: ComponentChildren = null;
  if (k === 'incomplete') lines = t('res.empty');
  else if (k === 'loading') lines = t('res.loading', { municipality: name });
  else if (k === 'load-error') lines = <>{t('res.load-error', { municipality: name })} {municipality && <a href={municipality.href}>{name}</a>}</>;
  else if (k === 'result' && !state.result.ok) {
    const e = state.result.errors[0];
    lines = e?.kind === 'data' && e.code === 'no-tariff-yet' ? t('res.no-tariff-yet', { municipality: name, date: day(state.date), from: day(e.earliestFrom) }) : t('res.no-tariff', { municipality: name });
  }

  return (
    <div class="fee-result">
      {k !== 'idle' && heading && <H>{t('res.title')}</H>}
      <output class="fee-output" aria-live="polite" aria-atomic="true">
        {lines !== null && <span class="fee-line">{lines}</span>}
        {q && c && <QuoteLines q={q} c={c} name={name} cardName={cardName} />}
      </output>
      {q && c && (
        <>
          <details class="fee-details">
            <summary>{t('res.details')}</summary>
            {q.figures.map((f) => <Figure f={f} c={c} />)}
            {q.conflicts.map((x) => <p class="notice">{x.about[lang]} <Sources ids={x.sources} c={c} /></p>)}
          </details>
          {checklist && <p class="muted no-print">{t('res.link')}</p>}
          {checklist && <Checklist q={q} c={c} H={H2} H3={H3} />}
        </>
      )}
    </div>
  );
}

function QuoteLines({ q, c, name, cardName }: { q: FeeQuote; c: Ctx; name: string; cardName: (id: string) => string }) {
  const { t, euro, day, lang } = c;
  const known = q.figures.filter((f) => f.total !== null).map((f) => euro(f.total!));
  const unknown = q.federalUnknown;
  const surcharge = q.figures.find((f) => f.total === null)?.surcharge;
  const amount = q.conflict ? new Intl.ListFormat(lang, { type: 'disjunction' }).format(known) : q.total !== null && t('res.amount', { amount: euro(q.total) });
  return (
    <>
      <span class="fee-line">
        {t('res.summary', { card: cardName(q.card), municipality: name, age: t('res.age', { age: q.age }), procedure: t(`word.${q.procedure}`), reason: t(`word.${q.reason}`), date: day(q.date) })}
      </span>
      {q.seen?.old && <span class="fee-line fee-warning">{t('res.seen.old', { date: day(q.seen.on) })}</span>}
      {q.stale && <span class="fee-line fee-warning">{t('res.stale', { date: day(q.date), year: q.stale.latestYear })}</span>}
      {q.conflict && <span class="fee-line">{t('res.conflict')}</span>}
      {amount && <span class="fee-line fee-amount">{amount}</span>}
      {q.conflict && <span class="fee-line">{t('res.conflict.ask')}</span>}
      {unknown && (
        <span class="fee-line fee-warning">
          {unknown.product && surcharge != null ? t('res.federal-unknown', { surcharge: euro(surcharge), year: unknown.year }) : t('res.federal-unknown.product')}
          {unknown.latest && surcharge != null && ` ${t('res.federal-unknown.latest', { year: unknown.latest.year, amount: euro(unknown.latest.amount), surcharge: euro(surcharge), total: euro(unknown.latest.amount + surcharge) })}`}
        </span>
      )}
      {q.band === 'under-12' && <span class="fee-line">{t('res.band.under-12')}</span>}
    </>
  );
}

function Figure({ f, c }: { f: FeeFigure; c: Ctx }) {
  const { t, euro, day } = c;
  return (
    <div class="fee-figure">
      <p>
        <strong>{f.total !== null ? euro(f.total) : t('word.unknown')}</strong>
        {' · '}
        {f.surcharge === null ? t('res.published') : f.federal === null ? t('res.parts.unknown', { surcharge: euro(f.surcharge) }) : t('res.parts', { federal: euro(f.federal), surcharge: euro(f.surcharge) })}{' '}
        {f.validFrom === undefined ? (f.seenOn ? t('res.period.seen', { date: day(f.seenOn) }) : '') : f.validUntil ? t('res.period.range', { from: day(f.validFrom), until: day(f.validUntil) }) : t('res.period.from', { from: day(f.validFrom) })}
      </p>
      {f.notes.map((n) => <p class="muted">{n[c.lang]}</p>)}
      <p class="muted"><Sources ids={f.sources} c={c} /></p>
    </div>
  );
}

function Sources({ ids, c }: { ids: string[]; c: Ctx }) {
  return (
    <span>
      {c.t('res.sources')}{' '}
      {ids.map((id, i) => {
        const s = c.data.sources[id];
        const label = s ? s.title[c.lang] : id;
        return <>{i > 0 && '; '}{s?.url ? <a href={s.url}>{label}</a> : label}</>;
      })}
    </span>
  );
}

function Checklist({ q, c, H, H3 }: { q: FeeQuote; c: Ctx; H: 'h3' | 'h4'; H3: 'h4' | 'h5' }) {
  // The same rules as the card and municipality pages: one list per stage for this case.
  const list = Object.fromEntries(STAGES.map((stage) => [stage, requirementsFor(c.data.checklist, { card: q.card, situation: q.situation, band: q.band, stage, date: q.date })]));
  return (
    <section class="fee-checklist" aria-label={c.t('list.title')}>
      <H>{c.t('list.title')}</H>
      {STAGES.map((stage) =>
        list[stage] && list[stage].length > 0 && (
          <>
            <H3>{c.t(`list.${stage}`)}</H3>
            <ul class="checklist">{list[stage].map((i) => <li>{i.text[c.lang]}</li>)}</ul>
          </>
        ),
      )}
      <p class="no-print">
        <button type="button" class="secondary" onClick={printChecklist}>{c.t('list.print')}</button>
      </p>
    </section>
  );
}

/** Prints only the result and the checklist: a class on <html> switches the print styles for this one print. */
function printChecklist() {
  const root = document.documentElement;
  root.classList.add('fee-print');
  addEventListener('afterprint', () => root.classList.remove('fee-print'), { once: true });
  print();
}
