import { describe, expect, it } from 'vitest';
import {
  addDays, addMonths, ageOn, dateWhenAged, daysBetween, formatClockTime, formatDate, fromDayNumber, isValidDate, parseClockTime, parseIsoDate,
  toDayNumber, todayInBelgium, toIsoDate, weekday,
} from '../../src/lib/plain-date.ts';

describe('plain dates', () => {
  it('rejects impossible days', () => {
    expect(parseIsoDate('2027-02-30')).toBeNull();
    expect(parseIsoDate('2027-13-01')).toBeNull();
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseIsoDate('2027-02-29')).toBeNull();
    expect(parseIsoDate('27-02-01')).toBeNull();
  });
  it('round-trips day numbers over four centuries', () => {
    for (let n = -200000; n < 200000; n += 37) expect(toDayNumber(fromDayNumber(n))).toBe(n);
    expect(toDayNumber({ year: 1970, month: 1, day: 1 })).toBe(0);
  });
  it('adds days across year ends and months with month ends', () => {
    expect(toIsoDate(addDays({ year: 2026, month: 12, day: 31 }, 1))).toBe('2027-01-01');
    expect(toIsoDate(addMonths({ year: 2027, month: 7, day: 31 }, -5))).toBe('2027-02-28');
    expect(toIsoDate(addMonths({ year: 2028, month: 7, day: 31 }, -5))).toBe('2028-02-29');
  });
  it('knows weekdays and ages', () => {
    expect(weekday({ year: 2026, month: 11, day: 23 })).toBe(1); // a Monday
    expect(ageOn({ year: 2014, month: 11, day: 24 }, { year: 2026, month: 11, day: 23 })).toBe(11);
    expect(ageOn({ year: 2014, month: 11, day: 23 }, { year: 2026, month: 11, day: 23 })).toBe(12);
  });
});

describe('plain dates, more', () => {
  it('computes birthdays, with 29 February turning on 1 March in a common year', () => {
    expect(toIsoDate(dateWhenAged({ year: 2015, month: 6, day: 30 }, 12))).toBe('2027-06-30');
    expect(toIsoDate(dateWhenAged({ year: 2016, month: 2, day: 29 }, 12))).toBe('2028-02-29');
    expect(toIsoDate(dateWhenAged({ year: 2088, month: 2, day: 29 }, 12))).toBe('2100-03-01');
    expect(toIsoDate(dateWhenAged({ year: 2004, month: 2, day: 29 }, 13))).toBe('2017-03-01');
    expect(ageOn({ year: 2004, month: 2, day: 29 }, { year: 2017, month: 2, day: 28 })).toBe(12);
    expect(ageOn({ year: 2004, month: 2, day: 29 }, { year: 2017, month: 3, day: 1 })).toBe(13);
  });
  it('handles month ends backwards and forwards', () => {
    expect(toIsoDate(addMonths({ year: 2027, month: 3, day: 31 }, -1))).toBe('2027-02-28');
    expect(toIsoDate(addMonths({ year: 2027, month: 5, day: 31 }, -5))).toBe('2026-12-31');
    expect(toIsoDate(addMonths({ year: 2027, month: 1, day: 15 }, -5))).toBe('2026-08-15');
    expect(toIsoDate(addMonths({ year: 2100, month: 7, day: 31 }, -5))).toBe('2100-02-28');
    expect(toIsoDate(addMonths({ year: 2000, month: 7, day: 31 }, -5))).toBe('2000-02-29');
    expect(daysBetween({ year: 2027, month: 12, day: 31 }, { year: 2028, month: 3, day: 1 })).toBe(61);
  });
  it('parses clock times', () => {
    expect(parseClockTime('14:30')).toBe(870);
    expect(parseClockTime('9:05')).toBe(545);
    expect(parseClockTime('14.30')).toBe(870);
    expect(parseClockTime('24:00')).toBeNull();
    expect(parseClockTime('14:60')).toBeNull();
    expect(parseClockTime('2pm')).toBeNull();
    expect(formatClockTime(870)).toBe('14:30');
    expect(isValidDate(2027, 2, 29)).toBe(false);
  });
  it('formats dates in each language without a time-zone shift', () => {
    const d = { year: 2027, month: 2, day: 13 };
    expect(formatDate(d, 'nl')).toBe('13 februari 2027');
    expect(formatDate(d, 'fr')).toBe('13 février 2027');
    expect(formatDate(d, 'en')).toBe('13 February 2027');
    expect(formatDate({ year: 2027, month: 1, day: 1 }, 'en')).toBe('1 January 2027');
    expect(formatDate({ year: 2026, month: 12, day: 31 }, 'nl', { weekday: 'long', day: 'numeric', month: 'long' })).toBe('donderdag 31 december');
  });
  it('knows today in Belgium near midnight, whatever the machine zone', () => {
    // 22:30 UTC on 31 December 2026 is 23:30 in Brussels (winter time): still 31 December.
    expect(toIsoDate(todayInBelgium(new Date(Date.UTC(2026, 11, 31, 22, 30))))).toBe('2026-12-31');
    // 23:30 UTC is 00:30 on 1 January in Brussels.
    expect(toIsoDate(todayInBelgium(new Date(Date.UTC(2026, 11, 31, 23, 30))))).toBe('2027-01-01');
    // Summer time: 22:30 UTC on 30 June is 00:30 on 1 July in Brussels.
    expect(toIsoDate(todayInBelgium(new Date(Date.UTC(2027, 5, 30, 22, 30))))).toBe('2027-07-01');
  });
});

describe('compareIsoDates', () => {
  it('orders YYYY-MM-DD text as the calendar does', async () => {
    const { compareIsoDates } = await import('../../src/lib/plain-date.ts');
    expect(compareIsoDates('2025-12-31', '2026-01-01')).toBeLessThan(0);
    expect(compareIsoDates('2026-02-01', '2026-01-31')).toBeGreaterThan(0);
    expect(compareIsoDates('2026-02-01', '2026-02-01')).toBe(0);
  });
});
