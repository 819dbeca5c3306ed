/**
 * One municipality's fee table and its source conflicts, written once and rendered in two
 * places: on the server by FeeTable.astro / FeeConflicts.astro (static HTML, no JavaScript)
 * and in the browser by the municipality picker island on card pages of large sites.
 */
import type { FeeSegment } from '../../lib/fee-schedule.ts';
import { formatEuro, knownTotal } from '../../lib/fee-schedule.ts';
import { formatDate, parseIsoDate } from '../../lib/plain-date.ts';
import type { Lang } from '../../schemas/common.ts';

/** The UI strings (src/i18n/ui.ts) the table and notices use. */
export const FEE_TABLE_KEYS = [
  'fees.table.caption', 'fees.col.cards', 'fees.col.age', 'fees.col.procedure', 'fees.col.reasons', 'fees.col.period', 'fees.col.amount', 'fees.col.source',
  'fees.age.12-plus', 'fees.age.under-12', 'fees.age.any', 'fees.procedure.normal', 'fees.procedure.urgent',
  'fees.reason.first', 'fees.reason.renewal', 'fees.reason.duplicate', 'fees.period.from', 'fees.period.range', 'fees.period.seen',
  'fees.surcharge', 'fees.surcharge.only', 'fees.federal.unknown', 'fees.latest-known', 'fees.conflict', 'conflict.title', 'conflict.confirm',
] as const;
export type FeeTableKey = (typeof FEE_TABLE_KEYS)[number];
type T = (key: FeeTableKey, values?: Record<string, string | number>) => string;

/** How a source is shown: its short label, and a link where there is one. */
export interface SourceLink { label: string; href?: string | undefined }

function Sources({ ids, source }: { ids: readonly string[]; source: (id: string) => SourceLink }) {
  return (
    <span class="source-refs">
      {ids.map((id, i) => {
        const s = source(id);
        return <>{i > 0 && ', '}{s.href ? <a href={s.href}>{s.label}</a> : s.label}</>;
      })}
    </span>
  );
}

export interface FeeTableViewProps {
  lang: Lang;
  t: T;
  /** The municipality's name, for the caption. */
  name: string;
  segments: readonly FeeSegment[];
  /** Show the cards column (a municipality's full table, or the children's card). */
  showCards: boolean;
  /** The code shown for a card id (`eu-plus` → `EU+`). */
  code: (card: string) => string;
  source: (id: string) => SourceLink;
  /** The id of the notice that explains a conflict. */
  conflictAnchor: (conflict: string) => string;
}

export function FeeTableView({ lang, t, name, segments, showCards, code, source, conflictAnchor }: FeeTableViewProps) {
  if (segments.length === 0) return null;
  const d = (iso: string) => {
    const pd = parseIsoDate(iso);
    return pd ? formatDate(pd, lang, { day: 'numeric', month: 'short', year: 'numeric' }) : iso;
  };
  // A row from an undated source shows the day it was read, never a period the source does not give.
  const period = (s: FeeSegment) =>
    s.validFrom === undefined
      ? s.seenOn ? t('fees.period.seen', { date: d(s.seenOn) }) : ''
      : s.validUntil ? t('fees.period.range', { from: d(s.validFrom), until: d(s.validUntil) }) : t('fees.period.from', { from: d(s.validFrom) });
  const caption = t('fees.table.caption', { municipality: name });
  return (
    <div class="table-wrap" data-pagefind-ignore="all" tabIndex={0} role="region" aria-label={caption}>
      <table class="fees">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {showCards && <th scope="col">{t('fees.col.cards')}</th>}
            <th scope="col">{t('fees.col.age')}</th>
            <th scope="col">{t('fees.col.procedure')}</th>
            <th scope="col">{t('fees.col.reasons')}</th>
            <th scope="col">{t('fees.col.period')}</th>
            <th scope="col" class="amount">{t('fees.col.amount')}</th>
            <th scope="col">{t('fees.col.source')}</th>
          </tr>
        </thead>
        <tbody>
          {segments.map((s, i) => (
            <tr key={i}>
              {showCards && <td data-label={t('fees.col.cards')}>{s.cards.map(code).join(', ')}</td>}
              <td data-label={t('fees.col.age')}>{t(`fees.age.${s.age}`)}</td>
              <td data-label={t('fees.col.procedure')}>{t(`fees.procedure.${s.procedure}`)}</td>
              <td data-label={t('fees.col.reasons')}>{s.reasons.map((r) => t(`fees.reason.${r}`)).join(', ')}</td>
              <td data-label={t('fees.col.period')}>{period(s)}</td>
              <td class="amount" data-label={t('fees.col.amount')}>
                {s.total !== null ? <strong>{formatEuro(s.total, lang)}</strong> : <span>{t('fees.federal.unknown')}</span>}
                {s.parts && s.total !== null && s.parts.federal !== null && <><br /><span class="muted">{t('fees.surcharge', { federal: formatEuro(s.parts.federal, lang), surcharge: formatEuro(s.parts.surcharge, lang) })}</span></>}
                {s.parts && s.total === null && <><br /><span class="muted">{t('fees.surcharge.only', { surcharge: formatEuro(s.parts.surcharge, lang) })}</span></>}
                {s.parts?.latest && s.total === null && <><br /><span class="muted">{t('fees.latest-known', { total: formatEuro(knownTotal(s)!.total, lang), year: s.parts.latest.year, amount: formatEuro(s.parts.latest.amount, lang), surcharge: formatEuro(s.parts.surcharge, lang) })}</span></>}
                {s.conflict && <><br /><a href={`#${conflictAnchor(s.conflict)}`}>{t('fees.conflict')}</a></>}
                {s.note && <><br /><span class="muted">{s.note[lang]}</span></>}
              </td>
              <td data-label={t('fees.col.source')}><Sources ids={s.sources} source={source} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export interface FeeConflictView { id: string; about: Record<Lang, string>; sources: readonly string[]; amounts: readonly number[] }

/** The notices for conflicts between sources: every figure and where it comes from, never one picked. */
export function FeeConflictNotices({ lang, t, name, conflicts, source, conflictAnchor }: Pick<FeeTableViewProps, 'lang' | 't' | 'name' | 'source' | 'conflictAnchor'> & { conflicts: readonly FeeConflictView[] }) {
  return (
    <>
      {conflicts.map((c) => (
        <div class="notice" id={conflictAnchor(c.id)} role="note" key={c.id}>
          <p><strong>{`${t('conflict.title')} (${name})`}</strong></p>
          <p>{c.about[lang]}</p>
          {c.amounts.length > 0 && <p>{c.amounts.map((a) => formatEuro(a, lang)).join(' · ')}</p>}
          <p>{t('conflict.confirm')} <Sources ids={c.sources} source={source} /></p>
        </div>
      ))}
    </>
  );
}
