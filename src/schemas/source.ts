import { z } from 'astro/zod';
import { isoDateSchema, localizedSchema } from './common.ts';

/** A source that facts on the site refer to by id (`src/content/sources.yaml`). */
export const sourceSchema = z.object({
  /** Stable id, referenced by `source:` fields everywhere. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'A source id is written in lower-case letters, digits and hyphens.'),
  /** Title of the source, per language. */
  title: localizedSchema,
  /** Who publishes it (e.g. "Gemeente Koekelberg"). */
  publisher: z.string().min(1),
  /** Web address, when the source is online. Default: none (e.g. a council decision on paper). */
  url: z.url({ error: 'Expected a full web address starting with https://' }).optional(),
  /** Date an editor last compared the site with this source. */
  lastChecked: isoDateSchema,
  /** Optional remark for editors, e.g. that the page carries no date. Default: none. */
  note: localizedSchema.optional(),
});
export type Source = z.infer<typeof sourceSchema>;
