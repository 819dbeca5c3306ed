import type { Lang } from './languages.ts';
import { fill } from './define.ts';
import { strings } from './catalog.ts';

/** The words about languages: the switcher, the translation notices, the root page, search in other languages. */
export const languageStrings = strings('languages');
export type LanguageKey = keyof (typeof languageStrings)['nl'];

export function languageT(lang: Lang) {
  const s = languageStrings[lang];
  return (key: LanguageKey, values?: Record<string, string | number>) => (values ? fill(s[key], values) : s[key]);
}
