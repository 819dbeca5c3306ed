import { z } from 'astro/zod';
import { cardRefSchema, centsSchema, clockTimeSchema, datedFields, isoDateSchema, localizedSchema, sourcesSchema } from './common.ts';
import { requirementFields } from './requirement.ts';
import { AGE_BANDS, PAYMENT_METHODS, PROCEDURES, REASONS, REGIONS, SITUATIONS, type AgeBand, type Procedure, type Reason } from '../lib/vocabulary.ts';

export { AGE_BANDS, PROCEDURES, REASONS, cardRefSchema };
export type { AgeBand, Procedure, Reason };

const feeRowBase = z.object({
  /** Card ids the row applies to (e.g. `[k, l, eu-plus, f-plus]`). */
  cards: z.array(cardRefSchema).min(1, 'List at least one card id.'),
  /** Age band: `12-plus`, `under-12` or `any`. Default: `any`. */
  age: z.enum(AGE_BANDS, { error: 'Expected 12-plus, under-12 or any.' }).default('any'),
  /** `normal` or `urgent`. Default: `normal`. */
  procedure: z.enum(PROCEDURES, { error: 'Expected normal or urgent.' }).default('normal'),
  /** Reasons the row covers. Default: all three (`first`, `renewal`, `duplicate`). */
  reasons: z.array(z.enum(REASONS, { error: 'Expected first, renewal or duplicate.' })).min(1).default([...REASONS]),
  /** `validFrom` (first day, as the source states it), `validUntil`, or `seenOn` for an undated source. */
  ...datedFields,
  /** Where the figure comes from: source ids from src/content/sources.yaml. */
  sources: sourcesSchema,
  /**
   * Id of an entry in this file's `conflicts` list when sources give different figures for the same case.
   * Rows for the same case may only overlap when they all name the same conflict. Default: none.
   */
  conflict: z.string().regex(/^[a-z0-9-]+$/).optional(),
  /** Remark shown with the row, per language. Default: none. */
  note: localizedSchema.optional(),
});

/**
 * One fee row. Give either `total` (the amount the municipality publishes) or `surcharge`
 * (the municipal surcharge added to the federal production price valid on the same date).
 */
export const feeRowSchema = z.union(
  [
    feeRowBase.extend({ total: centsSchema }).strict(),
    feeRowBase.extend({ surcharge: centsSchema }).strict(),
  ],
  { error: 'A fee row needs either `total` (the full amount in cents) or `surcharge` (the municipal part in cents), not both.' },
);
export type FeeRow = z.infer<typeof feeRowSchema>;

/** A municipal service that issues cards (e.g. dienst Bevolking). */
export const serviceSchema = z.object({
  /** Short id, unique in this file, e.g. `population`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: localizedSchema,
  /** Card ids this service handles. */
  cards: z.array(cardRefSchema).min(1),
  sources: sourcesSchema,
});

/** One municipality (`src/content/municipalities/<id>.yaml`; the file name is its id). */
export const municipalitySchema = z.object({
  /** Name per language. */
  name: localizedSchema,
  /** Region. */
  region: z.enum(REGIONS),
  /** Postal address of the counter. */
  address: z.object({ street: z.string().min(1), postcode: z.string().regex(/^\d{4}$/, 'A Belgian postcode has four digits.'), city: z.string().min(1) }).optional(),
  /** Phone number as dialled in Belgium, e.g. `02 600 15 21`. Default: none. */
  phone: z.string().regex(/^[0-9 +/.]+$/, 'A phone number holds digits, spaces, + / and dots only.').optional(),
  /** E-mail address. Default: none. */
  email: z.email().optional(),
  /** Website of the municipality. Default: none. */
  website: z.url().optional(),
  /** Services and the cards each handles. */
  services: z.array(serviceSchema).min(1),
  /** Appointment rules. */
  appointments: z.object({
    application: z.boolean(),
    collection: z.boolean(),
    note: localizedSchema.optional(),
    sources: sourcesSchema,
  }),
  /** Accepted payment methods. Default: not stated (the site tells residents to ask). */
  payment: z.object({ methods: z.array(z.enum(PAYMENT_METHODS)).min(1), sources: sourcesSchema }).optional(),
  /** Urgent procedure: the cut-off time for next-working-day cards. `cutOff` is omitted when the sources do not give it. */
  urgent: z.object({ cutOff: clockTimeSchema.optional(), workingDays: z.number().int().positive().default(1), sources: sourcesSchema }),
  /**
   * What this municipality asks for on top of the general rules (src/content/requirements.yaml):
   * same fields as a general rule. Default: nothing more.
   */
  requirements: z.array(z.object(requirementFields).strict()).default([]),
  /**
   * Extra facts and steps of this municipality (a photo booth, a two-step renewal, …). With
   * `cards` and `situations` a note shows only there on card pages. Default: none.
   */
  notes: z
    .array(
      z.object({
        text: localizedSchema,
        /** Card ids the note concerns. Default: every card (empty list). */
        cards: z.array(cardRefSchema).default([]),
        /** Situations the note concerns (see requirements). Default: general, shown with the municipality. */
        situations: z.array(z.enum(SITUATIONS)).default([]),
        sources: sourcesSchema,
      }).strict(),
    )
    .default([]),
  /** Conflicts between sources, referenced by fee rows. Default: none. */
  conflicts: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/),
        about: localizedSchema,
        /** Cards the conflict concerns. Default: the cards of the fee rows that name it. */
        cards: z.array(cardRefSchema).default([]),
        sources: sourcesSchema,
      }),
    )
    .default([]),
  /** Dated fee schedule: add a row for a new fee, never overwrite history. */
  fees: z.array(feeRowSchema).min(1, 'List at least one fee row.'),
  /** Sources for the entry as a whole. */
  sources: sourcesSchema,
  /** Date an editor last checked this file against its sources. */
  lastChecked: isoDateSchema,
  /**
   * Date an editor last confirmed this file's fees after the upstream changes the content
   * check names (a new federal price that a total includes): `npm run confirm -- <id>` sets it
   * to today. Default: none (the rows' own dates count).
   */
  confirmed: isoDateSchema
    .optional()
    .describe('The day an editor last confirmed the fees after an upstream change (a new federal price in a total); npm run confirm -- <id> sets it to today.'),
});
export type Municipality = z.infer<typeof municipalitySchema>;
