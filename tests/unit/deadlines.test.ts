import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { childPlan, LAST_DAYS, permanentPlan, readyPlan, renewalPlan, type ReadyInput, type RenewalRule } from '../../src/lib/deadlines.ts';
import { addDays, compareDates, parseIsoDate, toIsoDate, type PlainDate } from '../../src/lib/plain-date.ts';
import { deadlineData } from './deadline-fixtures.ts';

const d = (s: string): PlainDate => {
  const p = parseIsoDate(s);
  if (!p) throw new Error(s);
  return p;
};
const iso = (p: PlainDate | null | undefined) => (p ? toIsoDate(p) : null);
const data = deadlineData('en');
const card = (id: string) => data.cards.find((c) => c.id === id)!;

describe('renewal rules from the content data', () => {
  it('reads the rules the sources give', () => {
    expect(card('a').renewal).toEqual({ kind: 'window', opensDaysBefore: 45, closesDaysBefore: 30 });
    expect(card('k').renewal).toEqual({ kind: 'window', opensDaysBefore: 40, closesDaysBefore: 30 });
    for (const id of ['b', 'eu', 'f']) expect(card(id).renewal).toEqual({ kind: 'latest', closesDaysBefore: 30 });
    for (const id of ['a', 'eu', 'f']) expect(card(id).permanentMonthsBefore).toBe(5);
    expect(card('k').permanentMonthsBefore).toBeUndefined();
    expect(card('child').renewal).toEqual({ kind: 'unknown' });
    expect(data.pinMinWeeks).toBe(2);
    expect(data.pinMaxWeeks).toBe(3);
    expect(data.childAge).toBe(12);
    expect(data.municipalities.find((m) => m.id === 'koekelberg')?.cutOff).toBe('14:30');
  });

  // card, expiry, today -> opens, deadline, stage
  it.each([
    ['a', '2027-03-15', '2027-01-20', '2027-01-29', '2027-02-13', 'too-early'],
    ['a', '2027-03-15', '2027-01-28', '2027-01-29', '2027-02-13', 'too-early'],
    ['a', '2027-03-15', '2027-01-29', '2027-01-29', '2027-02-13', 'open'],
    ['a', '2027-03-15', '2027-02-06', '2027-01-29', '2027-02-13', 'open'],
    ['a', '2027-03-15', '2027-02-07', '2027-01-29', '2027-02-13', 'last-days'],
    // The deadline is a Saturday: on the day itself no counter is open, the last open day (Friday) has passed.
    ['a', '2027-03-15', '2027-02-13', '2027-01-29', '2027-02-13', 'closed-last'],
    ['a', '2027-03-15', '2027-02-14', '2027-01-29', '2027-02-13', 'late'],
    ['a', '2027-03-15', '2027-03-15', '2027-01-29', '2027-02-13', 'late'],
    ['a', '2027-03-15', '2027-03-16', '2027-01-29', '2027-02-13', 'expired'],
    // year end
    ['a', '2027-01-10', '2026-11-20', '2026-11-26', '2026-12-11', 'too-early'],
    ['k', '2027-01-05', '2026-12-01', '2026-11-26', '2026-12-06', 'last-days'],
    // leap day 29 February 2028
    ['b', '2028-03-30', '2028-01-01', null, '2028-02-29', 'open'],
    ['eu', '2028-03-01', '2028-01-31', null, '2028-01-31', 'last-days'],
    ['f', '2027-03-01', '2027-01-30', null, '2027-01-30', 'closed-last'],
    ['a', '2028-04-14', '2028-02-29', '2028-02-29', '2028-03-15', 'open'],
    // K: 40 to 30 days
    ['k', '2027-07-31', '2026-12-24', '2027-06-21', '2027-07-01', 'too-early'],
    ['k', '2027-07-31', '2027-06-21', '2027-06-21', '2027-07-01', 'open'],
    ['k', '2027-07-31', '2027-07-02', '2027-06-21', '2027-07-01', 'late'],
  ])('%s card expiring %s, seen on %s: opens %s, deadline %s, %s', (id, expiry, today, opens, deadline, stage) => {
    const p = renewalPlan(card(id!).renewal, d(expiry!), d(today!));
    expect(iso(p.opens)).toBe(opens);
    expect(iso(p.deadline)).toBe(deadline);
    expect(p.stage).toBe(stage);
  });

  it('gives the days a counter is open: Christmas, Easter Monday and Sundays move the last day back', () => {
    const b = card('b').renewal;
    // B expiring 24 January 2027: the legal deadline is Friday 25 December 2026 (Christmas).
    const xmas = renewalPlan(b, d('2027-01-24'), d('2026-12-01'));
    expect(iso(xmas.deadline)).toBe('2026-12-25');
    expect(iso(xmas.lastOpenDay)).toBe('2026-12-24');
    expect(xmas.workingDaysLeft).toBe(18);
    // B expiring 28 April 2027: 29 March 2027 is Easter Monday.
    expect(iso(renewalPlan(b, d('2027-04-28'), d('2026-12-01')).lastOpenDay)).toBe('2027-03-26');
    // B expiring 16 March 2027: the deadline is Sunday 14 February.
    expect(iso(renewalPlan(b, d('2027-03-16'), d('2026-12-01')).lastOpenDay)).toBe('2027-02-12');
    // Seen on 1 January 2027 (a holiday), B expiring 1 February: the deadline is Saturday 2 January,
    // the last open day Thursday 31 December has passed; the next open day is Monday 4 January.
    const passed = renewalPlan(b, d('2027-02-01'), d('2027-01-01'));
    expect(passed.stage).toBe('closed-last');
    expect(iso(passed.lastOpenDay)).toBe('2026-12-31');
    expect(iso(passed.nextOpenDay)).toBe('2027-01-04');
    // A window opening on a Sunday opens for the counter on Monday.
    const a = renewalPlan(card('a').renewal, d('2027-03-29'), d('2027-01-01'));
    expect(iso(a.opens)).toBe('2027-02-12');
    const sunday = renewalPlan(card('a').renewal, d('2027-03-31'), d('2027-01-01'));
    expect(iso(sunday.opens)).toBe('2027-02-14');
    expect(iso(sunday.firstOpenDay)).toBe('2027-02-15');
  });

  it('counts the days left', () => {
    const p = renewalPlan(card('a').renewal, d('2027-03-15'), d('2027-01-20'));
    expect(p.daysToOpen).toBe(9);
    expect(p.daysToDeadline).toBe(24);
    expect(p.daysToExpiry).toBe(54);
    expect(renewalPlan(card('a').renewal, d('2027-03-15'), d('2027-02-13')).daysToDeadline).toBe(0);
  });

  it('names the last working day when the deadline falls on a day off', () => {
    // 13 February 2027 is a Saturday.
    expect(iso(renewalPlan(card('a').renewal, d('2027-03-15'), d('2027-01-20')).deadlineWorkingDay)).toBe('2027-02-12');
    // 25 December 2026 (Friday, Christmas): expiry 24 January 2027 minus 30 days.
    expect(iso(renewalPlan(card('b').renewal, d('2027-01-24'), d('2026-12-01')).deadlineWorkingDay)).toBe('2026-12-24');
    expect(renewalPlan(card('b').renewal, d('2027-03-17'), d('2027-01-01')).deadlineWorkingDay).toBeNull(); // Monday 15 February
    // Permanent residence: 28 February 2027 is a Sunday.
    expect(permanentPlan(card('a'), d('2027-07-31'), d('2026-12-01'), true)).toMatchObject({ deadlineWorkingDay: { year: 2027, month: 2, day: 26 } });
  });

  it('says so when the sources give no rule, and still knows the expiry', () => {
    const p = renewalPlan({ kind: 'unknown' }, d('2027-05-01'), d('2027-04-01'));
    expect(p).toMatchObject({ rule: 'unknown', stage: 'no-rule', opens: null, deadline: null, daysToExpiry: 30 });
    expect(renewalPlan({ kind: 'unknown' }, d('2027-05-01'), d('2027-05-02')).stage).toBe('expired');
  });
});

describe('permanent residence: at the latest 5 months before expiry', () => {
  it.each([
    ['2027-07-31', '2027-02-28'],
    ['2028-07-31', '2028-02-29'],
    ['2027-07-15', '2027-02-15'],
    ['2027-03-31', '2026-10-31'],
    ['2027-04-30', '2026-11-30'],
    ['2027-05-31', '2026-12-31'],
    ['2027-01-31', '2026-08-31'],
    ['2027-02-28', '2026-09-28'],
    ['2100-07-31', '2100-02-28'],
  ])('expiry %s: deadline %s', (expiry, deadline) => {
    const p = permanentPlan(card('a'), d(expiry!), d('2026-01-01'), true);
    expect(p.kind).toBe('plan');
    if (p.kind === 'plan') {
      expect(iso(p.deadline)).toBe(deadline);
      expect(p.stage).toBe('open');
    }
  });
  it('applies to A, EU and F only, and only when asked', () => {
    expect(permanentPlan(card('k'), d('2027-07-31'), d('2026-12-24'), true)).toEqual({ kind: 'no-rule' });
    expect(permanentPlan(card('a'), d('2027-07-31'), d('2026-12-24'), false)).toEqual({ kind: 'not-asked' });
    const late = permanentPlan(card('eu'), d('2027-07-31'), d('2027-03-01'), true);
    expect(late).toMatchObject({ kind: 'plan', stage: 'late', daysToDeadline: -1 });
    expect(permanentPlan(card('f'), d('2027-07-31'), d('2027-02-25'), true)).toMatchObject({ stage: 'last-days', daysToDeadline: 3 });
  });
});

describe('when the card is ready', () => {
  const base: ReadyInput = { applied: d('2027-01-20'), procedure: 'normal', time: null, cutOff: null, urgentWorkingDays: 1, pinMinWeeks: 2, pinMaxWeeks: 3 };
  const koekelberg = 14 * 60 + 30;

  it('expects the PIN/PUK letter 2 to 3 weeks after the application', () => {
    const p = readyPlan(base);
    expect(p).toMatchObject({ procedure: 'normal', movedBecause: null });
    if (p.procedure === 'normal') expect([iso(p.pinFrom), iso(p.pinTo)]).toEqual(['2027-02-03', '2027-02-10']);
  });
  it('counts an application on a weekend or holiday from the next working day', () => {
    const sat = readyPlan({ ...base, applied: d('2027-01-23') });
    expect(iso(sat.counted)).toBe('2027-01-25');
    expect(sat.movedBecause).toEqual({ kind: 'weekend' });
    if (sat.procedure === 'normal') expect([iso(sat.pinFrom), iso(sat.pinTo)]).toEqual(['2027-02-08', '2027-02-15']);
    const xmas = readyPlan({ ...base, applied: d('2026-12-25') });
    expect(iso(xmas.counted)).toBe('2026-12-28');
    expect(xmas.movedBecause).toEqual({ kind: 'holiday', holiday: 'christmas' });
  });

  // applied, time, cut-off -> timing, ready
  it.each([
    ['2026-12-24', 15 * 60, koekelberg, 'after', '2026-12-29'], // Thu; Fri 25 Christmas, weekend, Mon 28 counts, ready Tue 29
    ['2026-12-24', 10 * 60, koekelberg, 'before', '2026-12-28'],
    ['2026-12-24', 14 * 60 + 30, koekelberg, 'after', '2026-12-29'], // "before 14:30": 14:30 is too late
    ['2026-12-24', 14 * 60 + 29, koekelberg, 'before', '2026-12-28'],
    ['2027-12-24', 15 * 60, koekelberg, 'after', '2027-12-28'], // Fri; weekend, Mon 27 counts, ready Tue 28
    ['2027-12-24', 9 * 60, koekelberg, 'before', '2027-12-27'],
    ['2027-01-22', 16 * 60, koekelberg, 'after', '2027-01-26'], // Friday after cut-off
    ['2027-03-26', 9 * 60, koekelberg, 'before', '2027-03-30'], // Friday before Easter Monday
    ['2027-05-05', 16 * 60, koekelberg, 'after', '2027-05-10'], // Wed after; Thu 6 May Ascension, counts Fri 7, ready Mon 10
    ['2027-01-23', 11 * 60, koekelberg, 'non-working-day', '2027-01-26'], // Saturday: counts Monday
    ['2026-12-31', 15 * 60, 15 * 60, 'after', '2027-01-05'], // New Year, weekend
  ])('urgent on %s at %s min, cut-off %s: %s, ready %s', (applied, time, cutOff, timing, ready) => {
    const p = readyPlan({ ...base, procedure: 'urgent', applied: d(applied as string), time: time as number, cutOff: cutOff as number });
    expect(p.procedure).toBe('urgent');
    if (p.procedure === 'urgent') {
      expect(p.timing).toBe(timing);
      expect(iso(p.ready)).toBe(ready);
    }
  });
  it('gives both days when the cut-off or the time is unknown', () => {
    const p = readyPlan({ ...base, procedure: 'urgent', applied: d('2026-12-24'), time: 15 * 60, cutOff: null });
    expect(p).toMatchObject({ timing: 'unknown-cutoff', ready: null });
    if (p.procedure === 'urgent') expect([iso(p.readyIfBefore), iso(p.readyIfAfter)]).toEqual(['2026-12-28', '2026-12-29']);
    expect(readyPlan({ ...base, procedure: 'urgent', time: null, cutOff: koekelberg })).toMatchObject({ timing: 'unknown-time', ready: null });
  });
});

describe('a child turns 12', () => {
  it.each([
    ['2015-06-30', '2027-01-01', '2027-06-30', false],
    ['2015-01-01', '2027-01-01', '2027-01-01', true],
    ['2016-02-29', '2027-01-01', '2028-02-29', false],
    ['2088-02-29', '2099-01-01', '2100-03-01', false],
    ['2010-12-31', '2027-01-01', '2022-12-31', true],
  ])('born %s, seen on %s: turns 12 on %s (reached %s)', (birth, today, turns, reached) => {
    const p = childPlan(d(birth as string), d(today as string), 12);
    expect(iso(p.turns)).toBe(turns);
    expect(p.reached).toBe(reached);
  });
});

describe('properties', () => {
  const date = fc.integer({ min: 0, max: 36524 }).map((n) => addDays({ year: 2000, month: 1, day: 1 }, n));
  const rule: fc.Arbitrary<RenewalRule> = fc.oneof(
    fc.record({ kind: fc.constant('window' as const), opensDaysBefore: fc.integer({ min: 1, max: 400 }), closesDaysBefore: fc.integer({ min: 0, max: 400 }) }),
    fc.record({ kind: fc.constant('latest' as const), closesDaysBefore: fc.integer({ min: 0, max: 400 }) }),
    fc.constant({ kind: 'unknown' as const }),
  );
  it('the window never opens after it closes, and the deadline is never after expiry', () => {
    fc.assert(
      fc.property(rule, date, date, (r, expiry, today) => {
        const p = renewalPlan(r, expiry, today);
        if (p.opens && p.deadline) expect(compareDates(p.opens, p.deadline)).toBeLessThanOrEqual(0);
        if (p.deadline) expect(compareDates(p.deadline, expiry)).toBeLessThanOrEqual(0);
      }),
    );
  });
  it('the stage matches the dates', () => {
    fc.assert(
      fc.property(rule, date, date, (r, expiry, today) => {
        const p = renewalPlan(r, expiry, today);
        const past = compareDates(today, expiry) > 0;
        if (past) expect(p.stage).toBe('expired');
        else if (p.stage === 'too-early') expect(compareDates(today, p.opens!)).toBeLessThan(0);
        else if (p.stage === 'open' || p.stage === 'last-days') {
          expect(p.daysToDeadline!).toBeGreaterThanOrEqual(0);
          expect(p.stage === 'last-days').toBe(p.daysToDeadline! < LAST_DAYS);
        } else if (p.stage === 'closed-last') {
          // Between the last open day and a deadline on a day off.
          expect(compareDates(today, p.lastOpenDay!)).toBeGreaterThan(0);
          expect(compareDates(today, p.deadline!)).toBeLessThanOrEqual(0);
          expect(p.workingDaysLeft).toBe(0);
        } else if (p.stage === 'late') expect(p.daysToDeadline!).toBeLessThan(0);
        else expect(p.rule).toBe('unknown');
        // The last open day is a working day on or before the deadline; the window's first open day one on or after its opening.
        if (p.lastOpenDay) expect(compareDates(p.lastOpenDay, p.deadline!)).toBeLessThanOrEqual(0);
        if (p.firstOpenDay) expect(compareDates(p.firstOpenDay, p.opens!)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
  it('an urgent card is ready on a later working day, never before an earlier request', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 1439 }), (applied, time, cutOff) => {
        const p = readyPlan({ applied, procedure: 'urgent', time, cutOff, urgentWorkingDays: 1, pinMinWeeks: 2, pinMaxWeeks: 3 });
        if (p.procedure !== 'urgent') throw new Error('urgent expected');
        expect(compareDates(p.ready!, applied)).toBeGreaterThan(0);
        expect(compareDates(p.readyIfBefore, p.readyIfAfter)).toBeLessThan(0);
        expect(compareDates(p.ready!, addDays(applied, 9))).toBeLessThanOrEqual(0);
      }),
    );
  });
});
