import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateToFields, validateDateFields } from '../../src/lib/date-fields.ts';
import { dateErrorMessage } from '../../src/components/forms/messages.ts';
import { provideFormStrings } from '../../src/components/forms/messages.ts';
import { formStrings } from '../../src/i18n/forms.ts';
import { LANGS } from '../../src/i18n/languages.ts';

// The islands' roots provide their page's form strings; here every language's.
for (const l of LANGS) provideFormStrings(l, formStrings[l]);

const v = (day: string, month: string, year: string, o = {}) => validateDateFields({ day, month, year }, o);
const code = (r: ReturnType<typeof validateDateFields>) => (r.ok ? 'ok' : r.error.code);
const fields = (r: ReturnType<typeof validateDateFields>) => (r.ok ? [] : r.error.fields);

describe('three-field dates', () => {
  it('accepts real dates, with leading zeros and spaces', () => {
    expect(v('13', '2', '2027')).toEqual({ ok: true, date: { year: 2027, month: 2, day: 13 } });
    expect(v(' 03 ', '09', '2027')).toEqual({ ok: true, date: { year: 2027, month: 9, day: 3 } });
    expect(v('29', '2', '2028')).toEqual({ ok: true, date: { year: 2028, month: 2, day: 29 } });
  });
  it('names the empty and missing fields', () => {
    expect(code(v('', '', ''))).toBe('empty');
    expect(code(v('1', '', '2027'))).toBe('missing');
    expect(fields(v('1', '', '2027'))).toEqual(['month']);
    expect(fields(v('', '', '2027'))).toEqual(['day', 'month']);
  });
  it('rejects letters, ranges, short years, impossible days and years out of range', () => {
    expect(code(v('1a', '2', '2027'))).toBe('not-a-number');
    expect(code(v('-1', '2', '2027'))).toBe('not-a-number');
    expect(code(v('1.5', '2', '2027'))).toBe('not-a-number');
    expect(code(v('32', '1', '2027'))).toBe('day-out-of-range');
    expect(code(v('0', '1', '2027'))).toBe('day-out-of-range');
    expect(code(v('1', '13', '2027'))).toBe('month-out-of-range');
    expect(code(v('1', '1', '27'))).toBe('year-not-four-digits');
    expect(code(v('31', '2', '2027'))).toBe('impossible');
    expect(fields(v('31', '2', '2027'))).toEqual(['day', 'month']);
    expect(code(v('29', '2', '2027'))).toBe('impossible');
    expect(code(v('31', '4', '2027'))).toBe('impossible');
    expect(code(v('1', '1', '1999', { minYear: 2000, maxYear: 2100 }))).toBe('year-out-of-range');
    expect(code(v('1', '1', '2101', { minYear: 2000, maxYear: 2100 }))).toBe('year-out-of-range');
    expect(code(v('1', '1', '2100', { minYear: 2000, maxYear: 2100 }))).toBe('ok');
  });
  it('round-trips a date through its fields', () => {
    expect(validateDateFields(dateToFields({ year: 2027, month: 3, day: 15 }))).toEqual({ ok: true, date: { year: 2027, month: 3, day: 15 } });
    expect(dateToFields(null)).toEqual({ day: '', month: '', year: '' });
  });
  it('never throws and every error has a readable message in every language', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), (d, m, y) => {
        const r = v(d, m, y);
        if (r.ok) return;
        expect(r.error.fields.length).toBeGreaterThan(0);
        for (const lang of LANGS) {
          const msg = dateErrorMessage(r.error, lang, 'x');
          expect(msg).not.toMatch(/undefined|NaN|\{/);
          expect(msg.length).toBeGreaterThan(5);
        }
      }),
    );
  });
  it('writes messages with the name and the year range', () => {
    const r = v('1', '1', '1800', { minYear: 2000, maxYear: 2100 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(dateErrorMessage(r.error, 'nl', 'de vervaldatum')).toBe('Het jaar van de vervaldatum moet tussen 2000 en 2100 liggen.');
      expect(dateErrorMessage(r.error, 'en', 'the expiry date')).toBe('The year of the expiry date must be between 2000 and 2100.');
    }
    const m = v('1', '', '2027');
    if (!m.ok) expect(dateErrorMessage(m.error, 'fr', 'la date d’expiration')).toBe('Indiquez le mois de la date d’expiration.');
  });
});
