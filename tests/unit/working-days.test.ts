import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addWorkingDays, dayOff, daysOffBetween, isWorkingDay, nextWorkingDay, workingDayOnOrAfter, workingDayOnOrBefore } from '../../src/lib/working-days.ts';
import { addDays, compareDates, parseIsoDate, toIsoDate, weekday, type PlainDate } from '../../src/lib/plain-date.ts';

const d = (s: string): PlainDate => parseIsoDate(s)!;
const iso = toIsoDate;

describe('working days', () => {
  it.each([
    ['2026-12-24', '2026-12-28'], // Thu; Fri 25 Christmas, weekend
    ['2027-12-24', '2027-12-27'], // Fri; Sat 25, Sun 26
    ['2026-12-31', '2027-01-04'], // Thu; Fri 1 Jan, weekend
    ['2027-03-26', '2027-03-30'], // Fri; weekend, Easter Monday 29 March
    ['2026-05-13', '2026-05-15'], // Wed; Ascension Thu 14 May
    ['2027-05-14', '2027-05-18'], // Fri; weekend, Whit Monday 17 May
    ['2027-07-20', '2027-07-22'], // Tue; 21 July
    ['2027-07-10', '2027-07-12'], // Sat; 11 July is a community holiday only, Mon 12 works
    ['2026-11-10', '2026-11-12'], // Tue; 11 Nov
    ['2028-02-28', '2028-02-29'], // leap day is a Tuesday
  ])('the next working day after %s is %s', (from, to) => {
    expect(iso(nextWorkingDay(d(from)))).toBe(to);
  });

  it('keeps working days and rolls days off forward', () => {
    expect(iso(workingDayOnOrAfter(d('2027-01-20')))).toBe('2027-01-20');
    expect(iso(workingDayOnOrAfter(d('2026-12-25')))).toBe('2026-12-28');
    expect(iso(workingDayOnOrAfter(d('2027-05-01')))).toBe('2027-05-03');
    expect(iso(addWorkingDays(d('2026-12-24'), 2))).toBe('2026-12-29');
    expect(iso(addWorkingDays(d('2026-12-24'), 0))).toBe('2026-12-24');
    expect(iso(workingDayOnOrBefore(d('2027-02-13')))).toBe('2027-02-12');
    expect(iso(workingDayOnOrBefore(d('2027-01-03')))).toBe('2026-12-31');
    expect(iso(workingDayOnOrBefore(d('2027-03-29')))).toBe('2027-03-26'); // Easter Monday
  });

  it('explains the days off in between', () => {
    const off = daysOffBetween(d('2026-12-24'), d('2026-12-28'));
    expect(off.map((o) => [iso(o.date), o.off.kind])).toEqual([['2026-12-25', 'holiday'], ['2026-12-26', 'weekend'], ['2026-12-27', 'weekend']]);
    expect(dayOff(d('2026-12-25'))).toEqual({ kind: 'holiday', holiday: 'christmas' });
  });

  it('next working day is always a later weekday, at most 5 days ahead', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 36524 }), (n) => {
        const from = addDays({ year: 2000, month: 1, day: 1 }, n);
        const next = nextWorkingDay(from);
        const gap = compareDates(next, from);
        expect(gap).toBeGreaterThan(0);
        expect(gap).toBeLessThanOrEqual(5);
        expect(weekday(next)).toBeLessThanOrEqual(5);
        expect(isWorkingDay(next)).toBe(true);
        for (let i = 1; i < gap; i += 1) expect(isWorkingDay(addDays(from, i))).toBe(false);
      }),
    );
  });
});
