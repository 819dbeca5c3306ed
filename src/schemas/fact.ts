import { z } from 'astro/zod';
import { isoDateSchema, sourcesSchema } from './common.ts';

/**
 * A single figure used in prose (`src/content/facts.yaml`): prose embeds it with
 * `<Fact id="pin-max" />`, so one edit changes it everywhere.
 */
export const factSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/).describe('The id texts use: <Fact id="…" /> in MDX, {…} in requirement texts.'),
  value: z.union([z.number(), isoDateSchema]).describe('A number, or a date written YYYY-MM-DD.'),
  unit: z
    .enum(['days', 'weeks', 'months', 'years', 'digits', 'working-days'])
    .optional()
    .describe('The unit shown after the number ("6 months"). Default: none (a bare number).'),
  sources: sourcesSchema,
});
export type Fact = z.infer<typeof factSchema>;
