/**
 * The site's fixed vocabularies, in one place: age bands, procedures, fee reasons, situations,
 * stages, regions, card kinds, fee groups and payment methods. Schemas, engines, pages and
 * islands import them from here, so a value is never spelt out twice. Pure, no dependencies.
 */

/** Age bands of fee rows and requirement rules. `any` matches both. */
export const AGE_BANDS = ['12-plus', 'under-12', 'any'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const PROCEDURES = ['normal', 'urgent'] as const;
export type Procedure = (typeof PROCEDURES)[number];

/** Why a card is made, as fee rows tell them apart. */
export const REASONS = ['first', 'renewal', 'duplicate'] as const;
export type Reason = (typeof REASONS)[number];

/**
 * The situations a resident is in, as "what to bring" tells them apart. Each one falls under a
 * fee reason ({@link feeReasonOf}): the last four are a new card made before the old one expires.
 */
export const SITUATIONS = ['first', 'renewal', 'lost-stolen', 'damaged', 'photo', 'name-gender'] as const;
export type Situation = (typeof SITUATIONS)[number];

/** When a requirement applies: when you apply, or when you collect the card. */
export const STAGES = ['application', 'collection'] as const;
export type Stage = (typeof STAGES)[number];

export const REGIONS = ['flanders', 'brussels', 'wallonia'] as const;
export type Region = (typeof REGIONS)[number];

/** Kind of document: a residence card, the card for children under 12, or a certificate (orange card). */
export const CARD_KINDS = ['residence-card', 'child-card', 'certificate'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/** The fee product a card falls under: decides which federal price and which fee rows apply. */
export const FEE_GROUPS = ['biometric', 'non-biometric', 'child', 'certificate', 'unknown'] as const;
export type FeeGroup = (typeof FEE_GROUPS)[number];

export const PAYMENT_METHODS = ['cash', 'card', 'bank-transfer'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

const FEE_REASON: Record<Situation, Reason> = {
  first: 'first',
  renewal: 'renewal',
  'lost-stolen': 'duplicate',
  damaged: 'duplicate',
  photo: 'duplicate',
  'name-gender': 'duplicate',
};

/** The fee reason a situation is priced under. */
export function feeReasonOf(situation: Situation): Reason {
  return FEE_REASON[situation];
}

/**
 * Reads a situation from a form or a link: one of {@link SITUATIONS}, or a fee reason as older
 * links carry it (`duplicate` reads as `lost-stolen`). Undefined for anything else.
 */
export function readSituation(value: unknown): Situation | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'duplicate') return 'lost-stolen';
  return (SITUATIONS as readonly string[]).includes(v) ? (v as Situation) : undefined;
}

/**
 * The age band of the person a card page and the picker speak to: a child under 12 for the
 * children's card, someone of 12 or more for every other card (the orange card included: the
 * children's rules are about the children's card).
 */
export function applicantBand(kind: CardKind): Exclude<AgeBand, 'any'> {
  return kind === 'child-card' ? 'under-12' : '12-plus';
}

/** True when an age band of a rule fits the band of a person (`any` fits both). */
export function ageBandFits(rule: AgeBand, person: AgeBand): boolean {
  return rule === 'any' || person === 'any' || rule === person;
}
