/**
 * The public holiday feed (/data/holidays.json and /data/holidays.ics): the national public
 * holidays of every year the deadline calculator counts in, from the same dated rule set the
 * deadline engine uses (src/lib/holidays.ts with src/content/holidays.yaml). Pure.
 *
 * Community holidays (11 July, 27 September, 15 November) are left out: no source of the site
 * gives them (src/content/sources.yaml); the engine does not count them either.
 */
import { belgianHolidays, holidayOn, type HolidayId, type HolidaySet } from './holidays.ts';
import { parseIsoDate, toIsoDate } from './plain-date.ts';
import { PLAUSIBLE } from './deadline-query.ts';

export interface FeedHoliday {
  date: string;
  id: HolidayId;
  kind: 'national';
}

/**
 * The years the deadline calculator can count in, around the day `today`: from an expiry up to
 * PLAUSIBLE.expiredYearsAgo years back (its renewal window opens months before, hence a year
 * more) to an expiry up to the longest validity ahead (and the card ready after it, a year more).
 */
export function calculatorYears(today: string, maxValidityYears: number): { from: number; to: number } {
  const year = parseIsoDate(today)!.year;
  return { from: year - PLAUSIBLE.expiredYearsAgo - 1, to: year + Math.max(maxValidityYears, PLAUSIBLE.appliedYears) + 1 };
}

/** The holidays in force on each day of the years, by the dated sets: exactly the days the engine does not count. */
export function holidayFeed(sets: readonly HolidaySet[], years: { from: number; to: number }): FeedHoliday[] {
  const out: FeedHoliday[] = [];
  for (let y = years.from; y <= years.to; y++) {
    for (const h of belgianHolidays(y)) {
      if (holidayOn(h.date, sets) === h.id) out.push({ date: toIsoDate(h.date), id: h.id, kind: 'national' });
    }
  }
  return out;
}
