import { describe, expect, it } from 'vitest';
import { requirementsFor } from '../../src/lib/requirements.ts';
import { computeFee, type FeeQuote, type FeeRequest } from '../../src/lib/fee-engine.ts';
import { feeDataFiles } from './fee-fixtures.ts';

const files = feeDataFiles();
const voorbeeldgemeente = files.get('voorbeeldgemeente')!;
const voorbeeld = files.get('voorbeeldgemeente')!;
const koekelberg = files.get('koekelberg')!;

const quote = (data: typeof voorbeeld, req: FeeRequest): FeeQuote => {
  const r = computeFee(data, { municipality: data.municipality.id, procedure: 'normal', reason: 'renewal', ...req });
  if (!r.ok) throw new Error(`Expected a quote for ${JSON.stringify(req)}, got ${JSON.stringify(r.errors)}`);
  return r.quote;
};
const amounts = (q: FeeQuote) => q.figures.map((f) => f.total);

describe('seed 000 (Voorbeeldgemeente): published totals read on an undated page (seenOn)', () => {
  it.each([
    // card, age, procedure, total
    ['eu', 30, 'normal', 2110],
    ['f-plus', 12, 'normal', 2110],
    ['m', 40, 'normal', 2110],
    ['a', 30, 'normal', 2160],
    ['K', 50, 'normal', 2160],
    ['h', 25, 'normal', 2160],
    ['a', 30, 'urgent', 11840],
    ['EU+', 30, 'urgent', 11840],
    ['n', 30, 'urgent', 11840],
    ['eu', 8, 'normal', 770],
    ['f', 0, 'normal', 770],
    ['a', 11, 'normal', 1070],
    ['l', 3, 'normal', 1070],
  ] as const)('%s, age %i, %s procedure on 2024-06-01 costs %i cents', (card, age, procedure, total) => {
    const q = quote(voorbeeld, { card, age, procedure, date: '2024-06-01' });
    expect(q.total).toBe(total);
    expect(q.figures).toHaveLength(1);
    expect(q.figures[0]).toMatchObject({ total, federal: null, surcharge: null, seenOn: '2026-11-23' });
    expect(q.figures[0]!.validFrom).toBeUndefined();
    expect(q.figures[0]!.validUntil).toBeUndefined();
    expect(q.figures[0]!.sources).toEqual(['voorbeeldgemeente-page']);
    expect(q.conflict).toBe(false);
    expect(q.stale).toBeNull();
    expect(q.federalUnknown).toBeNull();
  });

  it('gives the same published total on any day (a seenOn row covers every day)', () => {
    for (const date of ['2020-01-01', '2025-03-10', '2026-11-23', '2030-06-01']) {
      const q = quote(voorbeeld, { card: 'k', age: 30, date });
      expect(q.total).toBe(2160);
      expect(q.stale).toBeNull();
    }
  });

  it('marks a quote from a seenOn row with the day it was read, and as old more than 6 months later', () => {
    const fresh = quote(voorbeeld, { card: 'a', age: 30, date: '2026-12-01' });
    expect(fresh.figures[0]!.validFrom).toBeUndefined();
    expect(fresh.seen).toEqual({ on: '2026-11-23', old: false });
    const later = quote(voorbeeld, { card: 'a', age: 30, date: '2027-07-01' });
    expect(later.seen).toEqual({ on: '2026-11-23', old: true });
    expect(later.total).toBe(2160);
  });

  it('has no normal-procedure tariff for the N card (the page does not say which amount it costs)', () => {
    const r = computeFee(voorbeeld, { municipality: 'voorbeeldgemeente', card: 'n', age: 30, procedure: 'normal', reason: 'first', date: '2024-06-01' });
    expect(r).toEqual({ ok: false, errors: [{ kind: 'data', code: 'no-tariff' }] });
  });

  it('has no tariff for the orange card or for an H card under 12', () => {
    for (const req of [{ card: 'orange', age: 30 }, { card: 'h', age: 5 }]) {
      const r = computeFee(voorbeeld, { municipality: 'voorbeeldgemeente', procedure: 'normal', reason: 'first', date: '2024-06-01', ...req });
      expect(r).toEqual({ ok: false, errors: [{ kind: 'data', code: 'no-tariff' }] });
    }
  });
});

describe('seed 003 (Koekelberg): published totals read on an undated page (seenOn)', () => {
  const on = '2025-06-01';
  it.each([
    // card, age, procedure, reason, total
    ['k', 30, 'normal', 'renewal', 2540],
    ['L', 30, 'normal', 'first', 2540],
    ['EU+', 30, 'normal', 'duplicate', 2540],
    ['f-plus', 12, 'normal', 'renewal', 2540],
    ['K', 30, 'urgent', 'renewal', 12950],
    ['eu-plus', 45, 'urgent', 'first', 12950],
    ['a', 30, 'normal', 'first', 2550],
    ['eu', 30, 'normal', 'first', 2550],
    ['f', 30, 'normal', 'first', 2550],
    ['a', 30, 'normal', 'renewal', 2540],
    ['b', 30, 'normal', 'renewal', 2540],
    ['eu', 30, 'normal', 'duplicate', 2540],
    ['f', 30, 'normal', 'duplicate', 2540],
    ['b', 30, 'urgent', 'renewal', 12950],
    ['orange', 30, 'normal', 'first', 800],
    ['orange', 4, 'normal', 'first', 800],
    ['a', 8, 'urgent', 'first', 12950],
    ['k', 11, 'urgent', 'renewal', 12950],
  ] as const)('%s, age %i, %s, %s costs %i cents', (card, age, procedure, reason, total) => {
    const q = quote(koekelberg, { card, age, procedure, reason, date: on });
    expect(q.total).toBe(total);
    expect(q.figures).toHaveLength(1);
    expect(q.figures[0]).toMatchObject({ total, federal: null, surcharge: null, validFrom: undefined, validUntil: undefined, seenOn: '2026-11-23', sources: ['koekelberg-page'] });
    expect(q.conflict).toBe(false);
  });

  it.each([
    ['eu', [600, 900]],
    ['f', [600, 900]],
    ['eu-plus', [600, 900]],
    ['F+', [600, 900]],
    ['a', [600, 1200]],
    ['b', [600, 1200]],
    ['k', [600, 1200]],
    ['l', [600, 1200]],
  ] as const)('child under 12 with a %s card: returns both figures %j (conflict kids-normal)', (card, expected) => {
    const q = quote(koekelberg, { card, age: 7, reason: 'first', date: on });
    expect(amounts(q)).toEqual(expected);
    expect(q.total).toBeNull();
    expect(q.conflict).toBe(true);
    expect(q.conflicts.map((c) => c.id)).toEqual(['kids-normal']);
    expect(q.conflicts[0]!.sources).toEqual(['koekelberg-page']);
    expect(q.figures.every((f) => f.conflicts.includes('kids-normal'))).toBe(true);
  });

  it.each(['eu', 'f', 'eu-plus', 'f-plus'])('child under 12, urgent, %s card: returns 118.00 and 118.10 (conflict kids-urgent)', (card) => {
    const q = quote(koekelberg, { card, age: 10, procedure: 'urgent', date: on });
    expect(amounts(q)).toEqual([11800, 11810]);
    expect(q.conflicts.map((c) => c.id)).toEqual(['kids-urgent']);
    // The 118.00 row carries the page's "from 1 February" remark.
    expect(q.figures[0]!.notes[0]?.en).toMatch(/1 February/);
  });

  it('keeps showing the published total later, marked as read on 2026-11-23 (never stale)', () => {
    const q = quote(koekelberg, { card: 'K', age: 30, procedure: 'urgent', date: '2027-03-01' });
    expect(q.stale).toBeNull();
    expect(q.total).toBe(12950);
    expect(q.seen).toEqual({ on: '2026-11-23', old: false });
  });

  it('keeps the conflict on a day long after the reading, and says the figures may be old', () => {
    const q = quote(koekelberg, { card: 'a', age: 5, date: '2027-08-01' });
    expect(q.stale).toBeNull();
    expect(q.seen).toEqual({ on: '2026-11-23', old: true });
    expect(amounts(q)).toEqual([600, 1200]);
    expect(q.conflict).toBe(true);
  });

  it('has no tariff for a first B card, an urgent orange card or an H card', () => {
    for (const req of [{ card: 'b', reason: 'first' }, { card: 'orange', reason: 'first', procedure: 'urgent' }, { card: 'h', reason: 'renewal' }]) {
      const r = computeFee(koekelberg, { municipality: 'koekelberg', age: 30, procedure: 'normal', date: on, ...req });
      expect(r).toEqual({ ok: false, errors: [{ kind: 'data', code: 'no-tariff' }] });
    }
  });

  it('has a tariff on a day before the reading too (an undated source gives no start day)', () => {
    const q = quote(koekelberg, { card: 'k', age: 30, date: '2024-12-31' });
    expect(q.total).toBe(2540);
    expect(q.figures[0]!.validFrom).toBeUndefined();
  });
});

describe('age and date of birth', () => {
  it('decides the age band on the given date from the date of birth', () => {
    expect(quote(koekelberg, { card: 'a', birthdate: '2013-06-02', date: '2025-06-01', reason: 'first' }).band).toBe('under-12');
    const q = quote(koekelberg, { card: 'a', birthdate: '2013-06-01', date: '2025-06-01', reason: 'first' });
    expect(q).toMatchObject({ band: '12-plus', age: 12, total: 2550 });
  });

  it('accepts age and date of birth together when they agree, and says so when they do not', () => {
    expect(quote(koekelberg, { card: 'k', age: 12, birthdate: '2013-06-01', date: '2025-06-01' }).age).toBe(12);
    const r = computeFee(koekelberg, { municipality: 'koekelberg', card: 'k', age: 30, birthdate: '2013-06-01', procedure: 'normal', reason: 'renewal', date: '2025-06-01' });
    expect(r).toEqual({ ok: false, errors: [{ kind: 'input', field: 'age', code: 'mismatch', ageFromBirthdate: 12 }] });
  });
});

describe('typed errors', () => {
  const base = { municipality: 'koekelberg', card: 'k', age: 30, procedure: 'normal', reason: 'renewal', date: '2025-06-01' };
  const errorsFor = (req: FeeRequest) => {
    const r = computeFee(koekelberg, req);
    expect(r.ok).toBe(false);
    return r.ok ? [] : r.errors;
  };

  it('lists every missing answer at once', () => {
    expect(errorsFor({}).map((e) => (e.kind === 'input' ? `${e.field}:${e.code}` : e.code))).toEqual([
      'municipality:missing', 'card:missing', 'date:missing', 'age:missing', 'procedure:missing', 'reason:missing',
    ]);
  });

  it.each([
    [{ date: '2025-02-30' }, { field: 'date', code: 'invalid' }],
    [{ date: 'tomorrow' }, { field: 'date', code: 'invalid' }],
    [{ age: 'abc' }, { field: 'age', code: 'invalid' }],
    [{ age: -1 }, { field: 'age', code: 'invalid' }],
    [{ age: 2.5 }, { field: 'age', code: 'invalid' }],
    [{ age: Number.NaN }, { field: 'age', code: 'invalid' }],
    [{ age: 200 }, { field: 'age', code: 'too-old' }],
    [{ age: undefined, birthdate: '2030-01-01' }, { field: 'birthdate', code: 'after-date' }],
    [{ age: undefined, birthdate: '1850-01-01' }, { field: 'birthdate', code: 'too-old' }],
    [{ age: undefined, birthdate: '01/02/2000' }, { field: 'birthdate', code: 'invalid' }],
    [{ card: 'child' }, { field: 'card', code: 'child-card' }],
    [{ card: 'Z' }, { field: 'card', code: 'unknown' }],
    [{ card: 42 }, { field: 'card', code: 'unknown' }],
    [{ municipality: 'atlantis' }, { field: 'municipality', code: 'unknown' }],
    [{ procedure: 'fast' }, { field: 'procedure', code: 'invalid' }],
    [{ reason: 'gift' }, { field: 'reason', code: 'invalid' }],
  ] as const)('%j gives %j', (change, expected) => {
    expect(errorsFor({ ...base, ...change })).toEqual([{ kind: 'input', ...expected }]);
  });

  it('treats a schedule that is not loaded as an unknown municipality', () => {
    expect(computeFee(undefined, base)).toEqual({ ok: false, errors: [{ kind: 'input', field: 'municipality', code: 'unknown' }] });
  });
});

describe('what to bring', () => {
  const list = (data: typeof koekelberg, req: FeeRequest) => {
    const q = quote(data, { date: '2025-06-01', ...req });
    const on = (stage: 'application' | 'collection') => requirementsFor(data.checklist, { card: q.card, situation: q.situation, band: q.band, stage, date: q.date }).map((i) => i.id);
    return { application: on('application'), collection: on('collection') };
  };

  const local = (data: typeof koekelberg) => new Set(data.checklist.filter((e) => e.municipality).map((e) => e.id));

  it('differs for a first card, a renewal, a lost card and a damaged card (annex 12)', () => {
    const first = list(koekelberg, { card: 'a', age: 30, reason: 'first' });
    const renewal = list(koekelberg, { card: 'a', age: 30, reason: 'renewal' });
    const lost = list(koekelberg, { card: 'a', age: 30, reason: 'lost-stolen' });
    const damaged = list(koekelberg, { card: 'a', age: 30, reason: 'damaged' });
    expect(first.application).toEqual(expect.arrayContaining(['photo', 'invitation', 'passport', 'fee']));
    expect(first.application).not.toContain('current-card');
    expect(renewal.application).toEqual(expect.arrayContaining(['photo', 'current-card', 'passport']));
    expect(lost.application).toEqual(expect.arrayContaining(['annex-12', 'passport-or-id']));
    expect(lost.application).not.toContain('current-card');
    expect(lost.application).not.toContain('damaged-card');
    expect(damaged.application).toEqual(expect.arrayContaining(['damaged-card', 'passport-or-id']));
    expect(damaged.application).not.toContain('annex-12');
    expect(lost.collection).toEqual(expect.arrayContaining(['pin-puk-letter', 'collection-annex-12']));
    expect(renewal.collection).toEqual(expect.arrayContaining(['pin-puk-letter', 'collection-current-card']));
    expect(first.collection).toContain('collection-temporary');
  });

  it('reads the old reason "duplicate" as a lost or stolen card', () => {
    const q = quote(koekelberg, { card: 'a', age: 30, reason: 'duplicate', date: '2025-06-01' });
    expect(q.situation).toBe('lost-stolen');
    expect(list(koekelberg, { card: 'a', age: 30, reason: 'duplicate' })).toEqual(list(koekelberg, { card: 'a', age: 30, reason: 'lost-stolen' }));
  });

  it('lists the child’s own items under 12 and no adult photo rule', () => {
    const child = list(koekelberg, { card: 'eu', age: 6, reason: 'first' });
    expect(child.application).toEqual(expect.arrayContaining(['child-photo', 'child-parent', 'child-passport']));
    expect(child.application).not.toContain('photo');
    expect(child.application).not.toContain('invitation');
  });

  it('puts the most important items first (by order) and general items before local ones of the same order', () => {
    const items = requirementsFor(koekelberg.checklist, { card: 'a', situation: 'first', band: '12-plus', stage: 'application', date: '2025-06-01' });
    for (let i = 1; i < items.length; i++) {
      const [p, c] = [items[i - 1]!, items[i]!];
      expect(p.order < c.order || (p.order === c.order && (!p.municipality || Boolean(c.municipality)))).toBe(true);
    }
  });

  it('keeps Koekelberg’s own items out of other municipalities', () => {
    const v = list(voorbeeldgemeente, { card: 'a', age: 30, reason: 'first', date: '2024-06-01' });
    expect(koekelberg.checklist.filter((e) => e.municipality).every((e) => e.municipality === 'koekelberg')).toBe(true);
    expect(voorbeeldgemeente.checklist.some((e) => e.municipality === 'koekelberg')).toBe(false);
    expect(v.application).not.toContain('passport');
    expect(v.application).toEqual(expect.arrayContaining(['photo', 'invitation', 'fee']));
    expect(local(koekelberg).has('passport')).toBe(true);
  });
});
