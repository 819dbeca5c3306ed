import { z } from 'astro/zod';
import { datedFields, sourcesSchema } from './common.ts';
import { HOLIDAY_IDS } from '../lib/holidays.ts';

/** One dated set of national public holidays (`src/content/holidays.yaml`). */
export const holidaySetSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/).describe('A stable id, e.g. national-holidays.'),
    holidays: z
      .array(z.enum(HOLIDAY_IDS, { error: `Expected one of: ${HOLIDAY_IDS.join(', ')}.` }))
      .min(1)
      .describe('The public holidays of this set, from the ones the site can compute; they are not working days.'),
    ...datedFields,
    sources: sourcesSchema,
  })
  .strict();
export type HolidaySetEntry = z.infer<typeof holidaySetSchema>;
