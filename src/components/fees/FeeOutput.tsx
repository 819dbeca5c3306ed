/**
 * The calculator's answer: the key sentences in an <output> (a polite live region, so screen
 * readers announce each new result), then how the amount is built with its sources, and the
 * documents to bring as a checklist that prints on its own.
 */
import type { ComponentChildren } from 'preact';
import type { Lang } from '../../schemas/common.ts';
import type { FeeKey } from '../../i18n/fees.ts';
import { checklistFor, type FeeData, type FeeFigure, type FeeQuote, type FeeResult } from '../../lib/fee-engine.ts';
import { formatEuro } from '../../lib/fee-schedule.ts';
import { formatDate, parseIsoDate } from '../../lib/plain-date.ts';

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
}

export function FeeOutput({ lang, t, state, headingLevel, municipality, cardName }: Props) {
  const H = `h${headingLevel}` as 'h2' | 'h3';
  const H2 = `h${headingLevel + 1}` as 'h3' | 'h4';
  const euro = (c: number) => formatEuro(c, lang);
  const day = (iso: string) => formatDate(parseIsoDate(iso)!, lang);
  const name = municipality?.name ?? '';
  const quote = state.kind === 'result' && state.result.ok ? state.result.quote : null;

  let lines: ComponentChildren = null;
  if (state.kind === 'incomplete') lines = <p>{t('res.empty')}</p>;
  else if (state.kind === 'loading') lines = <p>{t('res.loading', { municipality: name })}</p>;
  else if (state.kind === 'load-error')
    lines = <p>{t('res.load-error', { municipality: name })} {municipality && <a href={municipality.href}>{name}</a>}</p>;
  else if (state.kind === 'result' && !state.result.ok) {
    const e = state.result.errors[0];
    lines =
      e?.kind === 'data' && e.code === 'no-tariff-yet' ? (
        <p>{t('res.no-tariff-yet', { municipality: name, date: day(state.date), from: day(e.earliestFrom) })}</p>
      ) : (
        <p>{t('res.no-tariff', { municipality: name })}</p>
      );
  } else if (quote) lines = <QuoteLines q={quote} t={t} euro={euro} day={day} name={name} cardName={cardName} lang={lang} />;

  return (
    <div class="fee-result">
      {state.kind !== 'idle' && <H>{t('res.title')}</H>}
      <output class="fee-output" aria-live="polite" aria-atomic="true" for="fee-municipality fee-card">
        {lines}
      </output>
      {quote && state.kind === 'result' && (
        <>
          <details class="fee-details">
            <summary>{t('res.details')}</summary>
            {quote.figures.map((f) => (
              <FigureView f={f} t={t} euro={euro} day={day} data={state.data} lang={lang} />
            ))}
            {quote.conflicts.map((c) => (
              <p class="notice" key={c.id}>{c.about[lang]} <Sources ids={c.sources} data={state.data} lang={lang} t={t} /></p>
            ))}
          </details>
          <p class="muted no-print">{t('res.link')}</p>
          <Checklist q={quote} data={state.data} lang={lang} t={t} H={H2} />
        </>
      )}
    </div>
  );
}

function QuoteLines({ q, t, euro, day, name, cardName, lang }: { q: FeeQuote; t: Props['t']; euro: (c: number) => string; day: (iso: string) => string; name: string; cardName: (id: string) => string; lang: Lang }) {
  const known = q.figures.filter((f) => f.total !== null).map((f) => euro(f.total!));
  const list = new Intl.ListFormat(lang === 'nl' ? 'nl-BE' : lang === 'fr' ? 'fr-BE' : 'en-GB', { type: 'disjunction' }).format(known);
  const unknown = q.federalUnknown;
  const surcharge = q.figures.find((f) => f.total === null)?.surcharge;
  return (
    <>
      <p>
        {t('res.summary', {
          card: cardName(q.card),
          municipality: name,
          age: t('res.age', { age: q.age }),
          procedure: t(`word.${q.procedure}`),
          reason: t(`word.${q.reason}`),
          date: day(q.date),
        })}
      </p>
      {q.stale && <p class="fee-warning">{t('res.stale', { date: day(q.date), year: q.stale.latestYear })}</p>}
      {q.conflict ? (
        <p class="fee-amount">{t('res.conflict', { amounts: list })}</p>
      ) : q.total !== null ? (
        <p class="fee-amount">{t('res.amount', { amount: euro(q.total) })}</p>
      ) : null}
      {unknown && (
        <p class="fee-warning">
          {unknown.product && surcharge != null ? t('res.federal-unknown', { surcharge: euro(surcharge), year: unknown.year }) : t('res.federal-unknown.product')}
          {unknown.latest && <> {t('res.federal-unknown.latest', { year: unknown.latest.year, amount: euro(unknown.latest.amount) })}</>}
        </p>
      )}
      {q.band === 'under-12' && <p>{t('res.band.under-12')}</p>}
    </>
  );
}

function FigureView({ f, t, euro, day, data, lang }: { f: FeeFigure; t: Props['t']; euro: (c: number) => string; day: (iso: string) => string; data: FeeData; lang: Lang }) {
  return (
    <div class="fee-figure">
      <p>
        <strong>{f.total !== null ? euro(f.total) : t('word.unknown')}</strong>
        {' · '}
        {f.federal !== null && f.surcharge !== null ? t('res.parts', { federal: euro(f.federal), surcharge: euro(f.surcharge) }) : f.surcharge === null ? t('res.published') : null}
        {' '}
        {f.validUntil ? t('res.period.range', { from: day(f.validFrom), until: day(f.validUntil) }) : t('res.period.from', { from: day(f.validFrom) })}
      </p>
      {f.notes.map((n) => <p class="muted">{n[lang]}</p>)}
      <p class="muted"><Sources ids={f.sources} data={data} lang={lang} t={t} /></p>
    </div>
  );
}

function Sources({ ids, data, lang, t }: { ids: string[]; data: FeeData; lang: Lang; t: Props['t'] }) {
  return (
    <span class="fee-sources">
      {t('res.sources')}{' '}
      {ids.map((id, i) => {
        const s = data.sources[id];
        const label = s ? s.title[lang] : id;
        return (
          <>
            {i > 0 && '; '}
            {s?.url ? <a href={s.url}>{label}</a> : label}
          </>
        );
      })}
    </span>
  );
}

function Checklist({ q, data, lang, t, H }: { q: FeeQuote; data: FeeData; lang: Lang; t: Props['t']; H: 'h3' | 'h4' }) {
  const list = checklistFor(data.checklist, q);
  const H3 = (H === 'h3' ? 'h4' : 'h5') as 'h4' | 'h5';
  return (
    <section class="fee-checklist" aria-label={t('list.title')}>
      <H>{t('list.title')}</H>
      {(['application', 'collection'] as const).map((stage) =>
        list[stage].length ? (
          <>
            <H3>{t(`list.${stage}`)}</H3>
            <ul class="checklist">
              {list[stage].map((i) => <li key={i.id}>{i.text[lang]}</li>)}
            </ul>
          </>
        ) : null,
      )}
      <p class="no-print">
        <button type="button" class="secondary" onClick={printChecklist}>{t('list.print')}</button>
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
