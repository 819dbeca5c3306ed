import { z } from 'astro/zod';
import { parseIsoDate } from '../lib/plain-date.ts';

import { LANGS, type Lang } from '../i18n/languages.ts';

/** The site's languages come from src/i18n/languages.ts (the one list of them). */
export { LANGS, type Lang };
export const langSchema = z.enum(LANGS).describe(`A language of the site: ${LANGS.join(', ')} (nl is the source; see src/i18n/languages.ts).`);

/**
 * A calendar date written `YYYY-MM-DD` (quote it in YAML is not needed: the loader keeps it as text).
 * Impossible days such as 2027-02-30 are rejected.
 */
export const isoDateSchema = z.preprocess(
  // Markdown front matter is read by js-yaml, which turns dates into Date objects (UTC midnight).
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
  .string({ error: 'Expected a date written YYYY-MM-DD, for example 2025-02-01.' })
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s), { message: 'Expected a date written YYYY-MM-DD, for example 2025-02-01.' })
  .refine((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s) || parseIsoDate(s) !== null, {
    message: 'This day does not exist in the calendar (check the month length and leap years).',
  }),
).describe('A calendar date written YYYY-MM-DD, e.g. 2027-02-01.');

/** A clock time `HH:MM` on a 24-hour clock, e.g. `14:30`. */
export const clockTimeSchema = z
  .string({ error: 'Expected a time written HH:MM on a 24-hour clock, for example 14:30.' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected a time written HH:MM on a 24-hour clock (00:00 to 23:59), for example 14:30.')
  .describe('A time written HH:MM on a 24-hour clock, in quotes: "14:30".');

/**
 * A text in the data files, written in Dutch, French and English (all three required). The other
 * languages of src/i18n/languages.ts are not written here: their texts live in
 * src/content/translations/<lang>.yaml, keyed by the Dutch text, and are filled in when the data
 * is read (src/data/content.ts), so a translator works in one file.
 */
const writtenSchema = z.object(
  {
    nl: z.string().trim().min(1, 'The Dutch text is empty.'),
    fr: z.string().trim().min(1, 'The French text is empty.'),
    en: z.string().trim().min(1, 'The English text is empty.'),
  },
  { error: 'Expected a text in three languages: nl, fr and en.' },
);
// Typed as the text in every language it becomes once src/data/content.ts filled in the others.
export const localizedSchema = writtenSchema.describe(
  'A text in Dutch, French and English (nl, fr, en); none may be empty. Other languages: src/content/translations/<lang>.yaml.',
) as unknown as z.ZodType<Record<Lang, string>, z.input<typeof writtenSchema>>;

/** A text in every language of the site, as published data files carry it (the translations filled in). */
export const siteTextSchema = z
  .object(Object.fromEntries(LANGS.map((l) => [l, z.string()])) as Record<Lang, z.ZodString>)
  .describe(`A text in every language of the site (${LANGS.join(', ')}).`);

/** A data text in every language (after src/data/content.ts filled in the translations). */
export type Localized = Record<Lang, string>;
/** The three languages a data file writes itself (src/i18n/languages.ts). */
export { WRITTEN_LANGS } from '../i18n/languages.ts';

/** The id of an entry in `src/content/sources.yaml`. */
export const sourceRefSchema = z
  .string({ error: 'Expected the id of a source listed in src/content/sources.yaml.' })
  .regex(/^[a-z0-9-]+$/, 'A source id is written in lower-case letters, digits and hyphens, e.g. koekelberg-page.')
  .describe('The id of an entry in src/content/sources.yaml.');

/** One or more source ids; every fact carries at least one. */
export const sourcesSchema = z
  .array(sourceRefSchema, { error: 'Expected a list of source ids from src/content/sources.yaml, for example [koekelberg-page]. Every figure names its source.' })
  .min(1, 'Give at least one source id for this fact.')
  .describe('Where the facts come from: one or more ids of entries in src/content/sources.yaml, e.g. [koekelberg-page].');

/** An amount in euro cents, a whole number: write 2540 for EUR 25.40. */
export const centsSchema = z
  .number({ error: 'Expected an amount in euro cents as a whole number, for example 2540 for EUR 25.40.' })
  .int('Amounts are written in whole euro cents: 2540 for EUR 25.40, not 25.4.')
  .nonnegative('An amount cannot be negative.')
  .describe('An amount in euro cents, a whole number: 2540 is EUR 25.40.');

/** Id of a card type: the file name in src/content/card-types/ (e.g. `a`, `eu-plus`, `child`). */
export const cardRefSchema = z
  .string({ error: 'Expected a card id such as a, k, eu-plus (the file names in src/content/card-types/).' })
  .regex(/^[a-z][a-z0-9-]*$/, 'Card ids are written in lower case, e.g. a, k, eu-plus, f-plus, orange.')
  .describe('A card id: the file name of a card type in src/content/card-types/ (a, b, k, l, eu, eu-plus, f, f-plus, h, i, j, m, m-permanent, n, child, orange).');

/**
 * The dating of a row that holds for a while: a fee, a renewal window, a holiday set.
 * Give `validFrom` when a source states the first day. An undated source gives no start date:
 * then write `seenOn`, the day an editor read the source, and leave `validFrom` out. The site
 * then says "read on …, no start date given" and never shows a period no source states.
 */
export const datedFields = {
  validFrom: isoDateSchema.optional().describe('The first day the row holds, as a source states it. Without it, give seenOn.'),
  validUntil: isoDateSchema.optional().describe('The last day the row holds. Without it, the row holds until a newer row replaces it.'),
  seenOn: isoDateSchema
    .optional()
    .describe('For a source that gives no start date: the day an editor read it and saw this figure (the site says "read on …"). Never turn it into validFrom.'),
};
