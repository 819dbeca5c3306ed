/**
 * Ten deadlines around Belgian public holidays and weekends: the page's headline and the
 * calendar file name the days a counter is open, never a closed day. Prints the table the
 * closing notes quote (legal date, what the page says, what the calendar file holds).
 */
import { describe, expect, it } from 'vitest';
import { deadlineStringsFor } from '../../src/i18n/deadlines.ts';
import { evaluate, formFromSearch } from '../../src/lib/deadline-query.ts';
import { calendarEvents, describeResult } from '../../src/components/deadlines/sentences.ts';
import { addDays, compareDates, formatDate, parseIsoDate, toIsoDate, type PlainDate } from '../../src/lib/plain-date.ts';
import { isWorkingDay } from '../../src/lib/working-days.ts';
import { deadlineData } from './deadline-fixtures.ts';

const data = deadlineData('en');
const strings = deadlineStringsFor('en');
const long = (d: PlainDate) => formatDate(d, 'en', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

const CASES = [
  { what: 'deadline on Christmas Day', card: 'b', expiry: '2027-01-24', today: '2026-12-01', lastOpen: '2026-12-24' },
  { what: 'deadline on New Year’s Day', card: 'b', expiry: '2027-01-31', today: '2026-12-01', lastOpen: '2026-12-31' },
  { what: 'deadline on Easter Monday', card: 'b', expiry: '2027-04-28', today: '2026-12-01', lastOpen: '2027-03-26' },
  { what: 'deadline on a Sunday', card: 'b', expiry: '2027-03-16', today: '2026-12-01', lastOpen: '2027-02-12' },
  { what: 'Saturday deadline, seen on New Year’s Day: the last open day has passed', card: 'b', expiry: '2027-02-01', today: '2027-01-01', lastOpen: '2026-12-31' },
  { what: 'deadline on Ascension Day', card: 'b', expiry: '2027-06-05', today: '2026-12-01', lastOpen: '2027-05-05' },
  { what: 'deadline on Whit Monday', card: 'b', expiry: '2027-06-16', today: '2026-12-01', lastOpen: '2027-05-14' },
  { what: 'deadline on the National Day', card: 'b', expiry: '2027-08-20', today: '2026-12-01', lastOpen: '2027-07-20' },
  { what: 'deadline on Armistice Day', card: 'b', expiry: '2027-12-11', today: '2026-12-01', lastOpen: '2027-11-10' },
  { what: 'A card window opening on a Sunday', card: 'a', expiry: '2027-03-24', today: '2026-12-01', lastOpen: '2027-02-22', firstOpen: '2027-02-08' },
] as const;

describe('deadlines around closed days', () => {
  const table: string[] = ['| case | legal last day | the page says | the calendar file |', '|---|---|---|---|'];
  for (const c of CASES) {
    it(`${c.what}: ${c.card.toUpperCase()} card expiring ${c.expiry}, seen on ${c.today}`, () => {
      const ev = evaluate(formFromSearch(`?card=${c.card}&expiry=${c.expiry}&today=${c.today}`, data).form, data, parseIsoDate(c.today)!);
      expect(ev.ok).toBe(true);
      if (!ev.ok) return;
      const r = ev.result;
      const rn = r.renewal!;
      const text = describeResult(r, data, strings, 'en');
      const events = calendarEvents(r, strings, 'en');
      const headline = text.lines[0]!.text;
      const holidays = data.holidays;

      // The last open day is a working day, and every day after it up to the legal date is closed.
      expect(toIsoDate(rn.lastOpenDay!)).toBe(c.lastOpen);
      expect(isWorkingDay(rn.lastOpenDay!, holidays)).toBe(true);
      if (isWorkingDay(rn.deadline!, holidays)) expect(rn.lastOpenDay).toEqual(rn.deadline);
      for (let d = addDays(rn.lastOpenDay!, 1); compareDates(d, rn.deadline!) <= 0; d = addDays(d, 1)) expect(isWorkingDay(d, holidays)).toBe(false);
      if ('firstOpen' in c) {
        expect(toIsoDate(rn.firstOpenDay!)).toBe(c.firstOpen);
        expect(isWorkingDay(rn.opens!, holidays)).toBe(false);
        expect(events.find((e) => e.uid.includes('-opens-'))?.date).toEqual(rn.firstOpenDay);
      }

      const passed = compareDates(rn.lastOpenDay!, r.today) < 0;
      if (passed) {
        // The page says so plainly and names the next day the counter is open; no event for a passed day.
        expect(rn.stage).toBe('closed-last');
        expect(headline).toContain(long(rn.nextOpenDay));
        expect(events.some((e) => e.uid.includes('-deadline-'))).toBe(false);
      } else if (rn.stage === 'too-early') {
        // Too early: the headline names the first day the counter is open, not a closed opening day.
        expect(headline).toContain(long(rn.firstOpenDay!));
        if (!isWorkingDay(rn.opens!, holidays)) expect(headline).not.toContain(long(rn.opens!));
        expect(events.find((e) => e.uid.includes('-deadline-'))?.date).toEqual(rn.lastOpenDay);
      } else {
        // The headline names the last open day, never the closed legal day; the calendar event is on it.
        expect(headline).toContain(long(rn.lastOpenDay!));
        if (!isWorkingDay(rn.deadline!, holidays)) expect(headline).not.toContain(long(rn.deadline!));
        expect(events.find((e) => e.uid.includes('-deadline-'))?.date).toEqual(rn.lastOpenDay);
      }
      // The expiry date itself is in the calendar file; no event falls on a closed day but the expiry.
      expect(events.find((e) => e.uid.includes('-expiry-'))?.date).toEqual(r.renewal!.expiry);
      for (const e of events.filter((x) => !x.uid.includes('-expiry-'))) expect(isWorkingDay(e.date, holidays)).toBe(true);

      table.push(`| ${c.card.toUpperCase()} expiring ${c.expiry}, seen ${c.today} (${c.what}) | ${long(rn.deadline!)} | ${headline} | ${events.map((e) => `${toIsoDate(e.date)}: ${e.summary}`).join('; ')} |`);
      if (table.length === CASES.length + 2 && process.env.PRINT_TABLE) console.log(table.join('\n'));
    });
  }
});
