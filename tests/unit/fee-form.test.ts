/** The fee calculator's form state without a browser: where a link starts it, and how it is checked. */
import { describe, expect, it } from 'vitest';
import { checkFeeForm, startFeeForm, type FeeFormContext } from '../../src/lib/fee-form.ts';
import { feeDataFiles } from './fee-fixtures.ts';

const first = feeDataFiles().values().next().value!;
const cards = Object.entries(first.cards).map(([id, c]) => ({ id, code: c.code }));
const ctx: FeeFormContext = { cards: first.cards, municipalities: ['koekelberg', 'voorbeeldgemeente'], today: { year: 2026, month: 12, day: 1 } };
const page = { defaultMunicipality: 'voorbeeldgemeente', cards, today: ctx.today };

describe('startFeeForm', () => {
  it('a complete link: its answers, checked at once; the page\'s own card wins', () => {
    const s = startFeeForm('?municipality=koekelberg&card=a&age=30&procedure=urgent&reason=renewal&date=2026-12-10', { ...page, card: 'k' }, ctx);
    expect(s.autoCheck).toBe(true);
    expect(s.form.answers).toMatchObject({ municipality: 'koekelberg', card: 'k', age: '30' });
    expect(s.form.date).toEqual({ year: '2026', month: '12', day: '10' });
    const c = checkFeeForm(s.form, ctx);
    expect(c.ok && c.request).toMatchObject({ card: 'k', procedure: 'urgent', date: '2026-12-10' });
  });
  it('an incomplete link with wrong values keeps them, and names the given ones to check', () => {
    const s = startFeeForm('?age=-5&date=2027-13-45', page, ctx);
    expect(s.autoCheck).toBe(false);
    expect(s.givenInLink.sort()).toEqual(['age', 'date']);
    expect(s.form.answers.municipality).toBe('voorbeeldgemeente');
    expect(s.form.date).toEqual({ year: '2027', month: '13', day: '45' });
    const c = checkFeeForm(s.form, ctx);
    expect(c.ok).toBe(false);
    if (!c.ok) {
      expect(c.errors.age).toMatchObject({ input: { code: 'invalid' } });
      expect(c.errors.date).toMatchObject({ date: { code: 'day-out-of-range' } });
    }
  });
  it('a date of birth without an age asks by date of birth; no date means today', () => {
    const s = startFeeForm('?birthdate=2016-02-29', page, ctx);
    expect(s.form.ageMode).toBe('birthdate');
    expect(s.form.birth).toEqual({ year: '2016', month: '02', day: '29' });
    expect(s.form.date).toEqual({ year: '2026', month: '12', day: '1' });
  });
});

describe('checkFeeForm', () => {
  it('refuses a fee date outside the past ten and next two years, saying which years', () => {
    const s = startFeeForm('?municipality=koekelberg&card=k&age=30&procedure=normal&reason=renewal&date=2099-01-01', page, ctx);
    const c = checkFeeForm(s.form, ctx);
    expect(!c.ok && c.errors.date).toMatchObject({ date: { code: 'year-out-of-range', minYear: 2016, maxYear: 2028 } });
  });
  it('reports a missing date of birth on the date of birth, not on the age', () => {
    const s = startFeeForm('?municipality=koekelberg&card=k&procedure=normal&reason=renewal', page, ctx);
    const c = checkFeeForm({ ...s.form, ageMode: 'birthdate' }, ctx);
    expect(!c.ok && Object.keys(c.errors)).toEqual(['birthdate']);
  });
});
