/**
 * The fee engine: what does a card cost in a municipality, for a person of a given age, a
 * procedure, a reason and a date?
 *
 * Pure TypeScript with no framework and no runtime dependency on zod, so the same code runs
 * at build time (tests, open data) and in the browser (the calculator island). It works on
 * the per-municipality open-data file (`/data/fees/<id>.json`, type {@link FeeData}).
 *
 * Rules:
 * - Never throws and never returns NaN: bad input gives a typed {@link FeeError}.
 * - Never picks one figure silently: when sources give different amounts for the same case,
 *   every figure is returned (`figures`) with its rows, sources and conflict entry.
 * - Never uses an old tariff silently: when no row covers the date, the latest known figures
 *   come back marked `stale` with the year they are from.
 * - Never guesses a federal price: a surcharge row for a period without a known federal
 *   price gives a figure with `total: null` and `federalUnknown` says so.
 */
import type { FederalPrice, FederalProduct } from '../schemas/federal-price.ts';
import type { AgeBand, FeeRow, Procedure, Reason } from '../schemas/municipality.ts';
import type { Localized } from '../schemas/common.ts';
import { resolveCardId } from './cards.ts';
import type { RequirementEntry } from './requirements.ts';
import { laterStart, latestReadings } from './periods.ts';
import { PROCEDURES, feeReasonOf, readSituation, type CardKind, type FeeGroup, type Situation } from './vocabulary.ts';
import { federalProductFor, latestEndedBefore, latestFederalOn, segmentCovers, type FeeSegment } from './fee-schedule.ts';
import { addMonths, ageOn, compareDates, compareIsoDates, parseIsoDate, toIsoDate, type PlainDate } from './plain-date.ts';

/**
 * An amount read on an undated page holds, as far as we know, on every day; for a day more than
 * this many months after the reading, the site adds that it may have changed (a choice of this
 * site, not a rule of any source).
 */
export const SEEN_FIGURE_FRESH_MONTHS = 6;
/** Oldest age the calculator accepts. Anything above is treated as a typing error. */
export const MAX_AGE = 130;

/** What the engine needs to know about a card type. */
export interface FeeCardFacts {
  code: string;
  feeGroup: FeeGroup;
  kind: CardKind;
}

export interface FeeConflictEntry {
  id: string;
  about: Localized;
  cards: string[];
  sources: string[];
}

export interface SourceSummary {
  publisher: string;
  title: Localized;
  url?: string | undefined;
}

/** The open-data file of one municipality (`/data/fees/<id>.json`). */
export interface FeeData {
  $schema?: string;
  version: 1;
  municipality: { id: string; name: Localized; region: string; lastChecked: string };
  currency: 'EUR';
  /** Every card type the site knows, by id, so a code such as `EU+` can be resolved. */
  cards: Record<string, FeeCardFacts>;
  /** The fee rows exactly as the municipality file holds them (amounts in cents). */
  rows: FeeRow[];
  /** The rows expanded into dated segments with totals (see expandFeeRows). */
  segments: FeeSegment[];
  conflicts: FeeConflictEntry[];
  /** The federal production prices the segments use (all products and years). */
  federalPrices: FederalPrice[];
  payment: { methods: string[]; sources: string[] } | null;
  /** What to bring: the general requirement entries and the municipality's own. */
  checklist: RequirementEntry[];
  /** The sources that rows, conflicts, prices and checklist items name. */
  sources: Record<string, SourceSummary>;
}

/** The part of {@link FeeData} the engine reads. */
export type FeeSchedule = Pick<FeeData, 'municipality' | 'cards' | 'segments' | 'conflicts' | 'federalPrices'>;

/** A request as it comes from a form or a link. Every field may be missing or wrong. */
export interface FeeRequest {
  municipality?: unknown;
  /** Card id (`eu-plus`) or code (`EU+`). */
  card?: unknown;
  /** Age in whole years. */
  age?: unknown;
  /** Date of birth, `YYYY-MM-DD` or a PlainDate. When given with `age`, both must agree. */
  birthdate?: unknown;
  procedure?: unknown;
  reason?: unknown;
  /** The day the card is applied for, `YYYY-MM-DD` or a PlainDate. */
  date?: unknown;
}

export type FeeField = 'municipality' | 'card' | 'age' | 'birthdate' | 'procedure' | 'reason' | 'date';

/** A problem with one answer. */
export type FeeInputError =
  | { kind: 'input'; field: FeeField; code: 'missing' }
  | { kind: 'input'; field: 'municipality'; code: 'unknown' }
  | { kind: 'input'; field: 'card'; code: 'unknown' }
  /** The children's card costs the price of the child's own card type: choose that type. */
  | { kind: 'input'; field: 'card'; code: 'child-card' }
  | { kind: 'input'; field: 'age'; code: 'invalid' | 'too-old' }
  | { kind: 'input'; field: 'age'; code: 'mismatch'; ageFromBirthdate: number }
  | { kind: 'input'; field: 'birthdate'; code: 'invalid' | 'after-date' | 'too-old' }
  | { kind: 'input'; field: 'procedure' | 'reason' | 'date'; code: 'invalid' };

/** The answers are fine, but the data hold no fee for that case. */
export type FeeDataError =
  /** No row at all for this card, age, procedure and reason in this municipality. */
  | { kind: 'data'; code: 'no-tariff' }
  /** Rows exist, but they all start after the date. */
  | { kind: 'data'; code: 'no-tariff-yet'; earliestFrom: string };

export type FeeError = FeeInputError | FeeDataError;

/** One amount the sources give for the case. */
export interface FeeFigure {
  /** Amount in cents; null when the federal part of that period is unknown. */
  total: number | null;
  /** Federal production price in cents, when the row is a surcharge row and the price is known. */
  federal: number | null;
  federalPriceId?: string | undefined;
  /** Municipal surcharge in cents, when the row is a surcharge row; null when only the total is published. */
  surcharge: number | null;
  /** Validity of the tariff used (the overlap of the row and the federal price period); no `validFrom` when the source gives no start date. */
  validFrom?: string | undefined;
  validUntil?: string | undefined;
  /** For an undated source: the day an editor read it (the latest, when several rows give the amount). */
  seenOn?: string | undefined;
  /** Indexes of the rows in the municipality file (0-based). */
  rows: number[];
  sources: string[];
  /** Conflict ids the rows name. */
  conflicts: string[];
  notes: Localized[];
}

export interface FeeQuote {
  municipality: string;
  /** The card id the figures are for (a code such as `EU+` is resolved to `eu-plus`). */
  card: string;
  age: number;
  band: Exclude<AgeBand, 'any'>;
  procedure: Procedure;
  reason: Reason;
  /** The resident's situation (what to bring depends on it); `reason` is the fee reason it falls under. */
  situation: Situation;
  date: string;
  /** Every distinct amount, lowest first. More than one means the sources disagree. */
  figures: FeeFigure[];
  /** The amount when exactly one figure is known; null when sources disagree or the amount is unknown. */
  total: number | null;
  /** True when the figures differ (sources disagree for this exact case). */
  conflict: boolean;
  /** Conflict entries named by the rows used, with the municipality's explanation and sources. */
  conflicts: FeeConflictEntry[];
  /** Set when no tariff is known for the date: the figures are the latest known ones. */
  stale: { latestYear: number; latestFrom: string; latestUntil: string } | null;
  /** Set when the figures come from an undated source: the day it was read, and whether the day asked is long after it. */
  seen: { on: string; old: boolean } | null;
  /** Set when the municipal part is known but the federal price of that period is not. */
  federalUnknown: { year: number; product: FederalProduct | null; latest: { amount: number; year: number; id: string } | null } | null;
}

export type FeeResult = { ok: true; quote: FeeQuote } | { ok: false; errors: FeeError[] };

const toPlainDate = (v: unknown): PlainDate | null => {
  if (typeof v === 'string') return parseIsoDate(v);
  const d = v as PlainDate | null;
  return d && typeof d === 'object' && [d.year, d.month, d.day].every((n) => typeof n === 'number') ? parseIsoDate(toIsoDate(d)) : null;
};
const isBlank = (v: unknown) => v == null || (typeof v === 'string' && !v.trim());
const yearOf = (iso: string) => Number(iso.slice(0, 4));

export interface ValidRequest {
  municipality: string;
  card: string;
  age: number;
  band: Exclude<AgeBand, 'any'>;
  procedure: Procedure;
  reason: Reason;
  situation: Situation;
  date: string;
}

/**
 * Checks every answer and collects all problems at once (for an error summary).
 * `cards` resolves card ids and codes; `municipalities` lists the known ids (omit to skip that check).
 */
export function validateFeeRequest(
  req: FeeRequest,
  cards: Record<string, Pick<FeeCardFacts, 'code' | 'kind'>>,
  municipalities?: readonly string[],
): { ok: true; value: ValidRequest } | { ok: false; errors: FeeInputError[] } {
  const errors: FeeInputError[] = [];
  const bad = (field: FeeField, code: string, extra?: object) => errors.push({ kind: 'input', field, code, ...extra } as FeeInputError);
  const r = (req ?? {}) as FeeRequest;
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : null);

  const municipality = text(r.municipality);
  if (isBlank(r.municipality)) bad('municipality', 'missing');
  else if (municipality === null || (municipalities && !municipalities.includes(municipality))) bad('municipality', 'unknown');

  let card: string | undefined;
  if (isBlank(r.card)) bad('card', 'missing');
  else {
    card = typeof r.card === 'string' ? resolveCardId(r.card, Object.entries(cards).map(([id, c]) => ({ id, code: c.code }))) : undefined;
    if (!card) bad('card', 'unknown');
    else if (cards[card]?.kind === 'child-card') bad('card', 'child-card');
  }

  const date = toPlainDate(r.date);
  if (isBlank(r.date)) bad('date', 'missing');
  else if (!date) bad('date', 'invalid');

  let age: number | null = null;
  let ageFromBirth: number | null = null;
  if (!isBlank(r.birthdate)) {
    const birth = toPlainDate(r.birthdate);
    if (!birth) bad('birthdate', 'invalid');
    else if (date && compareDates(birth, date) > 0) bad('birthdate', 'after-date');
    else if (date && (ageFromBirth = ageOn(birth, date)) > MAX_AGE) {
      bad('birthdate', 'too-old');
      ageFromBirth = null;
    }
  }
  if (!isBlank(r.age)) {
    const n = typeof r.age === 'number' ? r.age : typeof r.age === 'string' && /^\s*\d{1,4}\s*$/.test(r.age) ? Number(r.age) : NaN;
    if (!Number.isInteger(n) || n < 0) bad('age', 'invalid');
    else if (n > MAX_AGE) bad('age', 'too-old');
    else if (ageFromBirth !== null && ageFromBirth !== n) bad('age', 'mismatch', { ageFromBirthdate: ageFromBirth });
    else age = n;
  } else if (isBlank(r.birthdate)) bad('age', 'missing');
  age ??= ageFromBirth;

  const procedure = r.procedure as Procedure;
  if (isBlank(procedure)) bad('procedure', 'missing');
  else if (!(PROCEDURES as readonly string[]).includes(procedure)) bad('procedure', 'invalid');

  // `reason` carries the situation (first, renewal, lost-stolen, …); `duplicate` from older links reads as lost-stolen.
  const situation = readSituation(r.reason);
  if (isBlank(r.reason)) bad('reason', 'missing');
  else if (!situation) bad('reason', 'invalid');

  if (errors.length || age === null || !date || !card || !municipality || !situation) return { ok: false, errors };
  return { ok: true, value: { municipality, card, age, band: age < 12 ? 'under-12' : '12-plus', procedure, reason: feeReasonOf(situation), situation, date: toIsoDate(date) } };
}

/** Segments that apply to the case, whatever their dates. */
export function segmentsForCase(segments: readonly FeeSegment[], v: Pick<ValidRequest, 'card' | 'band' | 'procedure' | 'reason'>): FeeSegment[] {
  return segments.filter(
    (s) => s.cards.includes(v.card) && (s.age === v.band || s.age === 'any') && s.procedure === v.procedure && s.reasons.includes(v.reason),
  );
}

/** Groups segments by amount (total, federal part, surcharge) into figures, lowest first. */
function toFigures(segments: readonly FeeSegment[]): FeeFigure[] {
  const byKey = new Map<string, FeeFigure>();
  for (const s of segments) {
    const federal = s.parts?.federal ?? null;
    const surcharge = s.parts ? s.parts.surcharge : null;
    const key = `${s.total}|${federal}|${surcharge}`;
    const f = byKey.get(key);
    if (!f) {
      byKey.set(key, {
        total: s.total,
        federal,
        federalPriceId: s.parts?.federalPriceId,
        surcharge,
        validFrom: s.validFrom,
        validUntil: s.validUntil,
        seenOn: s.seenOn,
        rows: [s.row],
        sources: [...s.sources],
        conflicts: s.conflict ? [s.conflict] : [],
        notes: s.note ? [s.note] : [],
      });
      continue;
    }
    // Same amount from more rows: keep the tightest common validity and every source.
    f.validFrom = laterStart(f.validFrom, s.validFrom);
    if (s.seenOn !== undefined && (f.seenOn === undefined || compareIsoDates(s.seenOn, f.seenOn) > 0)) f.seenOn = s.seenOn;
    if (s.validUntil !== undefined && (f.validUntil === undefined || compareIsoDates(s.validUntil, f.validUntil) < 0)) f.validUntil = s.validUntil;
    if (!f.rows.includes(s.row)) f.rows.push(s.row);
    for (const x of s.sources) if (!f.sources.includes(x)) f.sources.push(x);
    if (s.conflict && !f.conflicts.includes(s.conflict)) f.conflicts.push(s.conflict);
    if (s.note && !f.notes.includes(s.note)) f.notes.push(s.note);
  }
  return [...byKey.values()].sort((a, b) => (a.total ?? Infinity) - (b.total ?? Infinity) || (a.surcharge ?? 0) - (b.surcharge ?? 0));
}

/**
 * Computes the fee for one request from one municipality's schedule.
 * `schedule` may be undefined (not loaded or unknown municipality): that is a typed error too.
 */
export function computeFee(schedule: FeeSchedule | undefined, req: FeeRequest): FeeResult {
  if (!schedule) return { ok: false, errors: [{ kind: 'input', field: 'municipality', code: isBlank(req?.municipality) ? 'missing' : 'unknown' }] };
  const checked = validateFeeRequest(req, schedule.cards, [schedule.municipality.id]);
  if (!checked.ok) return checked;
  const v = checked.value;

  const candidates = segmentsForCase(schedule.segments, v);
  if (!candidates.length) return { ok: false, errors: [{ kind: 'data', code: 'no-tariff' }] };

  // A later reading of an undated page replaces an earlier one (see latestReadings).
  let used = latestReadings(candidates.filter((s) => segmentCovers(s, v.date)), v.date);
  let stale: FeeQuote['stale'] = null;
  if (!used.length) {
    const latest = latestEndedBefore(candidates, v.date);
    if (!latest) {
      // Every candidate ended before the day or starts after it; none ended before, so all start later (and have a start).
      const earliestFrom = candidates.map((s) => s.validFrom).filter((d): d is string => d !== undefined).sort(compareIsoDates)[0]!;
      return { ok: false, errors: [{ kind: 'data', code: 'no-tariff-yet', earliestFrom }] };
    }
    used = latest.segments;
    const latestFrom = used.map((s) => s.validFrom).filter((d): d is string => d !== undefined).sort(compareIsoDates)[0] ?? latest.until;
    stale = { latestYear: yearOf(latest.until), latestFrom, latestUntil: latest.until };
  }

  const figures = toFigures(used);
  const conflictIds = [...new Set(figures.flatMap((f) => f.conflicts))];
  const conflicts = conflictIds.map((id) => schedule.conflicts.find((c) => c.id === id)).filter((c): c is FeeConflictEntry => c !== undefined);
  const unknown = figures.find((f) => f.total === null && f.surcharge !== null);
  const facts = schedule.cards[v.card];
  const product = facts ? federalProductFor(facts, v.band, v.procedure) : null;
  const federalUnknown = unknown
    ? { year: yearOf(stale ? stale.latestFrom : v.date), product, latest: latestFederalOn(schedule.federalPrices, product, stale ? stale.latestUntil : v.date) }
    : null;
  const single = figures.length === 1 ? figures[0]! : null;
  const seenOn = figures.map((f) => f.seenOn).filter((d): d is string => d !== undefined).sort(compareIsoDates)[0];
  const seen = seenOn ? { on: seenOn, old: compareIsoDates(v.date, toIsoDate(addMonths(parseIsoDate(seenOn)!, SEEN_FIGURE_FRESH_MONTHS))) > 0 } : null;
  return {
    ok: true,
    quote: {
      municipality: v.municipality,
      card: v.card,
      age: v.age,
      band: v.band,
      procedure: v.procedure,
      reason: v.reason,
      situation: v.situation,
      date: v.date,
      figures,
      total: single && single.total !== null ? single.total : null,
      conflict: figures.length > 1,
      conflicts,
      stale,
      seen,
      federalUnknown,
    },
  };
}
