import { describe, expect, it } from 'vitest';
import { covers, currentRule, dayAfter, dayBefore, latestReadings, overlap, periodWords, ruleOn } from '../../src/lib/periods.ts';

describe('periods', () => {
  it('covers inclusive ends and open ends', () => {
    expect(covers({ validFrom: '2025-01-01', validUntil: '2025-12-31' }, '2025-12-31')).toBe(true);
    expect(covers({ validFrom: '2025-01-01', validUntil: '2025-12-31' }, '2026-01-01')).toBe(false);
    expect(covers({ validUntil: '2025-12-31' }, '1990-05-01')).toBe(true);
    expect(covers({}, '2100-01-01')).toBe(true);
  });

  it('gives the day before and after across months and leap days', () => {
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayAfter('2025-12-31')).toBe('2026-01-01');
  });

  it('finds the shared days of two periods, open ends included', () => {
    expect(overlap({ validFrom: '2025-01-01' }, { validUntil: '2025-03-31' })).toEqual({ validFrom: '2025-01-01', validUntil: '2025-03-31' });
    expect(overlap({ validFrom: '2025-01-01', validUntil: '2025-01-31' }, { validFrom: '2025-02-01' })).toBeUndefined();
    expect(periodWords({ validFrom: '2025-01-01', validUntil: '2025-01-01' })).toBe('on 2025-01-01');
  });

  it('picks the rule of a day, and a page without a day the current or next one', () => {
    const rows = [{ validUntil: '2027-06-30', n: 1 }, { validFrom: '2027-07-01', n: 2 }];
    expect(ruleOn(rows, '2027-06-30')?.n).toBe(1);
    expect(ruleOn(rows, '2027-07-01')?.n).toBe(2);
    expect(currentRule([{ validFrom: '2030-01-01', n: 3 }], '2026-12-01')?.n).toBe(3);
    expect(ruleOn([{ validFrom: '2030-01-01', n: 3 }], '2026-12-01')).toBeUndefined();
  });

  it('lets a later reading of an undated page replace the earlier one, from its day on', () => {
    const rows = [{ seenOn: '2026-11-23', total: 2540 }, { seenOn: '2027-05-01', total: 2600 }, { validFrom: '2024-01-01', total: 1 }];
    expect(latestReadings(rows, '2027-04-30').map((r) => r.total)).toEqual([2540, 1]);
    expect(latestReadings(rows, '2027-05-01').map((r) => r.total)).toEqual([2600, 1]);
    expect(latestReadings(rows, '2020-01-01').map((r) => r.total)).toEqual([2540, 1]);
  });
});
