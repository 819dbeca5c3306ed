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
  return bare || !fact.unit ? String(v) : useTranslations(lang)(`unit.${fact.unit}`, { n: v });
}

/**
 * The card fields prose may show with <Fact field="…" />: the rule that holds on `iso` (the
 * build day) and the unit its figure is shown with.
 */
export const CARD_FIELDS = {
  'fingerprints.fromAge': { unit: 'years', read: (c: CardType, iso: string) => currentRule(c.fingerprints, iso)?.fromAge, sources: (c: CardType, iso: string) => currentRule(c.fingerprints, iso)?.sources },
  'permanentResidence.monthsBefore': { unit: 'months', read: (c: CardType, iso: string) => currentRule(c.permanentResidence, iso)?.monthsBefore, sources: (c: CardType, iso: string) => currentRule(c.permanentResidence, iso)?.sources },
} as const satisfies Record<string, { unit: Unit; read: (c: CardType, iso: string) => number | undefined; sources: (c: CardType, iso: string) => readonly string[] | undefined }>;
export type CardField = keyof typeof CARD_FIELDS;
export const isCardField = (f: string): f is CardField => Object.hasOwn(CARD_FIELDS, f);
