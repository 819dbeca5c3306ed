/**
 * One rule for "no price known for this day": a surcharge row whose federal price is not known
 * yet gives the latest known total (last year's federal price plus the surcharge), labelled with
 * that year, in the segments (open data and tables), the card pages' cost range and the calculator.
 */
import { describe, expect, it } from 'vitest';
import { costRange, expandFeeRows, knownTotal } from '../../src/lib/fee-schedule.ts';
import { computeFee } from '../../src/lib/fee-engine.ts';
import { feeRowSchema } from '../../src/schemas/municipality.ts';
import { loadContent } from './fee-fixtures.ts';

const { cards, federalPrices } = loadContent();
const row = feeRowSchema.parse({ cards: ['a'], age: '12-plus', procedure: 'normal', reasons: ['renewal'], validFrom: '2025-01-01', surcharge: 200, sources: ['koekelberg-page'] });
const segments = expandFeeRows([row], cards, federalPrices);
const federal2025 = federalPrices.find((p) => p.id === 'biometric-2025')!;

describe('the latest known total', () => {
  it('is last year\'s federal price plus the surcharge, labelled with that year, where no federal price is known', () => {
    const open = segments.find((s) => s.total === null)!;
    expect(open.validFrom).toBe('2026-01-01');
    expect(open.parts?.latest).toEqual({ amount: federal2025.amount, year: 2025, id: 'biometric-2025' });
    expect(knownTotal(open)).toEqual({ total: federal2025.amount + 200, latestYear: 2025 });
    // Never lower than a real total: the municipal part is always in it.
    expect(knownTotal(open)!.total).toBeGreaterThan(federal2025.amount);
    const known = segments.find((s) => s.total !== null)!;
    expect(knownTotal(known)).toEqual({ total: federal2025.amount + 200 });
  });

  it('gives the card page\'s cost range and the calculator the same figure and year', () => {
    expect(costRange([segments], 'a', '2026-12-01', '12-plus')).toEqual({ min: federal2025.amount + 200, max: federal2025.amount + 200, latestYear: 2025 });
    expect(costRange([segments], 'a', '2025-06-01', '12-plus')).toEqual({ min: federal2025.amount + 200, max: federal2025.amount + 200, latestYear: undefined });
    const schedule = {
      municipality: { id: 'test', name: { nl: 'Test', fr: 'Test', en: 'Test' } },
      segments,
      conflicts: [],
      federalPrices,
      cards: Object.fromEntries([...cards].map(([id, c]) => [id, { code: c.code, kind: c.kind, feeGroup: c.feeGroup }])),
    };
    const r = computeFee(schedule as never, { municipality: 'test', card: 'a', age: 30, procedure: 'normal', reason: 'renewal', date: '2026-12-01' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.quote.total).toBeNull();
    expect(r.quote.federalUnknown?.latest).toEqual({ amount: federal2025.amount, year: 2025, id: 'biometric-2025' });
  });
});
