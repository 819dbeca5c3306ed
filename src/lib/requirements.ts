/**
 * "What to bring": one implementation for card pages, municipality pages, the municipality
 * picker and the fee calculator's checklist. The rules are data (src/content/requirements.yaml
 * and each municipality's `requirements:` list); this module selects the ones that fit a case
 * and fills the figures into their texts. Pure and framework-free: it runs at build time and in
 * the browser (on the entries of /data/fees/<id>.json).
 */
import type { Localized } from '../schemas/common.ts';
import { covers } from './periods.ts';
import { SITUATIONS, ageBandFits, type AgeBand, type CardKind, type FeeGroup, type Situation, type Stage } from './vocabulary.ts';

/** Card groups a rule may name instead of card ids. */
export const CARD_GROUPS = {
  /** Every card with a chip and a PIN: the residence cards and the children's card. */
  'electronic-cards': (c: GroupFacts) => c.kind === 'residence-card' || c.kind === 'child-card',
  /** The residence cards (not the children's card, not the orange card). */
  'residence-cards': (c: GroupFacts) => c.kind === 'residence-card',
} as const satisfies Record<string, (c: GroupFacts) => boolean>;
export type CardGroup = keyof typeof CARD_GROUPS;
interface GroupFacts { kind: CardKind; feeGroup?: FeeGroup }

export const isCardGroup = (id: string): id is CardGroup => Object.hasOwn(CARD_GROUPS, id);

/** A requirement rule as data files hold it (defaults filled in). */
export interface RequirementRule {
  id: string;
  stage: Stage;
  situations: readonly Situation[];
  age: AgeBand;
  cards: readonly string[];
  order: number;
  text: Localized;
  validFrom?: string | undefined;
  validUntil?: string | undefined;
  sources: readonly string[];
}

/** A rule ready to show: card groups expanded to card ids, figures filled in, and where it comes from. */
export interface RequirementEntry {
  id: string;
  stage: Stage;
  situations: Situation[];
  age: AgeBand;
  /** Card ids; empty means every card. */
  cards: string[];
  order: number;
  text: Localized;
  validFrom?: string | undefined;
  validUntil?: string | undefined;
  sources: string[];
  /** The municipality whose file holds the rule; absent for a general rule. */
  municipality?: string | undefined;
}

export interface RequirementCase {
  card: string;
  situation: Situation;
  /** `12-plus` or `under-12` for a person; `any` lists the rules of both bands. */
  band: AgeBand;
  stage: Stage;
  /** The day of the application (YYYY-MM-DD): rules that do not hold that day are left out. */
  date?: string | undefined;
}

/** Fills `{fact-id}` and `{fact-id:bare}` in a text. An unknown id throws (the content check reports it first). */
export function fillFigures(text: string, figure: (id: string, bare: boolean) => string | undefined): string {
  return text.replace(/\{([a-z0-9-]+)(:bare)?\}/g, (_whole, id: string, bare?: string) => {
    const v = figure(id, Boolean(bare));
    if (v === undefined) throw new Error(`Requirement text "${text}": no fact "${id}" in src/content/facts.yaml.`);
    return v;
  });
}

/** The fact ids a text refers to (for the content check). */
export function figureIds(text: string): string[] {
  return [...text.matchAll(/\{([a-z0-9-]+)(?::bare)?\}/g)].map((m) => m[1]!);
}

/**
 * Turns rules into entries: card groups become the card ids they stand for (in the order of
 * `cards`), and every text gets its figures, per language.
 */
export function toEntries(
  rules: readonly RequirementRule[],
  cards: ReadonlyArray<{ id: string } & GroupFacts>,
  figure: (lang: keyof Localized, id: string, bare: boolean) => string | undefined,
  municipality?: string,
): RequirementEntry[] {
  return rules.map((r) => {
    const ids = r.cards.length === 0 ? [] : cards.filter((c) => r.cards.some((x) => (isCardGroup(x) ? CARD_GROUPS[x](c) : x === c.id))).map((c) => c.id);
    const text = Object.fromEntries(Object.entries(r.text).map(([lang, t]) => [lang, fillFigures(t, (id, bare) => figure(lang as keyof Localized, id, bare))])) as Localized;
    return {
      id: r.id,
      stage: r.stage,
      situations: [...r.situations],
      age: r.age,
      cards: ids,
      order: r.order,
      text,
      ...(r.validFrom ? { validFrom: r.validFrom } : {}),
      ...(r.validUntil ? { validUntil: r.validUntil } : {}),
      sources: [...r.sources],
      ...(municipality ? { municipality } : {}),
    };
  });
}

/** True when a list of card ids concerns a card (an empty list concerns every card). */
export function concernsCard(cards: readonly string[], card: string): boolean {
  return cards.length === 0 || cards.includes(card);
}

/** True when an entry applies to the case. */
export function fits(e: RequirementEntry, c: RequirementCase): boolean {
  return (
    e.stage === c.stage &&
    e.situations.includes(c.situation) &&
    ageBandFits(e.age, c.band) &&
    concernsCard(e.cards, c.card) &&
    (c.date === undefined || covers(e, c.date))
  );
}

/** The entries that fit a case, most important first (by `order`, then general before local, then id). */
export function requirementsFor(entries: readonly RequirementEntry[], c: RequirementCase): RequirementEntry[] {
  return entries
    .filter((e) => fits(e, c))
    .sort((a, b) => a.order - b.order || Number(Boolean(a.municipality)) - Number(Boolean(b.municipality)) || a.id.localeCompare(b.id));
}

/** A municipality's payment methods as one requirement entry (shown with the fee), or none when its file does not say. */
export function paymentEntry(
  municipality: string,
  payment: { methods: readonly string[]; sources: readonly string[] } | null | undefined,
  words: (lang: keyof Localized, methods: readonly string[]) => string,
  langs: ReadonlyArray<keyof Localized>,
): RequirementEntry[] {
  if (!payment) return [];
  return [
    {
      id: 'payment-methods',
      stage: 'application',
      situations: [...SITUATIONS],
      age: 'any',
      cards: [],
      order: 91,
      text: Object.fromEntries(langs.map((l) => [l, words(l, payment.methods)])) as Localized,
      sources: [...payment.sources],
      municipality,
    },
  ];
}

/**
 * A municipality's own entries that concern a card and an age band, whatever the situation
 * (the municipality picker lists them with their situations). Same order as requirementsFor.
 */
export function localRequirementsFor(entries: readonly RequirementEntry[], card: string, band: AgeBand): RequirementEntry[] {
  return entries
    .filter((e) => e.municipality !== undefined && ageBandFits(e.age, band) && concernsCard(e.cards, card))
    .sort((a, b) => (a.stage === b.stage ? 0 : a.stage === 'application' ? -1 : 1) || a.order - b.order || a.id.localeCompare(b.id));
}
