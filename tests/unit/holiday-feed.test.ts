/** The holiday feed is the deadline engine's own holidays: for 2027, day by day, with the real holidays.yaml. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { holidaySetSchema } from '../../src/schemas/holiday.ts';
import { calculatorYears, holidayFeed } from '../../src/lib/holiday-feed.ts';
import { holidayOn } from '../../src/lib/holidays.ts';
import { addDays, toIsoDate } from '../../src/lib/plain-date.ts';
import { isWorkingDay } from '../../src/lib/working-days.ts';

const sets = (parse(readFileSync('src/content/holidays.yaml', 'utf8')) as unknown[]).map((s) => holidaySetSchema.parse(s));

describe('holiday feed', () => {
  it('for 2027 lists exactly the days the engine treats as public holidays', () => {
    const feed = holidayFeed(sets, { from: 2027, to: 2027 });
    const engine: string[] = [];
    for (let d = { year: 2027, month: 1, day: 1 }; d.year === 2027; d = addDays(d, 1)) if (holidayOn(d, sets) !== null) engine.push(toIsoDate(d));
    expect(feed.map((h) => h.date)).toEqual(engine);
    expect(feed.map((h) => `${h.date} ${h.id}`)).toEqual([
      '2027-01-01 new-year', '2027-03-29 easter-monday', '2027-05-01 labour-day', '2027-05-06 ascension', '2027-05-17 whit-monday',
      '2027-07-21 national-day', '2027-08-15 assumption', '2027-11-01 all-saints', '2027-11-11 armistice', '2027-12-25 christmas',
    ]);
    expect(feed.every((h) => h.kind === 'national')).toBe(true);
    // No community holiday: no source gives them, and the engine counts them as working days.
    expect(feed.some((h) => ['2027-07-11', '2027-09-27', '2027-11-15'].includes(h.date))).toBe(false);
    expect(isWorkingDay({ year: 2027, month: 9, day: 27 }, sets)).toBe(true);
  });

  it('covers the years the deadline calculator counts in', () => {
    expect(calculatorYears('2026-12-01', 10)).toEqual({ from: 2023, to: 2037 });
    expect(calculatorYears('2026-12-01', 0)).toEqual({ from: 2023, to: 2028 });
  });

  it('follows the dated rule set: a holiday the set does not name is not in the feed', () => {
    const without = [{ ...sets[0]!, holidays: sets[0]!.holidays.filter((h) => h !== 'whit-monday') }];
    expect(holidayFeed(without, { from: 2027, to: 2027 }).map((h) => h.id)).not.toContain('whit-monday');
    expect(holidayFeed([{ holidays: sets[0]!.holidays, validFrom: '2020-01-01', validUntil: '2026-12-31' }], { from: 2027, to: 2027 })).toEqual([]);
  });
});
