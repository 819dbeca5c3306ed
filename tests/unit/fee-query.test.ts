import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEE_PARAMS, checkFeeAnswers, emptyAnswers, hasAnyAnswer, isComplete, readFeeAnswers, writeFeeQuery, type FeeAnswers } from '../../src/lib/fee-query.ts';
import { SITUATIONS, readSituation } from '../../src/lib/vocabulary.ts';
import { feeDataFiles } from './fee-fixtures.ts';

const cards = feeDataFiles().get('koekelberg')!.cards;
const ctx = { cards, municipalities: ['koekelberg', 'voorbeeldgemeente'], today: { year: 2025, month: 6, day: 1 } };

describe('reading and writing the answers in the URL', () => {
  it('reads the shared link of the issue', () => {
    const a = readFeeAnswers('?municipality=koekelberg&card=K&age=30&procedure=urgent&reason=renewal&date=2025-06-01');
    expect(a).toEqual({ municipality: 'koekelberg', card: 'K', age: '30', birthdate: '', procedure: 'urgent', reason: 'renewal', date: '2025-06-01' });
    expect(isComplete(a)).toBe(true);
  });

  it('reads EU+ whether the plus is encoded or not, and ignores other parameters', () => {
    expect(readFeeAnswers('card=EU%2B&utm=x').card).toBe('EU+');
    expect(readFeeAnswers('card=eu-plus').card).toBe('eu-plus');
    expect(readFeeAnswers('utm=x')).toEqual(emptyAnswers());
    expect(hasAnyAnswer(readFeeAnswers('utm=x'))).toBe(false);
  });

  it('reads an unencoded ?card=EU+ (a bare "+" arrives as a space) as EU+, and resolves it to the EU+ card', () => {
    const a = readFeeAnswers('?card=EU+');
    expect(a.card).toBe('EU+');
    expect(readFeeAnswers('?card=F+&age=30').card).toBe('F+');
    const r = checkFeeAnswers({ ...a, municipality: 'koekelberg', age: '40', procedure: 'normal', reason: 'first', date: '2025-06-01' }, ctx);
    expect(r.ok && r.value.card).toBe('eu-plus');
  });

  it('reads the situation from `reason`, and the old `duplicate` as a lost or stolen card', () => {
    for (const s of SITUATIONS) expect(readFeeAnswers(`?reason=${s}`).reason).toBe(s);
    expect(readFeeAnswers('?reason=duplicate').reason).toBe('lost-stolen');
    const r = checkFeeAnswers({ ...emptyAnswers(), municipality: 'koekelberg', card: 'a', age: '30', procedure: 'normal', reason: 'duplicate', date: '2025-06-01' }, ctx);
    expect(r.ok && r.value).toMatchObject({ situation: 'lost-stolen', reason: 'duplicate' });
  });

  it('never throws on broken links', () => {
    fc.assert(fc.property(fc.string(), (s) => { expect(() => readFeeAnswers(s)).not.toThrow(); }));
    expect(readFeeAnswers('?age=%E0%A4%A&card=%').card).toBe('%');
  });

  it('writes parameters in a stable order and leaves empty answers out', () => {
    expect(writeFeeQuery({ date: '2025-06-01', card: 'eu-plus', municipality: 'koekelberg', age: '', reason: 'first', procedure: 'normal' })).toBe(
      '?municipality=koekelberg&card=eu-plus&procedure=normal&reason=first&date=2025-06-01',
    );
    expect(writeFeeQuery({})).toBe('');
    expect(writeFeeQuery({ card: 'EU+' })).toBe('?card=EU%2B');
  });

  it('round-trips any answers through the URL', () => {
    // A card code never holds a space (a space reads as "+"), and `reason` is read as a situation
    // (`duplicate` → `lost-stolen`, `FIRST` → `first`): answers the form can hold, i.e. read back unchanged.
    const text = fc.string({ maxLength: 30 }).map((s) => s.trim());
    const arbs = Object.fromEntries(FEE_PARAMS.map((k) => [k, text])) as Record<keyof FeeAnswers, fc.Arbitrary<string>>;
    arbs.card = fc.oneof(fc.constantFrom('EU+', 'F+', 'eu-plus', 'K'), text.filter((s) => !/\s/.test(s)));
    arbs.reason = fc.oneof(fc.constantFrom(...SITUATIONS), text.filter((s) => readSituation(s) === undefined));
    const answers = fc.record(arbs);
    fc.assert(fc.property(answers, (a) => { expect(readFeeAnswers(writeFeeQuery(a))).toEqual(a); }));
  });
});

describe('checking the answers', () => {
  it('uses today in Belgium when the date is left out', () => {
    const r = checkFeeAnswers({ ...emptyAnswers(), municipality: 'koekelberg', card: 'EU+', age: '40', procedure: 'normal', reason: 'first' }, ctx);
    expect(r).toEqual({ ok: true, value: { municipality: 'koekelberg', card: 'eu-plus', age: 40, band: '12-plus', procedure: 'normal', reason: 'first', situation: 'first', date: '2025-06-01' } });
  });

  it('accepts a date of birth instead of an age', () => {
    const r = checkFeeAnswers({ ...emptyAnswers(), municipality: 'koekelberg', card: 'a', birthdate: '2015-01-01', procedure: 'normal', reason: 'first' }, ctx);
    expect(r.ok && r.value).toMatchObject({ age: 10, band: 'under-12' });
  });

  it('gives a typed error per wrong answer', () => {
    const r = checkFeeAnswers({ municipality: 'atlantis', card: 'child', age: '3x', birthdate: '', procedure: 'slow', reason: '', date: '2025-13-01' }, ctx);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['municipality:unknown', 'card:child-card', 'date:invalid', 'age:invalid', 'procedure:invalid', 'reason:missing']);
  });
});

describe('mergeFeeQuery', () => {
  it('keeps the parameters of the other calculator and replaces only the fee answers', async () => {
    const { mergeFeeQuery } = await import('../../src/lib/fee-query.ts');
    const merged = new URLSearchParams(mergeFeeQuery('?expiry=2027-03-15&age=99&today=2027-01-20', { municipality: 'koekelberg', card: 'k', age: '30', procedure: 'normal', reason: 'first' }));
    expect(merged.get('expiry')).toBe('2027-03-15');
    expect(merged.get('today')).toBe('2027-01-20');
    expect(merged.get('age')).toBe('30');
    expect(merged.get('municipality')).toBe('koekelberg');
  });
});
