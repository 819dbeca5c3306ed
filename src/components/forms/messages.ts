/**
 * Words shared by the form parts of both calculators (labels of the date fields,
 * the error summary title, date error messages), in nl / fr / en.
 */
import type { Lang } from '../../schemas/common.ts';
import { fill } from '../../i18n/define.ts';
import type { Translation } from '../../i18n/catalog-types.ts';
import type { DateFieldError } from '../../lib/date-fields.ts';

/** The form strings of one language, as the page passes them to an island (`formStringsFor` in src/i18n/forms.ts). */
export type FormStrings = Translation['forms'];

// The strings of the languages on this page. An island's root provides them before its fields
// render, so the browser receives one language's words and never the whole dictionary.
const provided = new Map<string, FormStrings>();

/** Called by each island's root (and the tests) with its page's language and form strings. */
export function provideFormStrings(lang: Lang, strings: FormStrings): void {
  provided.set(lang, strings);
}

export type FormStringKey = keyof FormStrings;

export function formText(lang: Lang, key: FormStringKey, values?: Record<string, string | number>): string {
  const s = provided.get(lang)?.[key];
  if (s === undefined) throw new Error(`formText: no form strings for "${lang}". The island's root calls provideFormStrings(lang, props.form) first.`);
  return values ? fill(s, values) : s;
}

/**
 * The message for a date error. `name` is the date as a noun phrase inside a sentence,
 * e.g. nl "de vervaldatum", fr "la date d’expiration", en "the expiry date".
 */
export function dateErrorMessage(error: DateFieldError, lang: Lang, name: string): string {
  const values = { name, min: error.minYear, max: error.maxYear };
  if (error.code === 'missing') {
    if (error.fields.length === 1) return formText(lang, `date.missing.${error.fields[0]!}` as FormStringKey, values);
    return formText(lang, 'date.missing.two', values);
  }
  return formText(lang, `date.${error.code}` as FormStringKey, values);
}
