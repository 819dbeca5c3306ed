/**
 * Validation of a date typed in three fields (day / month / year, the GOV.UK date-input pattern).
 *
 * Pure and language-free: it returns a PlainDate or a typed error naming the fields to highlight.
 * The words a resident reads come from `dateErrorMessage()` in src/components/forms/messages.ts.
 * Shared by the deadline and fee calculators.
 */
import { isValidDate, type PlainDate } from './plain-date.ts';

export type DateFieldName = 'day' | 'month' | 'year';
export const DATE_FIELDS: readonly DateFieldName[] = ['day', 'month', 'year'];

/** What the resident typed, as text (never parsed by the browser). */
export interface DateFieldValues {
  day: string;
  month: string;
  year: string;
}

export const EMPTY_DATE_FIELDS: DateFieldValues = { day: '', month: '', year: '' };

export type DateFieldErrorCode =
  /** All three fields are empty. An optional date treats this as "no answer". */
  | 'empty'
  /** One or two fields are empty; `fields` lists them. */
  | 'missing'
  /** A field holds something other than digits. */
  | 'not-a-number'
  /** Day outside 1-31. */
  | 'day-out-of-range'
  /** Month outside 1-12. */
  | 'month-out-of-range'
  /** The year is not written with four digits (e.g. "27"). */
  | 'year-not-four-digits'
  /** Day, month and year are each fine but the day does not exist (31/02/2027, 29/02/2027). */
  | 'impossible'
  /** The year is before `minYear` or after `maxYear`. */
  | 'year-out-of-range';

export interface DateFieldError {
  code: DateFieldErrorCode;
  /** Fields to mark as wrong, in display order. Never empty. */
  fields: DateFieldName[];
  minYear: number;
  maxYear: number;
}

export type DateFieldsResult = { ok: true; date: PlainDate } | { ok: false; error: DateFieldError };

export interface DateFieldOptions {
  /** Earliest accepted year. Default 1900. */
  minYear?: number;
  /** Latest accepted year. Default 2100. */
  maxYear?: number;
}

/** Digits only; a year of five or more digits is told to use four (below), not to use digits. */
const DIGITS = /^\d{1,8}$/;

/** Removes spaces and a trailing dot ("13." is fine); keeps everything else for validation. */
function clean(s: string): string {
  return s.replace(/\s+/g, '').replace(/\.$/, '');
}

/**
 * Checks three typed fields. Leading zeros are fine ("03"); a year must have four digits.
 * The first problem found wins, in the order: empty, missing, not a number, day and month ranges, four-digit year, year range, real day.
 */
export function validateDateFields(values: DateFieldValues, options: DateFieldOptions = {}): DateFieldsResult {
  const minYear = options.minYear ?? 1900;
  const maxYear = options.maxYear ?? 2100;
  const fail = (code: DateFieldErrorCode, fields: DateFieldName[]): DateFieldsResult => ({ ok: false, error: { code, fields, minYear, maxYear } });
  const v = { day: clean(values.day ?? ''), month: clean(values.month ?? ''), year: clean(values.year ?? '') };

  const missing = DATE_FIELDS.filter((f) => v[f] === '');
  if (missing.length === 3) return fail('empty', ['day', 'month', 'year']);
  if (missing.length > 0) return fail('missing', missing);

  const nonNumeric = DATE_FIELDS.filter((f) => !DIGITS.test(v[f]));
  if (nonNumeric.length > 0) return fail('not-a-number', nonNumeric);

  const day = Number(v.day);
  const month = Number(v.month);
  const year = Number(v.year);
  if (day < 1 || day > 31) return fail('day-out-of-range', ['day']);
  if (month < 1 || month > 12) return fail('month-out-of-range', ['month']);
  if (v.year.length !== 4) return fail('year-not-four-digits', ['year']);
  if (year < minYear || year > maxYear) return fail('year-out-of-range', ['year']);
  if (!isValidDate(year, month, day)) return fail('impossible', ['day', 'month']);
  return { ok: true, date: { year, month, day } };
}

/** The three fields for a known date (for prefilling from the URL). */
export function dateToFields(d: PlainDate | null | undefined): DateFieldValues {
  if (!d) return { ...EMPTY_DATE_FIELDS };
  return { day: String(d.day), month: String(d.month), year: String(d.year) };
}

/**
 * A YYYY-MM-DD text from a link back into the three fields, keeping wrong values ("2027-13-45",
 * a five-digit year) so the form shows them with their error; anything else lands in the year
 * field. Shared by the calculators and "Your plan".
 */
export function isoToDateFields(text: string): DateFieldValues {
  const t = text.trim();
  const m = /^(\d{1,8})-(\d{1,4})-(\d{1,4})$/.exec(t);
  return m ? { year: m[1]!, month: m[2]!, day: m[3]! } : { ...EMPTY_DATE_FIELDS, year: t.slice(0, 8) };
}
