import { z } from 'astro/zod';
import { isoDateSchema, localizedSchema } from './common.ts';

/** A source that facts on the site refer to by id (`src/content/sources.yaml`). */
export const sourceSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'A source id is written in lower-case letters, digits and hyphens.')
    .describe('A stable id, named by the sources: lists everywhere, e.g. koekelberg-page.'),
  title: localizedSchema.describe("The source's title in each language; say in fr and en which language the source is in."),
  publisher: z.string().min(1).describe('Who publishes it, e.g. Gemeente Koekelberg.'),
  url: z
    .url({ error: 'Expected a full web address starting with https://' })
    .optional()
    .describe('The web address, when the source is online. Default: none (e.g. a council decision on paper).'),
  lastChecked: isoDateSchema.describe('The day an editor last compared the site with this source.'),
  note: localizedSchema.optional().describe('A remark for editors, e.g. that the page carries no date, in nl, fr and en. Default: none.'),
});
export type Source = z.infer<typeof sourceSchema>;
