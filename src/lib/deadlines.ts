/**
 * The deadline engine: from a card type's renewal rule (src/content/card-types/*.yaml) and an
 * expiry date, when to apply and where today stands; when a card applied for is ready; when a
 * child turns 12. Pure calendar dates (src/lib/plain-date.ts); no language, no `Date` arithmetic.
 *
 * Conventions (documented for editors and reviewers):
 * - "Apply at the latest N days before expiry": the deadline is expiry minus N days and that day
 *   itself still counts. A window "from 45 to 30 days before" opens on expiry minus 45 days.
 * - The card is valid up to and including its expiry date; the day after, it has expired.
 * - "At the latest 5 months before expiry" counts calendar months; a day that does not exist in
 *   the target month becomes that month's last day (31 July minus 5 months = 28 or 29 February).
 *   This never gives a later deadline than the exact count would.
 * - "Last days" are the last `LAST_DAYS` days up to and including the deadline.
 * - An application on a weekend or public holiday counts as made on the next working day, before
 *   the cut-off (the counter receives it at the start of that day).
 * - Urgent procedure: asked on a working day strictly before the cut-off time, the card is ready
 *   `workingDays` working days later (1 in the sources); at or after the cut-off, the request counts
 *   from the next working day, so one working day more.
 * - A child born on 29 February turns 12 on 1 March in a common year (see dateWhenAged).
 */
import { addDays, addMonths, compareDates, dateWhenAged, daysBetween, type PlainDate } from './plain-date.ts';
import type { Period } from './periods.ts';
import type { HolidaySet } from './holidays.ts';
import type { CardKind } from './vocabulary.ts';
import { addWorkingDays, dayOff, type DayOff, nextWorkingDay, workingDayOnOrAfter, workingDayOnOrBefore, workingDaysFromTo } from './working-days.ts';

/** The last days before a deadline get a stronger warning. */
export const LAST_DAYS = 7;

export type RenewalRule =
  | { kind: 'window'; opensDaysBefore: number; closesDaysBefore: number }
  | { kind: 'latest'; closesDaysBefore: number }
  | { kind: 'unknown' };

/** What the engine needs to know about a card type (a subset of the content data). */
export interface CardRule {
  id: string;
  code: string;
  kind: CardKind;
  renewal: RenewalRule;
  /** Months before expiry to ask for permanent residence; absent when the sources give no such rule. */
  permanentMonthsBefore?: number | undefined;
  /**
   * The dated rows behind `renewal` and `permanentMonthsBefore` (those two hold on the build day,
   * for the page's sentences): the calculator picks the rows that hold on the card's expiry date.
   */
  dated?: { renewal: Array<Period & RenewalRule>; permanent: Array<Period & { monthsBefore: number }> } | undefined;
}

/**
 * Where today stands. `closed-last`: the legal deadline is a day off and the last working day
 * before it has passed, so no counter day is left before the deadline.
 */
export type Stage = 'too-early' | 'open' | 'last-days' | 'closed-last' | 'late' | 'expired';

export interface RenewalPlan {
  rule: RenewalRule['kind'];
  expiry: PlainDate;
  today: PlainDate;
  /** First day to apply (window rules only). */
  opens: PlainDate | null;
  /** Last day to apply (window and latest rules). */
  deadline: PlainDate | null;
  /** When the deadline is a weekend day or holiday: the last working day before it (counters are mostly closed). */
  deadlineWorkingDay: PlainDate | null;
  /** The last working day on or before the deadline: the last day a counter is open for it. */
  lastOpenDay: PlainDate | null;
  /** The first working day on or after the opening: the first day a counter is open for it. */
  firstOpenDay: PlainDate | null;
  /** Working days from today (included) to the last open day (included); 0 once it has passed. */
  workingDaysLeft: number | null;
  /** The first working day after today (where to go when the last open day has passed). */
  nextOpenDay: PlainDate;
  /** Where today stands. `no-rule`: the sources give no deadline and the card has not expired. */
  stage: Stage | 'no-rule';
  /** Days from today to the opening (positive when too early). */
  daysToOpen: number | null;
  /** Days from today to the deadline (0 = today is the last day; negative = passed). */
  daysToDeadline: number | null;
  /** Days from today to the expiry date (0 = expires today). */
  daysToExpiry: number;
}

export type PermanentPlan =
  | { kind: 'not-asked' }
  /** The card type has no permanent-residence rule in the sources. */
  | { kind: 'no-rule' }
  | {
      kind: 'plan';
      monthsBefore: number;
      deadline: PlainDate;
      /** As in RenewalPlan: the last working day before a deadline that falls on a day off, else null. */
      deadlineWorkingDay: PlainDate | null;
      /** As in RenewalPlan: the last working day on or before the deadline, and the first working day after today. */
      lastOpenDay: PlainDate;
      nextOpenDay: PlainDate;
      /** Working days from today (included) to the last open day (included). */
      workingDaysLeft: number;
      stage: Exclude<Stage, 'too-early'>;
      daysToDeadline: number;
    };

function lastWorkingDay(deadline: PlainDate, holidays?: readonly HolidaySet[]): PlainDate | null {
  const d = workingDayOnOrBefore(deadline, holidays);
  return compareDates(d, deadline) === 0 ? null : d;
}

function stageFor(today: PlainDate, opens: PlainDate | null, deadline: PlainDate, expiry: PlainDate, lastOpen?: PlainDate): Stage {
  if (compareDates(today, expiry) > 0) return 'expired';
  if (compareDates(today, deadline) > 0) return 'late';
  if (lastOpen && compareDates(today, lastOpen) > 0) return 'closed-last';
  if (opens && compareDates(today, opens) < 0) return 'too-early';
  return daysBetween(today, deadline) < LAST_DAYS ? 'last-days' : 'open';
}

/** When to renew a card that expires on `expiry`, seen from `today`. */
export function renewalPlan(rule: RenewalRule, expiry: PlainDate, today: PlainDate, holidays?: readonly HolidaySet[]): RenewalPlan {
  const daysToExpiry = daysBetween(today, expiry);
  const nextOpenDay = nextWorkingDay(today, holidays);
  if (rule.kind === 'unknown') {
    return {
      rule: 'unknown', expiry, today, opens: null, deadline: null, deadlineWorkingDay: null, lastOpenDay: null, firstOpenDay: null, workingDaysLeft: null, nextOpenDay,
      stage: daysToExpiry < 0 ? 'expired' : 'no-rule', daysToOpen: null, daysToDeadline: null, daysToExpiry,
    };
  }
  const deadline = addDays(expiry, -rule.closesDaysBefore);
  // A window whose data were swapped (opens after it closes) is treated as opening on the deadline.
  const opens = rule.kind === 'window' ? addDays(expiry, -Math.max(rule.opensDaysBefore, rule.closesDaysBefore)) : null;
  const lastOpenDay = workingDayOnOrBefore(deadline, holidays);
  const firstOpenDay = opens ? workingDayOnOrAfter(opens, holidays) : null;
  return {
    rule: rule.kind, expiry, today, opens, deadline, deadlineWorkingDay: lastWorkingDay(deadline, holidays),
    lastOpenDay, firstOpenDay, workingDaysLeft: workingDaysFromTo(today, lastOpenDay, holidays), nextOpenDay,
    stage: stageFor(today, opens, deadline, expiry, lastOpenDay),
    daysToOpen: opens ? daysBetween(today, opens) : null,
    daysToDeadline: daysBetween(today, deadline),
    daysToExpiry,
  };
}

/** The permanent-residence deadline for holders who want it (A, EU, F in the sources). */
export function permanentPlan(card: CardRule, expiry: PlainDate, today: PlainDate, asked: boolean, holidays?: readonly HolidaySet[]): PermanentPlan {
  if (!asked) return { kind: 'not-asked' };
  if (!card.permanentMonthsBefore) return { kind: 'no-rule' };
  const deadline = addMonths(expiry, -card.permanentMonthsBefore);
  const lastOpenDay = workingDayOnOrBefore(deadline, holidays);
  const stage = stageFor(today, null, deadline, expiry, lastOpenDay) as Exclude<Stage, 'too-early'>;
  return {
    kind: 'plan', monthsBefore: card.permanentMonthsBefore, deadline, deadlineWorkingDay: lastWorkingDay(deadline, holidays), stage,
    lastOpenDay, nextOpenDay: nextWorkingDay(today, holidays), workingDaysLeft: workingDaysFromTo(today, lastOpenDay, holidays),
    daysToDeadline: daysBetween(today, deadline),
  };
}

export type Procedure = 'normal' | 'urgent';

export interface ReadyInput {
  applied: PlainDate;
  procedure: Procedure;
  /** Time of the request, minutes after midnight; null when not given. */
  time: number | null;
  /** The municipality's cut-off, minutes after midnight; null when unknown. */
  cutOff: number | null;
  /** Working days the urgent procedure takes (1 in the sources). */
  urgentWorkingDays: number;
  pinMinWeeks: number;
  pinMaxWeeks: number;
  /** The dated holiday sets (src/content/holidays.yaml); without them every computed holiday counts. */
  holidays?: readonly HolidaySet[] | undefined;
}

export interface CountedDay {
  /** The day the resident applies. */
  applied: PlainDate;
  /** The day the application counts as made. */
  counted: PlainDate;
  /** Why the application day itself did not count (weekend or holiday), or null. */
  movedBecause: DayOff | null;
}

export type ReadyPlan =
  | (CountedDay & { procedure: 'normal'; pinFrom: PlainDate; pinTo: PlainDate })
  | (CountedDay & {
      procedure: 'urgent';
      /**
       * before / after: the time was compared with the cut-off. non-working-day: the request counts
       * from the next working day, before its cut-off. unknown-cutoff / unknown-time: both days are given.
       */
      timing: 'before' | 'after' | 'non-working-day' | 'unknown-cutoff' | 'unknown-time';
      /** The answer when it is certain. */
      ready: PlainDate | null;
      /** Ready day if asked before the cut-off, and if asked at or after it. */
      readyIfBefore: PlainDate;
      readyIfAfter: PlainDate;
    });

/** When an application made on `applied` is ready (normal: the PIN/PUK letter range; urgent: the day). */
export function readyPlan(input: ReadyInput): ReadyPlan {
  const counted = workingDayOnOrAfter(input.applied, input.holidays);
  const movedBecause = compareDates(counted, input.applied) === 0 ? null : dayOff(input.applied, input.holidays);
  if (input.procedure === 'normal') {
    const lo = Math.min(input.pinMinWeeks, input.pinMaxWeeks);
    const hi = Math.max(input.pinMinWeeks, input.pinMaxWeeks);
    return { procedure: 'normal', applied: input.applied, counted, movedBecause, pinFrom: addDays(counted, 7 * lo), pinTo: addDays(counted, 7 * hi) };
  }
  const n = Math.max(1, input.urgentWorkingDays);
  const readyIfBefore = addWorkingDays(counted, n, input.holidays);
  const readyIfAfter = addWorkingDays(counted, n + 1, input.holidays);
  let timing: 'before' | 'after' | 'non-working-day' | 'unknown-cutoff' | 'unknown-time';
  if (movedBecause) timing = 'non-working-day';
  else if (input.cutOff === null) timing = 'unknown-cutoff';
  else if (input.time === null) timing = 'unknown-time';
  else timing = input.time < input.cutOff ? 'before' : 'after';
  const ready = timing === 'before' || timing === 'non-working-day' ? readyIfBefore : timing === 'after' ? readyIfAfter : null;
  return { procedure: 'urgent', applied: input.applied, counted, movedBecause, timing, ready, readyIfBefore, readyIfAfter };
}

export interface ChildPlan {
  birth: PlainDate;
  /** The day the child turns `age` (12): the municipality then sends an invitation. */
  turns: PlainDate;
  age: number;
  /** True when that day is today or has passed. */
  reached: boolean;
  daysToTurn: number;
}

/** When a child turns `age` (12 in the sources). The caller checks that the birth date is not after today. */
export function childPlan(birth: PlainDate, today: PlainDate, age: number): ChildPlan {
  const turns = dateWhenAged(birth, age);
  const daysToTurn = daysBetween(today, turns);
  return { birth, turns, age, reached: daysToTurn <= 0, daysToTurn };
}
