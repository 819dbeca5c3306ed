/**
 * The texts of the data files in the languages they do not write themselves. A data file gives a
 * text in Dutch, French and English (`{ nl, fr, en }`); every other language keeps its texts in
 * one file, src/content/translations/<lang>.yaml, keyed by the Dutch text:
 *
 * ```yaml
 * "A-kaart": "A-Karte"
 * ```
 *
 * Keyed by the Dutch text, a translation follows its source by construction: when an editor
 * changes the Dutch text, the old translation no longer matches, the page shows the fallback
 * language's text (and `npm run translations` names the text) until a translator catches up.
 * Pure: the files are read in src/data/data-translations.ts.
 */
import { isWrittenLang, type Language } from '../i18n/languages.ts';

/** Per language, its texts by Dutch key. */
export type DataTranslations = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** The key of a Dutch text: its words with every run of white space made one space. */
export function dataKey(nl: string): string {
  return nl.replace(/\s+/g, ' ').trim();
}

type Written = { nl: string; fr: string; en: string } & Record<string, unknown>;

/** A text as the data files write it: an object with the Dutch, French and English strings. */
export function isWrittenText(v: unknown): v is Written {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as Written).nl === 'string' && typeof (v as Written).fr === 'string' && typeof (v as Written).en === 'string';
}

/** Every data text in a value, walked deeply (arrays and objects). */
export function* writtenTexts(v: unknown): Generator<Written> {
  if (Array.isArray(v)) for (const x of v) yield* writtenTexts(x);
  else if (isWrittenText(v)) yield v;
  else if (typeof v === 'object' && v !== null && !(v instanceof Date)) for (const x of Object.values(v)) yield* writtenTexts(x);
}

/**
 * Fills in, in place, every data text of `data` in each of `languages` the files do not write:
 * its translation, or the text of the language's first fallback when there is none yet (that
 * key is added to `missing`). Idempotent: a text already filled in is left alone.
 */
export function fillDataTranslations(data: unknown, languages: readonly Language[], translations: DataTranslations, missing?: Map<string, Set<string>>): void {
  for (const text of writtenTexts(data)) {
    for (const l of languages) {
      if (isWrittenLang(l.code) || typeof text[l.code] === 'string') continue;
      const key = dataKey(text.nl);
      const t = translations.get(l.code)?.get(key);
      if (t !== undefined) text[l.code] = t;
      else {
        text[l.code] = text[l.fallback[0] ?? 'nl'];
        if (missing) (missing.get(l.code) ?? missing.set(l.code, new Set()).get(l.code)!).add(key);
      }
    }
  }
}
