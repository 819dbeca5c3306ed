/**
 * The change history of a page, derived from the data: dated fee rows, federal prices, dated card
 * rules and requirement rules (validFrom / validUntil / seenOn), the days editors checked the
 * facts (lastChecked), and the days the page's files changed in git. Pure: the words come from
 * the caller (`Words`), so the same changes read the same on pages, history pages and feeds.
 */
import type { CardType } from '../schemas/card-type.ts';
import type { FederalPrice, FederalProduct } from '../schemas/federal-price.ts';
import type { FeeRow } from '../schemas/municipality.ts';
import type { AgeBand, Procedure, Reason } from './vocabulary.ts';
import type { RequirementEntry } from './requirements.ts';
import { compareIsoDates } from './plain-date.ts';
import type { Lang } from '../i18n/languages.ts';

/** What a change is about: the feeds carry the first four; a page's history also the checks and its files. */
export type ChangeTopic = 'fee' | 'federal-price' | 'rule' | 'requirement' | 'checked' | 'file';
/** How the date reads: "from" (first day), "until" (last day), "seen" (read on an undated source), "on" (a check, a file change). */
export type ChangeWhen = 'from' | 'until' | 'seen' | 'on';

export interface Change {
  /** Stable and unique: the anchor on the history page and the feed entry's id. */
  id: string;
  date: string;
  when: ChangeWhen;
  topic: ChangeTopic;
  /** One or two plain sentences, without the date. */
  text: string;
  sources: string[];
  /** The day the site knew of it: the date itself, or for a change still to come the day its sources were last checked. */
  announced: string;
  /** The page whose history holds it: a card's rule, a municipality's fee or rule; none for the federal prices and the general rules. */
  page?: { kind: 'card' | 'municipality'; id: string } | undefined;
}

/** The words a language gives the changes (src/i18n/trust.ts and ui.ts, filled by the caller). */
export interface Words {
  /** A trust string with its placeholders filled. */
  t: (key: string, values?: Record<string, string | number>) => string;
  euro: (cents: number) => string;
  cardCode: (card: string) => string;
  cardName: (card: string) => string;
  age: (band: AgeBand) => string;
  procedure: (p: Procedure) => string;
  reason: (r: Reason) => string;
  product: (p: FederalProduct) => string;
  municipalityName: (id: string) => string;
}

/** A short, stable hash (FNV-1a, 32 bits) of a change's content: its id does not move when rows are added. */
export function changeId(...parts: readonly unknown[]): string {
  let h = 0x811c9dc5;
  for (const ch of JSON.stringify(parts)) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `change-${h.toString(16).padStart(8, '0')}`;
}

interface Dated {
  validFrom?: string | undefined;
  validUntil?: string | undefined;
  seenOn?: string | undefined;
}

/** The dated moments of a row: its first day, its last day, or the day an undated source was read. */
function moments(row: Dated): Array<{ when: ChangeWhen; date: string }> {
  const out: Array<{ when: ChangeWhen; date: string }> = [];
  if (row.validFrom) out.push({ when: 'from', date: row.validFrom });
  else if (row.seenOn) out.push({ when: 'seen', date: row.seenOn });
  if (row.validUntil) out.push({ when: 'until', date: row.validUntil });
  return out;
}

export interface ChangeInput {
  /** The day the site is built for (YYYY-MM-DD). */
  today: string;
  /** When each source was last checked (for the day a change still to come was announced). */
  sourceChecked: (id: string) => string | undefined;
}

function announced(input: ChangeInput, date: string, sources: readonly string[]): string {
  if (compareIsoDates(date, input.today) <= 0) return date;
  const checked = sources.map(input.sourceChecked).filter((d): d is string => !!d).sort(compareIsoDates).at(-1);
  return checked && compareIsoDates(checked, date) < 0 ? checked : input.today;
}

function make(input: ChangeInput, topic: ChangeTopic, when: ChangeWhen, date: string, text: string, sources: readonly string[], key: readonly unknown[], page?: Change['page']): Change {
  return { id: changeId(topic, when, date, ...key), date, when, topic, text, sources: [...sources], announced: announced(input, date, sources), ...(page ? { page } : {}) };
}

/** What a fee row covers, in words: "K, L (12 and older, normal, renewal)". */
export function feeWhat(row: Pick<FeeRow, 'cards' | 'age' | 'procedure' | 'reasons'>, w: Words): string {
  return `${row.cards.map(w.cardCode).join(', ')} (${[w.age(row.age), w.procedure(row.procedure), row.reasons.map(w.reason).join(', ')].join(', ')})`;
}

/** The changes of a municipality's fee rows: each dated row is a change on its first or last day, an undated one on the day it was read. */
export function feeChanges(input: ChangeInput, municipality: string, rows: readonly FeeRow[], w: Words): Change[] {
  return rows.flatMap((row) =>
    moments(row).map(({ when, date }) => {
      const what = feeWhat(row, w);
      const name = w.municipalityName(municipality);
      let text = 'total' in row ? w.t('change.fee', { what, amount: w.euro(row.total), municipality: name }) : w.t('change.fee.surcharge', { what, amount: w.euro(row.surcharge), municipality: name });
      if (when === 'seen') text += ` ${w.t('change.fee.undated')}`;
      if (when === 'until') text += ` ${w.t('change.fee.ends')}`;
      return make(input, 'fee', when, date, text, row.sources, [municipality, row], { kind: 'municipality', id: municipality });
    }),
  );
}

export function federalPriceChanges(input: ChangeInput, prices: readonly FederalPrice[], w: Words): Change[] {
  return prices.flatMap((p) =>
    moments(p).map(({ when, date }) => {
      let text = w.t('change.federal', { product: w.product(p.product), amount: w.euro(p.amount) });
      if (when === 'until') text += ` ${w.t('change.fee.ends')}`;
      return make(input, 'federal-price', when, date, text, p.sources, [p.id]);
    }),
  );
}

/** The changes of a card type's dated rules: renewal window, fingerprints, permanent residence. */
export function cardRuleChanges(input: ChangeInput, card: string, c: Pick<CardType, 'renewal' | 'fingerprints' | 'permanentResidence'>, w: Words): Change[] {
  const name = w.cardName(card);
  const out: Change[] = [];
  for (const r of c.renewal) {
    const text = r.kind === 'window' ? w.t('change.renewal.window', { card: name, opens: r.opensDaysBefore, closes: r.closesDaysBefore }) : w.t('change.renewal.latest', { card: name, closes: r.closesDaysBefore });
    for (const m of moments(r)) out.push(make(input, 'rule', m.when, m.date, text, r.sources, [card, 'renewal', r], { kind: 'card', id: card }));
  }
  for (const r of c.fingerprints) for (const m of moments(r)) out.push(make(input, 'rule', m.when, m.date, w.t('change.fingerprints', { card: name, age: r.fromAge }), r.sources, [card, 'fingerprints', r], { kind: 'card', id: card }));
  for (const r of c.permanentResidence) for (const m of moments(r)) out.push(make(input, 'rule', m.when, m.date, w.t('change.permanent', { card: name, months: r.monthsBefore }), r.sources, [card, 'permanent', r], { kind: 'card', id: card }));
  return out;
}

/** Requirement rules with a first or last day (rules that always hold are no change). */
export function requirementChanges(input: ChangeInput, entries: readonly RequirementEntry[], lang: Lang, w: Words): Change[] {
  return entries.flatMap((e) => {
    const where = e.municipality ? w.municipalityName(e.municipality) : w.t('change.requirement.everywhere');
    return moments(e).map(({ when, date }) =>
      make(input, 'requirement', when, date, w.t(when === 'until' ? 'change.requirement.ends' : 'change.requirement', { where, text: e.text[lang] }), e.sources, [e.municipality ?? '', e.id, e.stage], e.municipality ? { kind: 'municipality', id: e.municipality } : undefined),
    );
  });
}

/** A day an editor checked facts against their sources (lastChecked). */
export function checkedChange(input: ChangeInput, date: string, text: string, key: string): Change {
  return make(input, 'checked', 'on', date, text, [], [key]);
}

/** What a file that a page is built from holds, for the plain words of a change to it. */
export type FileRole = 'text' | 'sections' | 'card' | 'municipality' | 'requirements' | 'federal' | 'facts' | 'sources' | 'guides';

export interface PageFile {
  path: string;
  role: FileRole;
  /** The municipality of a municipality file. */
  municipality?: string | undefined;
}

/** The days each file changed (newest first), from git; null when no history is available. */
export type FileHistory = ReadonlyMap<string, readonly string[]> | null;

/** One change per day and kind of file: several commits on a day to the same file read as one change. */
export function fileChanges(input: ChangeInput, files: readonly PageFile[], history: FileHistory, w: Words): Change[] {
  if (!history) return [];
  const seen = new Map<string, Change>();
  for (const f of files) {
    for (const date of history.get(f.path) ?? []) {
      const key = `${date}|${f.role}|${f.municipality ?? ''}`;
      if (seen.has(key)) continue;
      const text = f.role === 'municipality' ? w.t('change.git.municipality', { municipality: w.municipalityName(f.municipality ?? '') }) : w.t(`change.git.${f.role}`);
      seen.set(key, make(input, 'file', 'on', date, text, [], [f.role, f.municipality ?? '']));
    }
  }
  return [...seen.values()];
}

/** The last day any of the page's files changed, or undefined without history. */
export function lastFileChange(files: readonly PageFile[], history: FileHistory): string | undefined {
  if (!history) return undefined;
  return files.flatMap((f) => history.get(f.path) ?? []).sort(compareIsoDates).at(-1);
}

/** Changes still to come (soonest first) and past ones (newest first); one id once. */
export function splitChanges(changes: readonly Change[], today: string): { upcoming: Change[]; past: Change[] } {
  const unique = [...new Map(changes.map((c) => [c.id, c])).values()];
  const order = (a: Change, b: Change) => compareIsoDates(a.date, b.date) || a.topic.localeCompare(b.topic) || a.id.localeCompare(b.id);
  return {
    upcoming: unique.filter((c) => compareIsoDates(c.date, today) > 0).sort(order),
    past: unique.filter((c) => compareIsoDates(c.date, today) <= 0).sort((a, b) => order(b, a)),
  };
}
