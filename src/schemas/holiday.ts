import { z } from 'astro/zod';
import { datedFields, sourcesSchema } from './common.ts';
import { HOLIDAY_IDS } from '../lib/holidays.ts';

/** One dated set of national public holidays (`src/content/holidays.yaml`). */
export const holidaySetSchema = z
  .object({
    /** Stable id, e.g. `national-holidays`. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The holidays of this set, from the ones the site computes. */
    holidays: z.array(z.enum(HOLIDAY_IDS, { error: `Expected one of: ${HOLIDAY_IDS.join(', ')}.` })).min(1),
    ...datedFields,
    sources: sourcesSchema,
  })
  .strict();
export type HolidaySetEntry = z.infer<typeof holidaySetSchema>;
