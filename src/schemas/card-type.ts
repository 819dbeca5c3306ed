import { z } from 'astro/zod';
import { datedFields, isoDateSchema, localizedSchema, sourcesSchema } from './common.ts';
import { CARD_KINDS, FEE_GROUPS } from '../lib/vocabulary.ts';

export { FEE_GROUPS };

/** How long a card is valid, as the sources state it. */
export const validitySchema = z.discriminatedUnion('kind', [
  /** A fixed number of years ("max" when the sources say "at most"). */
  z.object({ kind: z.literal('years'), years: z.number().int().positive(), max: z.boolean().default(false), sources: sourcesSchema }),
  /** As long as the stay is authorised (A card). */
  z.object({ kind: z.literal('authorised-stay'), typicalYears: z.number().int().positive().optional(), sources: sourcesSchema }),
  /** Sources disagree: every claim is listed with its source; the site shows all of them. */
  z.object({
    kind: z.literal('conflict'),
    claims: z.array(z.object({ years: z.number().int().positive(), sources: sourcesSchema })).min(2, 'A conflict needs at least two claims.'),
  }),
  /** No source gives the validity. The site says so. */
  z.object({ kind: z.literal('unknown') }),
]);

/**
 * When to apply for a new card, counted back from the expiry date: a list of dated rows, the
 * one that holds on the card's expiry date applies. An empty list: no source gives a rule.
 */
export const renewalSchema = z
  .array(
    z.discriminatedUnion('kind', [
      /** Apply between `opensDaysBefore` and `closesDaysBefore` days before expiry (A: 45 to 30). */
      z.object({ kind: z.literal('window'), opensDaysBefore: z.number().int().positive(), closesDaysBefore: z.number().int().nonnegative(), ...datedFields, sources: sourcesSchema }).strict(),
      /** Apply at the latest `closesDaysBefore` days before expiry (B, EU, F: 30). */
      z.object({ kind: z.literal('latest'), closesDaysBefore: z.number().int().nonnegative(), ...datedFields, sources: sourcesSchema }).strict(),
    ]),
  )
  .default([]);
export type RenewalRow = z.infer<typeof renewalSchema>[number];

/** Fingerprints are taken from this age: dated rows, the one holding on the application day applies. */
export const fingerprintsSchema = z.array(z.object({ fromAge: z.number().int().nonnegative(), ...datedFields, sources: sourcesSchema }).strict()).default([]);

/** Holders who want permanent residence apply at the latest this many months before expiry: dated rows (by the expiry date). */
export const permanentResidenceSchema = z.array(z.object({ monthsBefore: z.number().int().positive(), ...datedFields, sources: sourcesSchema }).strict()).default([]);

/** One document type (`src/content/card-types/<id>.yaml`). Facts only; prose lives in the card pages. */
export const cardTypeSchema = z.object({
  /** Code printed on the card and used in links and the calculators' `card=` parameter (e.g. `A`, `EU+`). */
  code: z.string().min(1).max(12),
  /** Code before the 2021 redesign (K was C). Default: none. */
  formerCode: z.string().optional(),
  /** Position in lists (lower first). Default: 100. */
  order: z.number().int().default(100),
  /** Everyday name per language ("A-kaart", "Carte A", "A card"). */
  name: localizedSchema,
  /** Who the card is for, in one short line per language. */
  forWhom: localizedSchema,
  /** Kind of document: a residence card, the card for children under 12, or a certificate (orange card). */
  kind: z.enum(CARD_KINDS),
  /** Biometric (fingerprints in the chip). `null` when the sources do not say. */
  biometric: z.boolean().nullable(),
  /** Fee product: which federal price and fee rows apply. */
  feeGroup: z.enum(FEE_GROUPS),
  /** Validity as the sources state it. */
  validity: validitySchema,
  /** The renewal rule as dated rows. Default: none known (the site says so). */
  renewal: renewalSchema,
  /** Permanent-residence lead time as dated rows. Default: not applicable to this card. */
  permanentResidence: permanentResidenceSchema,
  /** Age from which fingerprints are taken, as dated rows. Default: no fingerprints, or not stated. */
  fingerprints: fingerprintsSchema,
  /**
   * A child under 12 can hold this card type (the children's card then costs the child price of
   * this type), with the source that says so. Default: not for children under 12.
   */
  underTwelve: z.object({ sources: sourcesSchema }).strict().optional(),
  /** Whether the card is a travel document. Default: false; a conflict lists both claims. */
  travelDocument: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('no'), sources: sourcesSchema }),
      z.object({ kind: z.literal('conflict'), no: sourcesSchema, yes: sourcesSchema }),
    ])
    .optional(),
  /** Sources for the entry as a whole (who it is for, codes). */
  sources: sourcesSchema,
  /** Date an editor last checked this entry against its sources. */
  lastChecked: isoDateSchema,
});
export type CardType = z.infer<typeof cardTypeSchema>;
