/**
 * Calendar dates in Belgium as plain year-month-day values.
 *
 * No `Date` object in local time is ever used for arithmetic here, so no
 * result can shift a day with the machine's or visitor's time zone or across
 * a daylight-saving change. Internally a date is converted to a day number
 * (days since 1970-01-01 in the proleptic Gregorian calendar) with pure
 * integer arithmetic.
 */
import { isLang, localeOf } from '../i18n/languages.ts';

export interface PlainDate {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number; // 1-31
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when year/month/day name a real calendar day (e.g. not 2027-02-30). */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Parses `YYYY-MM-DD`; returns null for anything else or an impossible day. */
export function parseIsoDate(text: string): PlainDate | null {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

export function toIsoDate(d: PlainDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function toDayNumber(d: PlainDate): number {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (d.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of {@link toDayNumber}. */
export function fromDayNumber(n: number): PlainDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

export function addDays(d: PlainDate, days: number): PlainDate {
  return fromDayNumber(toDayNumber(d) + days);
}

/** Adds calendar months; a day that does not exist in the target month becomes its last day (31 July - 5 months = 28/29 February). */
export function addMonths(d: PlainDate, months: number): PlainDate {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/**
 * Compares two dates written YYYY-MM-DD (as validated by the schemas) without parsing them:
 * for zero-padded four-digit years the text order is the calendar order.
 */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareDates(a: PlainDate, b: PlainDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

export function daysBetween(from: PlainDate, to: PlainDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(d: PlainDate): number {
  return ((((toDayNumber(d) + 3) % 7) + 7) % 7) + 1;
}

/** Whole years between a birth date and a date (the age on that date). */
export function ageOn(birth: PlainDate, on: PlainDate): number {
  let age = on.year - birth.year;
  if (on.month < birth.month || (on.month === birth.month && on.day < birth.day)) age -= 1;
  return age;
}

/** Today's calendar date in Belgium, whatever the machine's time zone. */
export function todayInBelgium(now: Date = new Date()): PlainDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Brussels',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

/** Formats a plain date in a language ("13 februari 2027") without any time-zone shift. */
export function formatDate(d: PlainDate, lang: string, options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }): string {
  const utc = new Date(Date.UTC(d.year, d.month - 1, d.day, 12));
  return new Intl.DateTimeFormat(localeFor(lang), { ...options, timeZone: 'UTC' }).format(utc);
}

export function localeFor(lang: string): string {
  return isLang(lang) ? localeOf(lang) : lang;
}

/**
 * The day someone born on `birth` turns `years` old. Someone born on 29 February turns a year
 * older on 1 March when the target year has no 29 February (Belgian practice). Examples:
 * 29 February 2004 + 13 years = 1 March 2017; 29 February 2088 + 12 years = 1 March 2100
 * (2100 is not a leap year). Twelve years after a leap year is usually a leap year again, so
 * for the age of 12 the rule only matters around 2100.
 */
export function dateWhenAged(birth: PlainDate, years: number): PlainDate {
  const year = birth.year + years;
  if (birth.month === 2 && birth.day === 29 && !isLeapYear(year)) return { year, month: 3, day: 1 };
  return { year, month: birth.month, day: birth.day };
}

/** A clock time "HH:MM" (24-hour) as minutes after midnight, or null. "9:05" is accepted, "24:00" is not. */
export function parseClockTime(text: string): number | null {
  const m = /^(\d{1,2})[:.hH](\d{2})$/.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return null;
  return h * 60 + min;
}

/** Minutes after midnight as "HH:MM". */
export function formatClockTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
