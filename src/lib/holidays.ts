/**
 * Belgian national public holidays (Act of 4 January 1974 and its royal decree; source id
 * `holidays-act-1974`): ten days a year, three of them moving with Easter.
 *
 * Community holidays (11 July, 27 September, 15 November) are not national and not included.
 * Computed with pure integer arithmetic, exact for every Gregorian year; checked against the
 * `date-holidays` library for 2000-2100 in tests/unit/holidays.test.ts.
 */
import { addDays, toIsoDate, type PlainDate } from './plain-date.ts';
import { ruleOn, type Period } from './periods.ts';

export const HOLIDAY_IDS = [
  'new-year',
  'easter-monday',
  'labour-day',
  'ascension',
  'whit-monday',
  'national-day',
  'assumption',
  'all-saints',
  'armistice',
  'christmas',
] as const;
export type HolidayId = (typeof HOLIDAY_IDS)[number];

export interface Holiday {
  id: HolidayId;
  date: PlainDate;
}

/** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): PlainDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** The ten national public holidays of a year, in calendar order. */
export function belgianHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const on = (month: number, day: number): PlainDate => ({ year, month, day });
  const list: Holiday[] = [
    { id: 'new-year', date: on(1, 1) },
    { id: 'easter-monday', date: addDays(easter, 1) },
    { id: 'labour-day', date: on(5, 1) },
    { id: 'ascension', date: addDays(easter, 39) },
    { id: 'whit-monday', date: addDays(easter, 50) },
    { id: 'national-day', date: on(7, 21) },
    { id: 'assumption', date: on(8, 15) },
    { id: 'all-saints', date: on(11, 1) },
    { id: 'armistice', date: on(11, 11) },
    { id: 'christmas', date: on(12, 25) },
  ];
  // Ascension can fall on 1 May (2008, 2160): both stay listed; the day is simply not a working day.
  return list.sort((x, y) => (toIsoDate(x.date) < toIsoDate(y.date) ? -1 : toIsoDate(x.date) > toIsoDate(y.date) ? 1 : 0));
}

/**
 * The holidays in force, as dated rows of data (src/content/holidays.yaml): which of the days
 * above the law makes public holidays, from when to when. A change in the law is a new row.
 */
export interface HolidaySet extends Period {
  holidays: readonly HolidayId[];
}

const cache = new Map<number, Map<string, HolidayId>>();

/**
 * The public holiday on this day, or null. With `sets`, only a holiday of the set that holds on
 * that day counts (none when no set holds); without, every holiday this module computes (the
 * calendar arithmetic alone, as its tests use it).
 */
export function holidayOn(d: PlainDate, sets?: readonly HolidaySet[]): HolidayId | null {
  let year = cache.get(d.year);
  if (!year) {
    year = new Map(belgianHolidays(d.year).map((h) => [toIsoDate(h.date), h.id]));
    cache.set(d.year, year);
  }
  const iso = toIsoDate(d);
  const id = year.get(iso) ?? null;
  if (!id || !sets) return id;
  return ruleOn(sets, iso)?.holidays.includes(id) ? id : null;
}
