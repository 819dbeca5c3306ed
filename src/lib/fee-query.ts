/**
 * The fee calculator's answers in the query string, so a result can be bookmarked and shared.
 * Parameter names are English and the same on every language:
 *
 *   ?municipality=koekelberg&card=K&age=30&procedure=urgent&reason=renewal&date=2025-06-01
 *
 * - `municipality`: the municipality's id (its file name).
 * - `card`: a card id (`eu-plus`) or the code on the card (`EU+`, `K`).
 * - `age` (whole years) or `birthdate` (YYYY-MM-DD).
 * - `procedure`: `normal` | `urgent`; `reason`: `first` | `renewal` | `duplicate`.
 * - `date`: YYYY-MM-DD; default today in Belgium.
 *
 * Reading never throws; checking returns typed errors (see fee-engine.ts).
 */
import { validateFeeRequest, type FeeCardFacts, type FeeInputError, type ValidRequest } from './fee-engine.ts';
import { toIsoDate, type PlainDate } from './plain-date.ts';
import { readCardParam } from './cards.ts';
import { readSituation } from './vocabulary.ts';

export const FEE_PARAMS = ['municipality', 'card', 'age', 'birthdate', 'procedure', 'reason', 'date'] as const;
export type FeeParam = (typeof FEE_PARAMS)[number];

/** The answers as text, exactly as typed or linked; '' when not given. */
export type FeeAnswers = Record<FeeParam, string>;

export const emptyAnswers = (): FeeAnswers => ({ municipality: '', card: '', age: '', birthdate: '', procedure: '', reason: '', date: '' });

/** Longest value kept from a link: anything longer is cut (a resident never needs more). */
const MAX_LENGTH = 64;

/** Reads the answers from a query string (`?a=b` or `a=b`) or URLSearchParams. Unknown parameters are ignored. */
export function readFeeAnswers(search: string | URLSearchParams): FeeAnswers {
  let params: URLSearchParams;
  try {
    params = typeof search === 'string' ? new URLSearchParams(search) : search;
  } catch {
    params = new URLSearchParams();
  }
  const out = emptyAnswers();
  for (const k of FEE_PARAMS) out[k] = (params.get(k) ?? '').trim().slice(0, MAX_LENGTH);
  // `reason=duplicate` (older links) reads as the situation it meant.
  out.reason = readSituation(out.reason) ?? out.reason;
  // An unencoded `+` in a query string reads as a space (`card=EU+` arrives as "EU "): a card code never holds a space.
  out.card = readCardParam(params.get('card')).slice(0, MAX_LENGTH);
  return out;
}

/** Writes the answers as a query string in a stable order, leaving out empty ones. Returns '' or `?…`. */
export function writeFeeQuery(answers: Partial<FeeAnswers>): string {
  const params = new URLSearchParams();
  for (const k of FEE_PARAMS) {
    const v = (answers[k] ?? '').trim();
    if (v) params.set(k, v);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/**
 * Writes the answers into an existing query string: other parameters (those of the deadline
 * calculator on the same card page) stay as they are. Returns '' or `?…`.
 */
export function mergeFeeQuery(search: string, answers: Partial<FeeAnswers>): string {
  const params = new URLSearchParams(search);
  for (const k of FEE_PARAMS) params.delete(k);
  for (const [k, v] of new URLSearchParams(writeFeeQuery(answers))) params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/**
 * Years a fee question can be about: the past ten (what did it cost then?) and the next two (the
 * day you will apply). Another year is a typing error, and the date field says so.
 */
export function feeDateYears(today: PlainDate): { minYear: number; maxYear: number } {
  return { minYear: today.year - 10, maxYear: today.year + 2 };
}

/** True when a link names every answer the calculator needs (the date may be left out). */
export function isComplete(answers: FeeAnswers): boolean {
  return Boolean(answers.municipality && answers.card && (answers.age || answers.birthdate) && answers.procedure && answers.reason);
}

/** True when a link carries any calculator answer at all. */
export function hasAnyAnswer(answers: FeeAnswers): boolean {
  return FEE_PARAMS.some((k) => answers[k] !== '');
}

export interface FeeQueryContext {
  cards: Record<string, Pick<FeeCardFacts, 'code' | 'kind'>>;
  municipalities: readonly string[];
  /** Used when `date` is not given. Without it a missing date is an error (a form that shows the date field). */
  today?: PlainDate | undefined;
}

/** Checks the answers: a request ready for the engine, or every problem at once. */
export function checkFeeAnswers(answers: FeeAnswers, ctx: FeeQueryContext): { ok: true; value: ValidRequest } | { ok: false; errors: FeeInputError[] } {
  return validateFeeRequest(
    {
      municipality: answers.municipality,
      card: answers.card,
      age: answers.age,
      birthdate: answers.birthdate,
      procedure: answers.procedure,
      reason: answers.reason,
      date: answers.date || (ctx.today ? toIsoDate(ctx.today) : ''),
    },
    ctx.cards,
    ctx.municipalities,
  );
}
