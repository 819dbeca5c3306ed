/**
 * Dated rows: one module for every rule, fee and price that holds from one day to another.
 * A period runs from `validFrom` to `validUntil`, both inclusive, both calendar dates written
 * YYYY-MM-DD. Either end may be open: a row without `validFrom` holds since before any date we
 * know of (its source gives no start date), a row without `validUntil` until a newer row
 * replaces it. The fee engine, the deadline engine, the pages and the content check all use
 * these functions. Pure, no dependencies but plain-date.
 */
import { addDays, compareIsoDates, parseIsoDate, toIsoDate } from './plain-date.ts';

export interface Period {
  validFrom?: string | undefined;
  validUntil?: string | undefined;
}

/** The day before a YYYY-MM-DD date. */
export function dayBefore(iso: string): string {
  return toIsoDate(addDays(parseIsoDate(iso)!, -1));
}

/** The day after a YYYY-MM-DD date. */
export function dayAfter(iso: string): string {
  return toIsoDate(addDays(parseIsoDate(iso)!, 1));
}

/** True when the period holds on the day. */
export function covers(p: Period, iso: string): boolean {
  return (p.validFrom === undefined || compareIsoDates(p.validFrom, iso) <= 0) && (p.validUntil === undefined || compareIsoDates(iso, p.validUntil) <= 0);
}

/** The later of two starts (undefined is the open start, before everything). */
export function laterStart(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareIsoDates(a, b) >= 0 ? a : b;
}

/** The earlier of two ends (undefined is the open end, after everything). */
export function earlierEnd(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareIsoDates(a, b) <= 0 ? a : b;
}

/** The days two periods share, or undefined when they share none. */
export function overlap(a: Period, b: Period): Period | undefined {
  const validFrom = laterStart(a.validFrom, b.validFrom);
  const validUntil = earlierEnd(a.validUntil, b.validUntil);
  return validFrom === undefined || validUntil === undefined || compareIsoDates(validFrom, validUntil) <= 0 ? { validFrom, validUntil } : undefined;
}

/** The rows that hold on a day, in their order. */
export function rowsOn<R extends Period>(rows: readonly R[], iso: string): R[] {
  return rows.filter((r) => covers(r, iso));
}

/**
 * The one row of a dated rule that holds on a day (a renewal window on the expiry date, the
 * holiday set in a year, …), or undefined when none does. When several hold (the content check
 * forbids it) the one that started last wins.
 */
export function ruleOn<R extends Period>(rows: readonly R[], iso: string): R | undefined {
  const on = rowsOn(rows, iso);
  return on.sort((a, b) => (a.validFrom === undefined ? -1 : b.validFrom === undefined ? 1 : compareIsoDates(a.validFrom, b.validFrom))).at(-1);
}

/** The row a page shows when it names no day: the one that holds on the build day, else the latest that started. */
export function currentRule<R extends Period>(rows: readonly R[], iso: string): R | undefined {
  return ruleOn(rows, iso) ?? [...rows].filter((r) => r.validFrom !== undefined && compareIsoDates(r.validFrom, iso) > 0).sort((a, b) => compareIsoDates(a.validFrom!, b.validFrom!))[0];
}

/** Words for a period in the content check's messages ("from 2025-01-01 to 2025-12-31"). */
export function periodWords(p: Period): string {
  if (p.validFrom === undefined) return p.validUntil === undefined ? 'on every day' : `until ${p.validUntil}`;
  return p.validUntil === undefined ? `from ${p.validFrom} onwards` : p.validFrom === p.validUntil ? `on ${p.validFrom}` : `from ${p.validFrom} to ${p.validUntil}`;
}

/**
 * Undated rows read on different days (`seenOn`) for the same case: the later reading replaces
 * the earlier one. On a day, the reading made last on or before that day counts; before every
 * reading, the first one. Dated rows and rows of one reading are kept as they are.
 */
export function latestReadings<R extends Period & { seenOn?: string | undefined }>(rows: readonly R[], iso: string): R[] {
  const days = [...new Set(rows.filter((r) => r.validFrom === undefined && r.seenOn !== undefined).map((r) => r.seenOn!))].sort(compareIsoDates);
  if (days.length < 2) return [...rows];
  const keep = days.filter((d) => compareIsoDates(d, iso) <= 0).at(-1) ?? days[0]!;
  return rows.filter((r) => r.validFrom !== undefined || r.seenOn === undefined || r.seenOn === keep);
}
