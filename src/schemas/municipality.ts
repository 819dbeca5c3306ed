import { z } from 'astro/zod';
import { cardRefSchema, centsSchema, clockTimeSchema, datedFields, isoDateSchema, localizedSchema, sourcesSchema } from './common.ts';
import { requirementFields } from './requirement.ts';
import { AGE_BANDS, PAYMENT_METHODS, PROCEDURES, REASONS, REGIONS, SITUATIONS, type AgeBand, type Procedure, type Reason } from '../lib/vocabulary.ts';

export { AGE_BANDS, PROCEDURES, REASONS, cardRefSchema };
export type { AgeBand, Procedure, Reason };

const feeRowBase = z.object({
  cards: z.array(cardRefSchema).min(1, 'List at least one card id.').describe('The card ids the row applies to, e.g. [k, l, eu-plus, f-plus].'),
  age: z
    .enum(AGE_BANDS, { error: 'Expected 12-plus, under-12 or any.' })
    .default('any')
    .describe('The age band of the row: 12-plus, under-12, or any (both).'),
  procedure: z.enum(PROCEDURES, { error: 'Expected normal or urgent.' }).default('normal').describe('normal, or urgent (the card is ready sooner).'),
  reasons: z
    .array(z.enum(REASONS, { error: 'Expected first, renewal or duplicate.' }))
    .min(1)
    .default([...REASONS])
    .describe('Why the card is made: first (a first card), renewal, duplicate (lost, stolen, damaged, new photo, new name or gender).'),
  ...datedFields,
  sources: sourcesSchema,
  conflict: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional()
    .describe("When sources give different figures for the same case: the id of an entry in this file's conflicts list. Rows for the same case may overlap only when they all name the same conflict."),
  note: localizedSchema.optional().describe('A remark shown with the row (e.g. "including the fee for the photo"), in nl, fr and en.'),
});

const totalSchema = centsSchema.describe('The full amount the municipality asks, in euro cents (federal price included). Give total or surcharge, not both.');
const surchargeSchema = centsSchema.describe(
  'The municipal part in euro cents: the site adds the federal price valid on the same day (src/content/federal-prices.yaml). Give total or surcharge, not both.',
);

/**
 * One fee row. Give either `total` (the amount the municipality publishes) or `surcharge`
 * (the municipal surcharge added to the federal production price valid on the same date).
 */
export const feeRowSchema = z.union(
  [
    feeRowBase.extend({ total: totalSchema }).strict(),
    feeRowBase.extend({ surcharge: surchargeSchema }).strict(),
  ],
  { error: 'A fee row needs either `total` (the full amount in cents) or `surcharge` (the municipal part in cents), not both.' },
);
export type FeeRow = z.infer<typeof feeRowSchema>;

const shortIdSchema = (what: string) => z.string().regex(/^[a-z0-9-]+$/).describe(`A short id of the ${what}, unique in this file, in lower-case letters, digits and hyphens.`);

/** A municipal service that issues cards (e.g. dienst Bevolking). */
export const serviceSchema = z.object({
  id: shortIdSchema('service, e.g. population'),
  name: localizedSchema.describe("The service's name in each language, e.g. dienst Bevolking, service Population, Population service."),
  cards: z.array(cardRefSchema).min(1).describe('The card ids this service handles.'),
  sources: sourcesSchema,
});

/** One municipality (`src/content/municipalities/<id>.yaml`; the file name is its id). */
export const municipalitySchema = z.object({
  name: localizedSchema.describe("The municipality's name in each language (often the same three times)."),
  region: z.enum(REGIONS).describe('The region the municipality lies in.'),
  address: z
    .object({
      street: z.string().min(1).describe('Street and number, e.g. Marktplein 1.'),
      postcode: z.string().regex(/^\d{4}$/, 'A Belgian postcode has four digits.').describe('The four-digit postcode, in quotes: "1081".'),
      city: z.string().min(1).describe('The town, as written in the address.'),
    })
    .optional()
    .describe('The postal address of the counter. Default: none (the page then gives no address).'),
  phone: z
    .string()
    .regex(/^[0-9 +/.]+$/, 'A phone number holds digits, spaces, + / and dots only.')
    .optional()
    .describe('The phone number as dialled in Belgium, e.g. 02 600 15 21 (digits, spaces, + / and dots). Default: none.'),
  email: z.email().optional().describe('The e-mail address of the service residents write to, e.g. bevolking@koekelberg.brussels. Default: none.'),
  corrections: z
    .email()
    .optional()
    .describe(
      "The e-mail address of the municipality's contact for corrections: the \"Is something wrong on this page?\" link of its page writes to it (with the site's own address in copy). Default: none (the site's address in src/site.config.ts).",
    ),
  website: z.url().optional().describe("The address of the municipality's web page on residence cards, starting with https://. Default: none."),
  services: z.array(serviceSchema).min(1).describe('The services that issue cards, and the cards each handles. At least one.'),
  appointments: z
    .object({
      application: z.boolean().describe('true when residents need an appointment to apply for a card.'),
      collection: z.boolean().describe('true when residents need an appointment to collect the card.'),
      note: localizedSchema.optional().describe('A remark on appointments (how to book, opening hours), in nl, fr and en. Default: none.'),
      sources: sourcesSchema,
    })
    .describe('Whether residents need an appointment, with its source.'),
  payment: z
    .object({
      methods: z
        .array(z.enum(PAYMENT_METHODS))
        .min(1)
        .describe('How residents can pay at the counter: cash, card (bank card) and/or bank-transfer. At least one.'),
      sources: sourcesSchema,
    })
    .optional()
    .describe('The payment methods the counter accepts; every checklist of the municipality shows them after the fee. Default: not stated (the page says the municipality does not say how you pay).'),
  urgent: z
    .object({
      cutOff: clockTimeSchema.optional().describe('The time before which an urgent request leaves the same day, e.g. "14:30". Default: not stated by the sources.'),
      workingDays: z.number().int().positive().default(1).describe('How many working days until an urgent card is ready.'),
      sources: sourcesSchema,
    })
    .describe('The urgent procedure: cut-off time and working days.'),
  requirements: z
    .array(z.object(requirementFields).strict())
    .default([])
    .describe('What this municipality asks for on top of the general rules (src/content/requirements.yaml), with the same fields as a general rule. Default: nothing more.'),
  notes: z
    .array(
      z
        .object({
          text: localizedSchema.describe('The note in one or two sentences, in nl, fr and en.'),
          cards: z.array(cardRefSchema).default([]).describe('The card ids the note concerns. Empty: every card.'),
          situations: z
            .array(z.enum(SITUATIONS))
            .default([])
            .describe('The situations the note is a step for (first, renewal, lost-stolen, damaged, photo, name-gender): card pages show it there. Empty: a general note, shown on the municipality page.'),
          sources: sourcesSchema,
        })
        .strict(),
    )
    .default([])
    .describe('Extra facts and steps of this municipality (a photo booth, a two-step renewal, …). Default: none.'),
  conflicts: z
    .array(
      z.object({
        id: shortIdSchema('conflict, named by the fee rows in conflict:'),
        about: localizedSchema.describe('What the sources disagree about, in nl, fr and en.'),
        cards: z.array(cardRefSchema).default([]).describe('The cards the conflict concerns. Empty: the cards of the fee rows that name it.'),
        sources: sourcesSchema,
      }),
    )
    .default([])
    .describe('Disagreements between sources, named by fee rows. Default: none.'),
  fees: z
    .array(feeRowSchema)
    .min(1, 'List at least one fee row.')
    .describe('The dated fee rows: for a new fee, end the old row with validUntil and add a row; never overwrite one. Each row gives total or surcharge.'),
  sources: sourcesSchema.describe('The sources for the file as a whole.'),
  lastChecked: isoDateSchema.describe('The day an editor last checked this file against its sources.'),
  confirmed: isoDateSchema
    .optional()
    .describe('The day an editor last confirmed the fees after an upstream change (a new federal price in a total); npm run confirm -- <id> sets it to today. Default: none (the rows\' own dates count).'),
});
export type Municipality = z.infer<typeof municipalitySchema>;
