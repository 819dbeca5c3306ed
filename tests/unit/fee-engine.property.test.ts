import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEEN_FIGURE_FRESH_MONTHS, computeFee, type FeeRequest } from '../../src/lib/fee-engine.ts';
import { expandFeeRows, segmentCovers } from '../../src/lib/fee-schedule.ts';
import { SITUATIONS } from '../../src/lib/vocabulary.ts';
import type { FeeRow } from '../../src/schemas/municipality.ts';
import { addDays, addMonths, parseIsoDate, toIsoDate } from '../../src/lib/plain-date.ts';
import { feeDataFiles, loadContent } from './fee-fixtures.ts';

const files = [...feeDataFiles().values()];
const cardIds = Object.keys(files[0]!.cards);
/**
 * The real files with every undated (seenOn) row turned into a closed 2024–2025 tariff, so the
 * rules for dated tariffs (stale figures after the last day) run on real cards and amounts.
 */
const content = loadContent();
const dated = files.map((data) => {
  const rows = data.rows.map(({ seenOn: _seen, ...row }) => ({ ...row, validFrom: '2024-01-01', validUntil: '2025-12-31' }) as FeeRow);
  return { ...data, rows, segments: expandFeeRows(rows, content.cards, content.federalPrices) };
});
const INPUT_CODES = new Set(['missing', 'unknown', 'child-card', 'invalid', 'too-old', 'mismatch', 'after-date']);

/** Anything at all: right values, near misses and junk. */
const anything = fc.oneof(fc.constant(undefined), fc.constant(null), fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.object());
const isoDay = fc.date({ min: new Date('1890-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const recentDay = fc.date({ min: new Date('2023-06-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const mostly = <T>(good: fc.Arbitrary<T>) => fc.oneof({ arbitrary: good, weight: 6 }, { arbitrary: anything, weight: 1 });
const request = fc.record(
  {
    municipality: mostly(fc.constantFrom(...files.map((f) => f.municipality.id))),
    card: mostly(fc.constantFrom(...cardIds, 'EU+', 'K', 'f+', 'M')),
    age: mostly(fc.oneof({ arbitrary: fc.integer({ min: 0, max: 99 }), weight: 3 }, { arbitrary: fc.integer({ min: -5, max: 140 }), weight: 1 }, { arbitrary: fc.integer({ min: 0, max: 99 }).map(String), weight: 2 })),
    birthdate: fc.oneof({ arbitrary: fc.constant(undefined), weight: 20 }, { arbitrary: isoDay, weight: 1 }, { arbitrary: anything, weight: 1 }),
    procedure: mostly(fc.constantFrom('normal', 'urgent')),
    reason: mostly(fc.constantFrom(...SITUATIONS, 'duplicate')),
    date: mostly(fc.oneof({ arbitrary: recentDay, weight: 4 }, { arbitrary: isoDay, weight: 1 })),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<FeeRequest>;
const schedule = fc.oneof({ arbitrary: fc.constantFrom(...files), weight: 6 }, { arbitrary: fc.constant(undefined), weight: 1 });

describe('fee engine properties', () => {
  it('returns a quote or typed errors for any input, never throws, never NaN or a negative total', () => {
    let quotes = 0;
    fc.assert(
      fc.property(schedule, request, fc.integer({ min: 0, max: 3 }), (data, generated, pick) => {
        // Mostly ask the schedule about its own municipality, sometimes about any other value.
        const req = data && pick > 0 && 'municipality' in generated ? { ...generated, municipality: data.municipality.id } : generated;
        const r = computeFee(data, req);
        if (r.ok) {
          quotes += 1;
          expect(r.quote.figures.length).toBeGreaterThan(0);
          for (const f of r.quote.figures) {
            for (const n of [f.total, f.federal, f.surcharge]) {
              if (n !== null) {
                expect(Number.isInteger(n)).toBe(true);
                expect(n).toBeGreaterThanOrEqual(0);
              }
            }
            if (f.total !== null && f.federal !== null && f.surcharge !== null) expect(f.total).toBe(f.federal + f.surcharge);
          }
          if (r.quote.total !== null) expect(Number.isInteger(r.quote.total) && r.quote.total >= 0).toBe(true);
          expect(r.quote.conflict).toBe(r.quote.figures.length > 1);
          expect(Number.isInteger(r.quote.age) && r.quote.age >= 0).toBe(true);
        } else {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) {
            if (e.kind === 'input') expect(INPUT_CODES.has(e.code)).toBe(true);
            else expect(['no-tariff', 'no-tariff-yet']).toContain(e.code);
          }
        }
      }),
      { numRuns: 3000 },
    );
    // The generator must reach real quotes too, not only errors (about 4% of the runs, some 120 of 3000).
    expect(quotes).toBeGreaterThan(50);
  });

  /** Every case a segment describes, on a day inside its validity. */
  const segmentCase = fc
    .constantFrom(...[...files, ...dated].flatMap((data) => data.segments.map((segment) => ({ data, segment }))))
    .chain(({ data, segment }) => {
      // A segment without a start (an undated source) covers every day: try days from 1990 on.
      const start = segment.validFrom ?? '1990-01-01';
      const from = parseIsoDate(start)!;
      const span = segment.validUntil ? Math.max(0, (Date.parse(segment.validUntil) - Date.parse(start)) / 86_400_000) : 20_000;
      return fc.record({
        data: fc.constant(data),
        segment: fc.constant(segment),
        card: fc.constantFrom(...segment.cards),
        reason: fc.constantFrom(...segment.reasons),
        age: segment.age === 'under-12' ? fc.integer({ min: 0, max: 11 }) : segment.age === '12-plus' ? fc.integer({ min: 12, max: 120 }) : fc.integer({ min: 0, max: 120 }),
        date: fc.integer({ min: 0, max: span }).map((n) => toIsoDate(addDays(from, n))),
      });
    });

  it('a date inside a row’s validity always picks that row (and only rows valid on that date)', () => {
    fc.assert(
      fc.property(segmentCase, ({ data, segment, card, reason, age, date }) => {
        const r = computeFee(data, { municipality: data.municipality.id, card, age, procedure: segment.procedure, reason, date });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.quote.stale).toBeNull();
        const figure = r.quote.figures.find((f) => f.rows.includes(segment.row) && f.total === segment.total);
        expect(figure, `row ${segment.row} of ${data.municipality.id} on ${date}`).toBeDefined();
        const used = r.quote.figures.flatMap((f) => f.rows);
        for (const row of used) {
          const covering = data.segments.filter((s) => s.row === row && s.cards.includes(card) && segmentCovers(s, date));
          expect(covering.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('after the last day of a closed tariff, the quote is marked stale with that tariff’s year', () => {
    const closed = dated.flatMap((data) => data.segments.filter((s) => s.validUntil).map((segment) => ({ data, segment })));
    fc.assert(
      fc.property(fc.constantFrom(...closed), fc.integer({ min: 1, max: 2000 }), ({ data, segment }, after) => {
        const date = toIsoDate(addDays(parseIsoDate(segment.validUntil!)!, after));
        const card = segment.cards[0]!;
        const age = segment.age === 'under-12' ? 5 : 30;
        const r = computeFee(data, { municipality: data.municipality.id, card, age, procedure: segment.procedure, reason: segment.reasons[0], date });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const stillCovered = data.segments.some((s) => s.cards.includes(card) && s.procedure === segment.procedure && segmentCovers(s, date) && (s.age === 'any' || s.age === (age < 12 ? 'under-12' : '12-plus')) && s.reasons.includes(segment.reasons[0]!));
        if (stillCovered) expect(r.quote.stale).toBeNull();
        else expect(r.quote.stale?.latestYear).toBeGreaterThanOrEqual(Number(segment.validUntil!.slice(0, 4)));
      }),
      { numRuns: 500 },
    );
    expect(closed.length).toBeGreaterThan(0);
  });

  it('an undated (seenOn) segment is never stale and always says when it was read', () => {
    const undated = files.flatMap((data) => data.segments.filter((s) => s.seenOn).map((segment) => ({ data, segment })));
    expect(undated.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.constantFrom(...undated), isoDay, ({ data, segment }, date) => {
        const age = segment.age === 'under-12' ? 5 : 30;
        const r = computeFee(data, { municipality: data.municipality.id, card: segment.cards[0], age, procedure: segment.procedure, reason: segment.reasons[0], date });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.quote.stale).toBeNull();
        expect(r.quote.seen?.on).toBe(segment.seenOn);
        expect(r.quote.seen?.old).toBe(date > toIsoDate(addMonths(parseIsoDate(segment.seenOn!)!, SEEN_FIGURE_FRESH_MONTHS)));
      }),
      { numRuns: 500 },
    );
  });
});
