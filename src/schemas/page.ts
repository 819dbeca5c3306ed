import { z } from 'astro/zod';
import { cardRefSchema, isoDateSchema, sourcesSchema } from './common.ts';

const descriptionSchema = z
  .string()
  .min(20, 'Write a description of at least 20 characters.')
  .max(200, 'Keep the description under 200 characters.')
  .describe('One sentence of 20 to 200 characters for search engines and result lists.');

const hashSchema = z
  .string({ error: 'Expected a hash of 8 characters 0-9 and a-f, in quotes. Run npm run translations -- --mark <this file> to write it.' })
  .regex(/^[0-9a-f]{8}$/, 'A hash is 8 characters 0-9 and a-f, in quotes. Run npm run translations -- --mark <this file> to write it.');

/**
 * What a translation records of the Dutch page it was made from: a hash of each translated
 * front-matter field and of each `##` section (src/lib/translation-source.ts). Written by
 * `npm run translations -- --mark <file>`, never by hand.
 */
export const translationSourceSchema = z
  .object({
    title: hashSchema.optional().describe('Hash of the Dutch title when the translation was made.'),
    description: hashSchema.optional().describe('Hash of the Dutch description when the translation was made.'),
    sections: z
      .record(z.string().regex(/^[a-z0-9-]+$/, 'A section key is the Dutch heading in lower-case letters, digits and hyphens.'), hashSchema)
      .default({})
      .describe('Hash of each section of the Dutch page when the translation was made: `intro` (the text before the first `##` heading), then one key per `##` heading (the Dutch heading in lower case with hyphens).'),
  })
  .describe(
    'Translations only (fr, en): the Dutch text this translation follows, as hashes. Written by `npm run translations -- --mark <file>` after you update the translation; never edit it by hand. `npm run check` lists the sections whose Dutch text changed since.',
  );
export type TranslationSource = z.infer<typeof translationSourceSchema>;

const lastCheckedSchema = isoDateSchema.describe('The day an editor or translator last checked this text.');

/** Front matter of a card page (`src/content/cards/<lang>/<card-id>.mdx`): the card's own prose only. */
export const cardPageSchema = z.object({
  title: z.string().min(1).optional().describe("The page title. Default: the card's name from its card type."),
  description: descriptionSchema,
  lastChecked: lastCheckedSchema,
  source: translationSourceSchema.optional(),
});

/** The ids of the sections every card page shares (src/content/sections/<lang>/<id>.mdx). */
export const SECTION_IDS = ['invitation', 'what-to-bring', 'collection', 'fingerprints', 'permanent-residence'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** Front matter of a shared card-page section (`src/content/sections/<lang>/<id>.mdx`). */
export const sectionPageSchema = z.object({
  title: z.string().min(1).describe("The section's heading in this language."),
  lastChecked: lastCheckedSchema,
  source: translationSourceSchema.optional(),
});

/** Front matter of a guide (`src/content/guides/<lang>/<id>.mdx`): the text of one language. */
export const guidePageSchema = z.object({
  title: z.string().min(1).describe("The guide's title in this language."),
  slug: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'A slug is written in lower-case letters, digits and hyphens.')
    .optional()
    .describe('The web address segment in this language, e.g. perte-ou-vol; unique per language. Default: the file name.'),
  description: descriptionSchema,
  lastChecked: lastCheckedSchema,
  source: translationSourceSchema.optional(),
});

/** What every language of a guide shares (`src/content/guides.yaml`, one entry per guide file name). */
export const guideMetaSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/).describe("The guide's file name in src/content/guides/<lang>/ (without .mdx)."),
    order: z.number().int().default(100).describe('Position in the list of guides, lower first.'),
    cards: z.array(cardRefSchema).default([]).describe('The cards whose pages link to the guide. Empty: every card.'),
    sources: sourcesSchema,
  })
  .strict();
