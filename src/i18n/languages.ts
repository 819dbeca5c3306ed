/**
 * The site's languages: the one list of them. Adding a language is one entry here plus its
 * files:
 *
 * - `src/i18n/translations/<code>.ts`: every UI string, URL segment and calculator text
 *   (a missing or extra key is a type error in that file);
 * - `src/content/translations/<code>.yaml`: the texts of the data files (card names,
 *   requirements, municipality notes), keyed by their Dutch text;
 * - `src/content/{cards,sections,guides}/<code>/*.mdx`: the pages' prose. A page without its
 *   file is shown with a notice in the language and the text of `fallback`.
 *
 * No other code lists languages. This module holds no strings, so browser code may import it.
 */
export interface Language {
  /** The code in URLs, `lang` attributes and file names (BCP 47 primary subtag). */
  readonly code: string;
  /** The language's name in itself, as the language list shows it. */
  readonly name: string;
  /** Its name in English, for editors' messages and the translation status. */
  readonly english: string;
  /** Writing direction. */
  readonly dir: 'ltr' | 'rtl';
  /** The `Intl` locale for dates, numbers, amounts and sorting (Western digits throughout). */
  readonly locale: string;
  /**
   * The language Pagefind indexes the pages in (its stemming where it has one). The pages'
   * `lang` attribute carries it, so each language gets its own index.
   */
  readonly pagefind: string;
  /**
   * `source`: the text editors write (Dutch). `administration`: a language the Belgian
   * administration works in, whose text applies in case of doubt (French). `translation`: every
   * other language; its pages say they are a translation and link the Dutch or French text.
   */
  readonly role: 'source' | 'administration' | 'translation';
  /**
   * Who checked the translation: `reviewed` by a native speaker, or `machine-assisted` (drafted
   * with help from a machine and not yet read by a native speaker). Shown in the translation
   * notice and the status. Default for the source: none.
   */
  readonly review?: 'reviewed' | 'machine-assisted';
  /** Where a page not yet translated takes its text from, in order (Dutch, French or English). */
  readonly fallback: readonly ('nl' | 'fr' | 'en')[]; // the languages of WRITTEN_LANGS
}

export const LANGUAGES = [
  { code: 'nl', name: 'Nederlands', english: 'Dutch', dir: 'ltr', locale: 'nl-BE', pagefind: 'nl', role: 'source', fallback: [] },
  { code: 'fr', name: 'Français', english: 'French', dir: 'ltr', locale: 'fr-BE', pagefind: 'fr', role: 'administration', review: 'machine-assisted', fallback: ['nl'] },
  { code: 'en', name: 'English', english: 'English', dir: 'ltr', locale: 'en-GB', pagefind: 'en', role: 'translation', review: 'machine-assisted', fallback: ['nl', 'fr'] },
  { code: 'de', name: 'Deutsch', english: 'German', dir: 'ltr', locale: 'de-BE', pagefind: 'de', role: 'translation', review: 'machine-assisted', fallback: ['fr', 'nl', 'en'] },
  { code: 'ar', name: 'العربية', english: 'Arabic', dir: 'rtl', locale: 'ar-MA-u-nu-latn', pagefind: 'ar', role: 'translation', review: 'machine-assisted', fallback: ['fr', 'en', 'nl'] },
  { code: 'tr', name: 'Türkçe', english: 'Turkish', dir: 'ltr', locale: 'tr-TR', pagefind: 'tr', role: 'translation', review: 'machine-assisted', fallback: ['en', 'nl', 'fr'] },
  { code: 'ro', name: 'Română', english: 'Romanian', dir: 'ltr', locale: 'ro-RO', pagefind: 'ro', role: 'translation', review: 'machine-assisted', fallback: ['fr', 'en', 'nl'] },
  { code: 'es', name: 'Español', english: 'Spanish', dir: 'ltr', locale: 'es-ES', pagefind: 'es', role: 'translation', review: 'machine-assisted', fallback: ['fr', 'en', 'nl'] },
  { code: 'pl', name: 'Polski', english: 'Polish', dir: 'ltr', locale: 'pl-PL', pagefind: 'pl', role: 'translation', review: 'machine-assisted', fallback: ['en', 'nl', 'fr'] },
  { code: 'uk', name: 'Українська', english: 'Ukrainian', dir: 'ltr', locale: 'uk-UA', pagefind: 'uk', role: 'translation', review: 'machine-assisted', fallback: ['en', 'nl', 'fr'] },
] as const satisfies readonly Language[];

export type Lang = (typeof LANGUAGES)[number]['code'];
export const LANGS = LANGUAGES.map((l) => l.code) as unknown as readonly [Lang, ...Lang[]];
/** The source language: editors write Dutch first. */
export const SOURCE_LANG = 'nl' satisfies Lang;

const BY_CODE = new Map<string, Language>(LANGUAGES.map((l) => [l.code, l]));

export function language(code: Lang): Language {
  return BY_CODE.get(code)!;
}

export function isLang(code: string): code is Lang {
  return BY_CODE.has(code);
}

/** The `Intl` locale of a language (dates, numbers, amounts, sorting). */
export function localeOf(code: Lang): string {
  return language(code).locale;
}

/** `rtl` or `ltr`. */
export function dirOf(code: Lang): 'ltr' | 'rtl' {
  return language(code).dir;
}

/**
 * The languages the data files write themselves (`{ nl, fr, en }` in the YAML files; the schema
 * requires them). Every other language's data texts are in src/content/translations/<code>.yaml.
 */
export const WRITTEN_LANGS = ['nl', 'fr', 'en'] as const satisfies readonly Lang[];
export type WrittenLang = (typeof WRITTEN_LANGS)[number];
export const isWrittenLang = (code: string): code is WrittenLang => (WRITTEN_LANGS as readonly string[]).includes(code);

/** Languages whose text applies in case of doubt (Dutch and French), in order. */
export const ADMINISTRATION_LANGS = LANGUAGES.filter((l) => l.role !== 'translation').map((l) => l.code) as Lang[];
