import { describe, expect, it } from 'vitest';
import { addDays, addMonths, ageOn, fromDayNumber, parseIsoDate, toDayNumber, toIsoDate, weekday } from '../../src/lib/plain-date.ts';

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
