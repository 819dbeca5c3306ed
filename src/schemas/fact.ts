import { z } from 'astro/zod';
import { isoDateSchema, sourcesSchema } from './common.ts';

/**
 * A single figure used in prose (`src/content/facts.yaml`): prose embeds it with
 * `<Fact id="pin-max" />`, so one edit changes it everywhere.
 */
export const factSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** A number, or a date written YYYY-MM-DD. */
  value: z.union([z.number(), isoDateSchema]),
  /** Unit used when the number is shown. Default: none (a bare number). */
  unit: z.enum(['days', 'weeks', 'months', 'years', 'digits', 'working-days']).optional(),
  sources: sourcesSchema,
});
export type Fact = z.infer<typeof factSchema>;
