import { z } from 'astro/zod';
import { datedFields, isoDateSchema, localizedSchema, sourcesSchema } from './common.ts';
import { CARD_KINDS, FEE_GROUPS } from '../lib/vocabulary.ts';

export { FEE_GROUPS };

/** How long a card is valid, as the sources state it. */
export const validitySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('years').describe('years: a fixed number of years.'),
    years: z.number().int().positive().describe('How many years the card is valid.'),
    max: z.boolean().default(false).describe('true when the sources say "at most" that many years.'),
    sources: sourcesSchema,
  }),
  z.object({
    kind: z.literal('authorised-stay').describe('authorised-stay: as long as the stay is authorised (A card).'),
    typicalYears: z.number().int().positive().optional().describe('The usual number of years, when a source gives one. Default: none.'),
    sources: sourcesSchema,
  }),
  z.object({
    kind: z.literal('conflict').describe('conflict: the sources disagree; the site shows every claim with its source.'),
    claims: z
      .array(z.object({ years: z.number().int().positive().describe('The validity in years this source claims.'), sources: sourcesSchema }))
      .min(2, 'A conflict needs at least two claims.')
      .describe('Each claim with its source; at least two.'),
  }),
  z.object({ kind: z.literal('unknown').describe('unknown: no source gives the validity; the site says so.') }),
]).describe('How long the card is valid, as the sources state it: kind years, authorised-stay, conflict or unknown.');

/**
 * When to apply for a new card, counted back from the expiry date: a list of dated rows, the
 * one that holds on the card's expiry date applies. An empty list: no source gives a rule.
 */
export const renewalSchema = z
  .array(
    z.discriminatedUnion('kind', [
      z
        .object({
          kind: z.literal('window').describe('window: apply between opensDaysBefore and closesDaysBefore days before expiry (A: 45 to 30).'),
          opensDaysBefore: z.number().int().positive().describe('The first day you can apply, in days before the expiry date.'),
          closesDaysBefore: z.number().int().nonnegative().describe('The last day you can apply, in days before the expiry date.'),
          ...datedFields,
          sources: sourcesSchema,
        })
        .strict(),
      z
        .object({
          kind: z.literal('latest').describe('latest: apply at the latest closesDaysBefore days before expiry (B, EU, F: 30).'),
          closesDaysBefore: z.number().int().nonnegative().describe('The last day you can apply, in days before the expiry date.'),
          ...datedFields,
          sources: sourcesSchema,
        })
        .strict(),
    ]),
  )
  .default([])
  .describe('When to apply for a new card, counted back from the expiry date, as dated rows (the row holding on the expiry date applies). Empty: no source gives a rule (the site says so).');
export type RenewalRow = z.infer<typeof renewalSchema>[number];

/** Fingerprints are taken from this age: dated rows, the one holding on the application day applies. */
export const fingerprintsSchema = z
  .array(z.object({ fromAge: z.number().int().nonnegative().describe('The age from which fingerprints are taken.'), ...datedFields, sources: sourcesSchema }).strict())
  .default([])
  .describe('The age from which fingerprints are taken, as dated rows (the row holding on the application day applies). Empty: no fingerprints, or not stated.');

/** Holders who want permanent residence apply at the latest this many months before expiry: dated rows (by the expiry date). */
export const permanentResidenceSchema = z
  .array(
    z
      .object({ monthsBefore: z.number().int().positive().describe('How many months before expiry to apply at the latest.'), ...datedFields, sources: sourcesSchema })
      .strict(),
  )
  .default([])
  .describe('For holders who want permanent residence: apply at the latest this many months before expiry, as dated rows (by the expiry date). Empty: not for this card.');

/** One document type (`src/content/card-types/<id>.yaml`). Facts only; prose lives in the card pages. */
export const cardTypeSchema = z.object({
  code: z.string().min(1).max(12).describe("The code printed on the card, used in links and the calculators' card= parameter, e.g. A, EU+."),
  formerCode: z.string().optional().describe('The code before the 2021 redesign (K was C). Default: none.'),
  order: z.number().int().default(100).describe('Position in lists, lower first.'),
  name: localizedSchema.describe('The everyday name in each language: A-kaart, Carte A, A card.'),
  forWhom: localizedSchema.describe('Who the card is for, in one short line per language.'),
  kind: z.enum(CARD_KINDS).describe("The kind of document: residence-card, child-card (the card for children under 12) or certificate (the orange card)."),
  biometric: z.boolean().nullable().describe('true when the chip holds fingerprints, false when not, null when the sources do not say.'),
  feeGroup: z
    .enum(FEE_GROUPS)
    .describe('Which federal price and fee rows apply: biometric, non-biometric, child, certificate, or unknown (the site then shows no total for a surcharge).'),
  validity: validitySchema,
  renewal: renewalSchema,
  permanentResidence: permanentResidenceSchema,
  fingerprints: fingerprintsSchema,
  underTwelve: z
    .object({ sources: sourcesSchema })
    .strict()
    .optional()
    .describe("A child under 12 can hold this card type (the children's card then costs the child price of this type), with the source that says so. Default: not for children under 12."),
  travelDocument: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('no').describe('no: the card is not a travel document.'), sources: sourcesSchema }),
      z.object({
        kind: z.literal('conflict').describe('conflict: the sources disagree; the site shows both claims.'),
        no: sourcesSchema.describe('The sources that say it is not a travel document.'),
        yes: sourcesSchema.describe('The sources that say it is a travel document.'),
      }),
    ])
    .optional()
    .describe('Whether the card is a travel document. Default: not stated.'),
  sources: sourcesSchema.describe('The sources for the entry as a whole (who it is for, codes).'),
  lastChecked: isoDateSchema.describe('The day an editor last checked this entry against its sources.'),
});
export type CardType = z.infer<typeof cardTypeSchema>;
