/**
 * Working days in Belgium: Monday to Friday, except the ten national public holidays
 * (src/lib/holidays.ts). Pure calendar-date arithmetic, no time zones.
 */
import { holidayOn, type HolidayId } from './holidays.ts';
import { addDays, weekday, type PlainDate } from './plain-date.ts';

export type DayOff = { kind: 'weekend' } | { kind: 'holiday'; holiday: HolidayId };

/** Why a day is not a working day, or null for a working day. */
export function dayOff(d: PlainDate): DayOff | null {
  if (weekday(d) >= 6) return { kind: 'weekend' };
  const holiday = holidayOn(d);
  return holiday ? { kind: 'holiday', holiday } : null;
}

export function isWorkingDay(d: PlainDate): boolean {
  return dayOff(d) === null;
}

/** The day itself when it is a working day, otherwise the next working day. */
export function workingDayOnOrAfter(d: PlainDate): PlainDate {
  let day = d;
  // At most 4 days off in a row in Belgium (e.g. Friday holiday + weekend + Monday holiday), so this ends fast.
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** The day itself when it is a working day, otherwise the last working day before it. */
export function workingDayOnOrBefore(d: PlainDate): PlainDate {
  let day = d;
  while (!isWorkingDay(day)) day = addDays(day, -1);
  return day;
}

/** The first working day strictly after `d`. */
export function nextWorkingDay(d: PlainDate): PlainDate {
  return workingDayOnOrAfter(addDays(d, 1));
}

/** Adds `n` working days (n >= 0) to `d`: n = 1 gives the next working day after `d`. */
export function addWorkingDays(d: PlainDate, n: number): PlainDate {
  let day = d;
  for (let i = 0; i < n; i += 1) day = nextWorkingDay(day);
  return day;
}

/** The days off between two dates, both excluded (to explain why a date moved). */
export function daysOffBetween(from: PlainDate, to: PlainDate): { date: PlainDate; off: DayOff }[] {
  const out: { date: PlainDate; off: DayOff }[] = [];
  for (let day = addDays(from, 1); compare(day, to) < 0; day = addDays(day, 1)) {
    const off = dayOff(day);
    if (off) out.push({ date: day, off });
  }
  return out;
}

function compare(a: PlainDate, b: PlainDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
