/**
 * Figures as residents read them, from facts (src/content/facts.yaml) or a card type's dated
 * rule fields. One implementation for <Fact />, requirement texts and the content check.
 */
import type { Lang } from '../schemas/common.ts';
import type { Fact } from '../schemas/fact.ts';
import type { CardType } from '../schemas/card-type.ts';
import { useTranslations } from '../i18n/index.ts';
import { currentRule } from '../lib/periods.ts';
import { formatDate, parseIsoDate } from '../lib/plain-date.ts';

type Unit = NonNullable<Fact['unit']>;

/** A fact's value as text: a date in words, or a number with its unit (`bare`: without). */
export function factText(fact: Pick<Fact, 'value' | 'unit'>, lang: Lang, bare = false): string {
  const v = fact.value;
  if (typeof v === 'string') return formatDate(parseIsoDate(v)!, lang);
  return bare || !fact.unit ? String(v) : unitText(lang, fact.unit, v);
}

/** A number with its unit ("6 months"; "one working day" where the language has a word for one). */
export function unitText(lang: Lang, unit: Unit, n: number): string {
  const t = useTranslations(lang);
  return n === 1 && unit === 'working-days' ? t('unit.working-days.one') : t(`unit.${unit}`, { n });
}

/** The fact ids an MDX text shows with <Fact id="…" />. */
export function factIdsIn(mdx: string): string[] {
  return [...new Set([...mdx.matchAll(/<Fact\s[^>]*\bid="([a-z0-9-]+)"/g)].map((m) => m[1]!))];
}

/** Figures that UI strings name by placeholder ({childAge}, …): filled from data, never typed into a string. */
export interface UiFigures {
  childAge: number;
  pinMinWeeks: number;
  pinMaxWeeks: number;
  maxAge: number;
}

/** Fills the figure placeholders of a set of strings, leaving every other placeholder for later. */
export function withFigures<T extends Record<string, string>>(strings: T, figures: UiFigures): T {
  const values: Record<string, string> = Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, String(v)]));
  return Object.fromEntries(Object.entries(strings).map(([k, s]) => [k, s.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)])) as T;
}

/**
 * The card fields prose may show with <Fact field="…" />: the rule that holds on `iso` (the
 * build day) and the unit its figure is shown with.
 */
export const CARD_FIELDS = {
  'fingerprints.fromAge': { unit: 'years', read: (c: CardType, iso: string) => currentRule(c.fingerprints, iso)?.fromAge, sources: (c: CardType, iso: string) => currentRule(c.fingerprints, iso)?.sources ?? [] },
  'permanentResidence.monthsBefore': { unit: 'months', read: (c: CardType, iso: string) => currentRule(c.permanentResidence, iso)?.monthsBefore, sources: (c: CardType, iso: string) => currentRule(c.permanentResidence, iso)?.sources ?? [] },
} as const satisfies Record<string, { unit: Unit; read: (c: CardType, iso: string) => number | undefined; sources: (c: CardType, iso: string) => readonly string[] }>;
export type CardField = keyof typeof CARD_FIELDS;
export const isCardField = (f: string): f is CardField => Object.hasOwn(CARD_FIELDS, f);

/** Reads a numeric fact, failing the build with a clear message when it is missing. */
export function numericFact(facts: ReadonlyMap<string, { value: unknown }>, id: string): number {
  const v = facts.get(id)?.value;
  if (typeof v !== 'number') throw new Error(`src/content/facts.yaml: the fact "${id}" must be a number (a page or calculator shows it).`);
  return v;
}
