/**
 * UI strings never type a figure that data hold: ages, weeks, days and limits come in through
 * placeholders ({childAge}, {pinMinWeeks}, {days}, …) filled from facts and fields. Digits stay
 * only in examples ("for example 15 3 2027"), in grammatical "one" forms and in calendar limits.
 */
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/ui.ts';
import { feeStrings } from '../../src/i18n/fees.ts';
import { deadlineStrings } from '../../src/i18n/deadlines.ts';
import { pickerText } from '../../src/components/municipality-picker/strings.ts';
import { planStrings } from '../../src/i18n/plan.ts';
import { finderStrings } from '../../src/i18n/finder.ts';
import { trustStrings } from '../../src/i18n/trust.ts';
import { withFigures } from '../../src/data/figures.ts';
import { languageStrings } from '../../src/i18n/languages-text.ts';
import type { Lang } from '../../src/i18n/languages.ts';

/** Keys whose digits are not data: the number one as a word form, calendar facts, the clock format. */
const ALLOWED = /(^|\.)one$|^date\.(day|month)-out-of-range$|^date\.year-not-four-digits$|^child\.leap$|^err\.bad-time$/;
/**
 * Examples the resident can copy: "bijvoorbeeld 1 6 2025", "par exemple 8 ou 35", "for example 14:30".
 * Each language names its words for "for example" (`languages.example.words` in its file).
 */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const example = (lang: string) =>
  new RegExp(`(${(languageStrings[lang as Lang]['example.words'] ?? '').split('|').map((w) => escape(w.trim())).filter(Boolean).join('|')})[^.;؛]*`, 'giu');

const dictionaries = { ui, fees: feeStrings, deadlines: deadlineStrings, picker: pickerText, plan: planStrings, finder: finderStrings, trust: trustStrings } as const;

describe('UI strings', () => {
  it('hold no figure outside examples, in any language', () => {
    const found: string[] = [];
    for (const [name, dict] of Object.entries(dictionaries)) {
      for (const [lang, strings] of Object.entries(dict as Record<string, Record<string, string>>)) {
        for (const [key, text] of Object.entries(strings)) {
          if (ALLOWED.test(key)) continue;
          const rest = text.replace(example(lang), '').replace(/\{\w+\}/g, '');
          if (/\d/.test(rest)) found.push(`${name}.${lang}.${key}: ${text}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('get their figures from data: withFigures fills the named placeholders and keeps the others', () => {
    const out = withFigures({ a: 'under {childAge}, {pinMinWeeks} to {pinMaxWeeks} weeks, at most {maxAge}', b: 'you pay {amount}' }, { childAge: 12, pinMinWeeks: 2, pinMaxWeeks: 3, maxAge: 130 });
    expect(out).toEqual({ a: 'under 12, 2 to 3 weeks, at most 130', b: 'you pay {amount}' });
  });
});
