import { z } from 'astro/zod';
import { isoDateSchema, localizedSchema } from './common.ts';

/** What a source is: residents see it in every sources list ("municipal web page", "council decision", "law"). */
export const SOURCE_KINDS = ['municipal-page', 'council-decision', 'law', 'government-page'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A source that facts on the site refer to by id (`src/content/sources.yaml`). */
export const sourceSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'A source id is written in lower-case letters, digits and hyphens.')
    .describe('A stable id, named by the sources: lists everywhere, e.g. koekelberg-page.'),
  title: localizedSchema.describe("The source's title in each language; say in fr and en which language the source is in."),
  kind: z
    .enum(SOURCE_KINDS, { error: `Expected one of: ${SOURCE_KINDS.join(', ')}.` })
    .describe(
      'What the source is, shown with it in every sources list: municipal-page (a web page of a municipality), council-decision (a decision of a municipal council), law (an act or royal decree), government-page (a web page of a federal or regional government service, e.g. the Immigration Office).',
    ),
  publisher: z.string().min(1).describe('Who publishes it, e.g. Gemeente Koekelberg.'),
  url: z
    .url({ error: 'Expected a full web address starting with https://' })
    .optional()
    .describe('The web address, when the source is online. Default: none (e.g. a council decision on paper).'),
  lastChecked: isoDateSchema.describe('The day an editor last compared the site with this source.'),
  note: localizedSchema.optional().describe('A remark for editors, e.g. that the page carries no date, in nl, fr and en. Default: none.'),
});
export type Source = z.infer<typeof sourceSchema>;
