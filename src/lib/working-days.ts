/**
 * Working days in Belgium: Monday to Friday, except the national public holidays in force
 * (src/lib/holidays.ts; `sets` are the dated holiday rows of src/content/holidays.yaml).
 * Pure calendar-date arithmetic, no time zones.
 */
import { holidayOn, type HolidayId, type HolidaySet } from './holidays.ts';
import { addDays, weekday, type PlainDate } from './plain-date.ts';

export type DayOff = { kind: 'weekend' } | { kind: 'holiday'; holiday: HolidayId };

/** Why a day is not a working day, or null for a working day. */
export function dayOff(d: PlainDate, sets?: readonly HolidaySet[]): DayOff | null {
  if (weekday(d) >= 6) return { kind: 'weekend' };
  const holiday = holidayOn(d, sets);
  return holiday ? { kind: 'holiday', holiday } : null;
}

export function isWorkingDay(d: PlainDate, sets?: readonly HolidaySet[]): boolean {
  return dayOff(d, sets) === null;
}

/** The day itself when it is a working day, otherwise the next working day. */
export function workingDayOnOrAfter(d: PlainDate, sets?: readonly HolidaySet[]): PlainDate {
  let day = d;
  // At most 4 days off in a row in Belgium (e.g. Friday holiday + weekend + Monday holiday), so this ends fast.
  while (!isWorkingDay(day, sets)) day = addDays(day, 1);
  return day;
}

/** The day itself when it is a working day, otherwise the last working day before it. */
export function workingDayOnOrBefore(d: PlainDate, sets?: readonly HolidaySet[]): PlainDate {
  let day = d;
  while (!isWorkingDay(day, sets)) day = addDays(day, -1);
  return day;
}

/** The first working day strictly after `d`. */
export function nextWorkingDay(d: PlainDate, sets?: readonly HolidaySet[]): PlainDate {
  return workingDayOnOrAfter(addDays(d, 1), sets);
}

/** Adds `n` working days (n >= 0) to `d`: n = 1 gives the next working day after `d`. */
export function addWorkingDays(d: PlainDate, n: number, sets?: readonly HolidaySet[]): PlainDate {
  let day = d;
  for (let i = 0; i < n; i += 1) day = nextWorkingDay(day, sets);
  return day;
}

/** Working days from `from` to `to`, both included (0 when `to` is before `from`). */
export function workingDaysFromTo(from: PlainDate, to: PlainDate, sets?: readonly HolidaySet[]): number {
  let n = 0;
  for (let day = from; compare(day, to) <= 0; day = addDays(day, 1)) if (isWorkingDay(day, sets)) n += 1;
  return n;
}

/** The days off between two dates, both excluded (to explain why a date moved). */
export function daysOffBetween(from: PlainDate, to: PlainDate, sets?: readonly HolidaySet[]): { date: PlainDate; off: DayOff }[] {
  const out: { date: PlainDate; off: DayOff }[] = [];
  for (let day = addDays(from, 1); compare(day, to) < 0; day = addDays(day, 1)) {
    const off = dayOff(day, sets);
    if (off) out.push({ date: day, off });
  }
  return out;
}

function compare(a: PlainDate, b: PlainDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
