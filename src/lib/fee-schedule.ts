/**
 * Turns a municipality's fee rows into concrete, dated amounts.
 *
 * A row is either a published total or a municipal surcharge that is added to the federal
 * production price valid on the same day. A surcharge row therefore splits into one segment
 * per federal price period (and a segment with an unknown total where no federal price is
 * known), each with its own validity and sources. Pure and framework-free.
 */
import type { CardType } from '../schemas/card-type.ts';
import type { FederalPrice, FederalProduct } from '../schemas/federal-price.ts';
import type { FeeRow } from '../schemas/municipality.ts';
import type { AgeBand, Procedure, Reason } from './vocabulary.ts';
import { compareIsoDates, localeFor } from './plain-date.ts';
import { covers, dayAfter, dayBefore, earlierEnd, laterStart, latestReadings, overlap } from './periods.ts';

export type CardFacts = Pick<CardType, 'feeGroup'>;

/** One dated amount for a set of cards. `total` is null when the federal price for that period is unknown. */
export interface FeeSegment {
  cards: string[];
  age: AgeBand;
  procedure: Procedure;
  reasons: Reason[];
  /** First day; absent when the source gives no start date (then `seenOn` says when it was read). */
  validFrom?: string | undefined;
  validUntil?: string | undefined;
  /** For an undated source: the day an editor read it and saw this amount. */
  seenOn?: string | undefined;
  total: number | null;
  /**
   * Present for surcharge rows: the federal part (null when unknown) and the municipal part.
   * Where the federal part is unknown, `latest` is the latest federal price known before the
   * segment (see knownTotal): what the total was in that year.
   */
  parts?: { federal: number | null; federalPriceId?: string | undefined; surcharge: number; latest?: LatestFederal | undefined } | undefined;
  sources: string[];
  conflict?: string | undefined;
  note?: FeeRow['note'];
  /** Index of the row in the municipality file (0-based), for editors and tracing. */
  row: number;
}

/** A federal price of a past year, for a day its price is not known yet. */
export interface LatestFederal {
  amount: number;
  year: number;
  id: string;
}

/** The latest federal price of a product that started on or before a day (undefined day: none). */
export function latestFederalOn(prices: readonly FederalPrice[], product: FederalProduct | null, iso: string | undefined): LatestFederal | null {
  if (!product || !iso) return null;
  const known = prices.filter((p) => p.product === product && compareIsoDates(p.validFrom, iso) <= 0).sort((a, b) => compareIsoDates(a.validFrom, b.validFrom));
  const p = known.at(-1);
  return p ? { amount: p.amount, year: Number(p.validFrom.slice(0, 4)), id: p.id } : null;
}

/**
 * The one rule for "what does this segment cost?", used by the fee tables, the card pages'
 * cost range, the calculators and the open data: its total; or, where the federal price of its
 * period is not known yet, the latest known total (a past year's federal price plus the
 * municipal surcharge), labelled with that year. Never a figure lower than a total: the
 * municipal part is always in it. Null when nothing is known.
 */
export function knownTotal(s: Pick<FeeSegment, 'total' | 'parts'>): { total: number; latestYear?: number | undefined } | null {
  if (s.total !== null) return { total: s.total };
  const l = s.parts?.latest;
  return l && s.parts ? { total: l.amount + s.parts.surcharge, latestYear: l.year } : null;
}

/** The federal product whose price applies to a card, for an age band and procedure; null when it cannot be told. */
export function federalProductFor(card: CardFacts, age: AgeBand, procedure: Procedure): FederalProduct | null {
  if (procedure === 'urgent') return 'urgent';
  if (age === 'any') return null;
  const g = card.feeGroup;
  if (age === 'under-12') return g === 'biometric' ? 'child-biometric' : g === 'non-biometric' ? 'child-non-biometric' : null;
  return g === 'biometric' || g === 'non-biometric' ? g : null;
}


/** Splits one surcharge row for one federal product into segments along the federal price periods. */
function splitByFederalPeriods(
  from: string | undefined,
  until: string | undefined,
  product: FederalProduct | null,
  prices: readonly FederalPrice[],
): Array<{ from?: string | undefined; until?: string | undefined; price: FederalPrice | null }> {
  const relevant = (product ? prices.filter((p) => p.product === product) : [])
    .filter((p) => overlap(p, { validFrom: from, validUntil: until }) !== undefined)
    .sort((a, b) => compareIsoDates(a.validFrom, b.validFrom));
  const out: Array<{ from?: string | undefined; until?: string | undefined; price: FederalPrice | null }> = [];
  // `done` once the cursor has passed the row's end; the cursor itself may be the open start.
  let cursor: string | undefined = from;
  let done = false;
  for (const p of relevant) {
    if (done) break;
    const start = laterStart(cursor, p.validFrom)!;
    if (cursor === undefined || compareIsoDates(start, cursor) > 0) out.push({ from: cursor, until: dayBefore(start), price: null });
    const end = earlierEnd(until, p.validUntil);
    out.push({ from: start, until: end, price: p });
    if (end === undefined || (until !== undefined && compareIsoDates(end, until) >= 0)) done = true;
    else cursor = dayAfter(end);
  }
  if (!done) out.push({ from: cursor, until, price: null });
  return out;
}

/** Expands every fee row of a municipality into dated segments with concrete totals. */
export function expandFeeRows(rows: readonly FeeRow[], cardTypes: ReadonlyMap<string, CardFacts>, prices: readonly FederalPrice[]): FeeSegment[] {
  const segments: FeeSegment[] = [];
  rows.forEach((row, index) => {
    const base = {
      age: row.age,
      procedure: row.procedure,
      reasons: row.reasons,
      sources: row.sources,
      conflict: row.conflict,
      note: row.note,
      ...(row.seenOn ? { seenOn: row.seenOn } : {}),
      row: index,
    };
    if ('total' in row) {
      segments.push({ ...base, cards: row.cards, validFrom: row.validFrom, validUntil: row.validUntil, total: row.total });
      return;
    }
    // Group the row's cards by federal product, so each segment names one price.
    const byProduct = new Map<FederalProduct | null, string[]>();
    for (const card of row.cards) {
      const facts = cardTypes.get(card);
      const product = facts ? federalProductFor(facts, row.age, row.procedure) : null;
      byProduct.set(product, [...(byProduct.get(product) ?? []), card]);
    }
    for (const [product, cards] of byProduct) {
      for (const part of splitByFederalPeriods(row.validFrom, row.validUntil, product, prices)) {
        const federal = part.price?.amount ?? null;
        // No federal price for this period: the one before it (if any) tells the latest known total.
        const latest = federal === null ? latestFederalOn(prices, product, part.from) : null;
        segments.push({
          ...base,
          cards,
          validFrom: part.from,
          validUntil: part.until,
          total: federal === null ? null : federal + row.surcharge,
          parts: { federal, federalPriceId: part.price?.id, surcharge: row.surcharge, ...(latest ? { latest } : {}) },
          sources: part.price ? [...new Set([...part.price.sources, ...row.sources])] : row.sources,
        });
      }
    }
  });
  return segments;
}

/** Formats cents as euros for a language with Intl ("€ 129,50" in Dutch). */
export function formatEuro(cents: number, lang: string): string {
  return new Intl.NumberFormat(localeFor(lang), { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** True when an ISO date lies inside a segment's validity. */
export function segmentCovers(s: Pick<FeeSegment, 'validFrom' | 'validUntil'>, iso: string): boolean {
  return covers(s, iso);
}

/**
 * Where no segment covers a day: the segments that ended last before it (the latest known
 * tariff) and that end date. Null when none ended before the day.
 */
export function latestEndedBefore<S extends Pick<FeeSegment, 'validFrom' | 'validUntil'>>(segments: readonly S[], iso: string): { segments: S[]; until: string } | null {
  const past = segments.filter((s) => s.validUntil !== undefined && compareIsoDates(s.validUntil, iso) < 0);
  if (!past.length) return null;
  const until = past.map((s) => s.validUntil!).sort(compareIsoDates).at(-1)!;
  return { segments: past.filter((s) => s.validUntil === until), until };
}

/** The amounts a cost range is made of: per municipality, the totals that hold on the day (or its latest known ones), with their sources. */
function rangeAmounts(schedules: Iterable<readonly FeeSegment[]>, card: string, iso: string, age: AgeBand): { amounts: Array<{ total: number; sources: readonly string[] }>; latestYear: number | undefined } {
  const amounts: Array<{ total: number; sources: readonly string[] }> = [];
  let latestYear: number | undefined;
  for (const segments of schedules) {
    const known = segments.filter((s) => s.cards.includes(card) && s.procedure === 'normal' && (s.age === age || s.age === 'any') && knownTotal(s) !== null);
    const older = (year: number) => (latestYear = latestYear === undefined ? year : Math.min(latestYear, year));
    const today = latestReadings(known.filter((s) => segmentCovers(s, iso)), iso);
    if (today.length) {
      for (const s of today) {
        const k = knownTotal(s)!;
        amounts.push({ total: k.total, sources: s.sources });
        if (k.latestYear !== undefined) older(k.latestYear);
      }
      continue;
    }
    const latest = latestEndedBefore(known, iso);
    if (!latest) continue;
    amounts.push(...latest.segments.map((s) => ({ total: knownTotal(s)!.total, sources: s.sources })));
    older(Number(latest.until.slice(0, 4)));
  }
  return { amounts, latestYear };
}

/**
 * The lowest and highest known normal-procedure amount of a card across municipalities on a day.
 * Where a municipality has no amount for that day, its latest known amounts count and
 * `latestYear` tells from which year they are.
 */
export function costRange(
  schedules: Iterable<readonly FeeSegment[]>,
  card: string,
  iso: string,
  age: AgeBand = '12-plus',
): { min: number; max: number; latestYear?: number | undefined } | null {
  const { amounts, latestYear } = rangeAmounts(schedules, card, iso, age);
  if (!amounts.length) return null;
  return { min: Math.min(...amounts.map((a) => a.total)), max: Math.max(...amounts.map((a) => a.total)), latestYear };
}

/**
 * The sources of a cost range's two ends: the sources of every amount equal to its lowest or
 * highest total (a page links each figure to its source; the amounts in between are not shown).
 */
export function costRangeSources(schedules: Iterable<readonly FeeSegment[]>, card: string, iso: string, age: AgeBand = '12-plus'): string[] {
  const { amounts } = rangeAmounts(schedules, card, iso, age);
  if (!amounts.length) return [];
  const min = Math.min(...amounts.map((a) => a.total));
  const max = Math.max(...amounts.map((a) => a.total));
  return [...new Set(amounts.filter((a) => a.total === min || a.total === max).flatMap((a) => a.sources))].sort();
}
