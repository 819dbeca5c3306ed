import { describe, expect, it } from 'vitest';
import Holidays from 'date-holidays';
import { belgianHolidays, easterSunday, holidayOn } from '../../src/lib/holidays.ts';
import { toIsoDate } from '../../src/lib/plain-date.ts';

describe('Belgian public holidays', () => {
  it('computes Easter Sunday as in the published tables', () => {
    // Published Western (Gregorian) Easter dates.
    const table: Record<number, string> = {
      2000: '04-23', 2008: '03-23', 2011: '04-24', 2019: '04-21', 2020: '04-12', 2021: '04-04', 2022: '04-17', 2023: '04-09',
      2024: '03-31', 2025: '04-20', 2026: '04-05', 2027: '03-28', 2028: '04-16', 2029: '04-01', 2030: '04-21',
      2031: '04-13', 2032: '03-28', 2033: '04-17', 2034: '04-09', 2035: '03-25', 2036: '04-13', 2037: '04-05',
      2038: '04-25', 2039: '04-10', 2040: '04-01', 2285: '03-22',
    };
    for (const [y, md] of Object.entries(table)) {
      if (!md) continue;
      expect(toIsoDate(easterSunday(Number(y)))).toBe(`${y}-${md}`);
    }
  });

  it('gives exactly the public holidays of date-holidays (BE) for 2000-2100', () => {
    const hd = new Holidays('BE');
    for (let year = 2000; year <= 2100; year += 1) {
      const lib = hd
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10));
      const ours = belgianHolidays(year).map((h) => toIsoDate(h.date));
      // Two holidays can share a day (Ascension on 1 May 2008): compare the days off.
      expect([...new Set(ours)], String(year)).toEqual([...new Set(lib)].sort());
    }
  });

  it('has ten per year, without the community holidays', () => {
    const y2027 = belgianHolidays(2027);
    expect(y2027).toHaveLength(10);
    expect(y2027.map((h) => toIsoDate(h.date))).toEqual([
      '2027-01-01', '2027-03-29', '2027-05-01', '2027-05-06', '2027-05-17', '2027-07-21', '2027-08-15', '2027-11-01', '2027-11-11', '2027-12-25',
    ]);
    expect(holidayOn({ year: 2027, month: 7, day: 11 })).toBeNull();
    expect(holidayOn({ year: 2027, month: 9, day: 27 })).toBeNull();
    expect(holidayOn({ year: 2027, month: 11, day: 15 })).toBeNull();
    expect(holidayOn({ year: 2027, month: 12, day: 25 })).toBe('christmas');
    expect(holidayOn({ year: 2026, month: 5, day: 14 })).toBe('ascension');
    expect(belgianHolidays(2008).filter((h) => toIsoDate(h.date) === '2008-05-01').map((h) => h.id).sort()).toEqual(['ascension', 'labour-day']);
  });
});

describe('dated holiday sets', () => {
  const all = ['new-year', 'easter-monday', 'labour-day', 'ascension', 'whit-monday', 'national-day', 'assumption', 'all-saints', 'armistice', 'christmas'] as const;
  it('counts a holiday only while a set that names it holds', () => {
    const sets = [
      { validUntil: '2027-12-31', holidays: all },
      { validFrom: '2028-01-01', holidays: all.filter((h) => h !== 'armistice') },
    ];
    expect(holidayOn({ year: 2027, month: 11, day: 11 }, sets)).toBe('armistice');
    expect(holidayOn({ year: 2028, month: 11, day: 11 }, sets)).toBeNull();
    expect(holidayOn({ year: 2028, month: 12, day: 25 }, sets)).toBe('christmas');
    // No set holds: no public holiday is known for that day.
    expect(holidayOn({ year: 2027, month: 12, day: 25 }, [{ validFrom: '2028-01-01', holidays: all }])).toBeNull();
  });
});
