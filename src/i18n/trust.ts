import { strings } from './catalog.ts';

/**
 * Strings for showing the site's work: what each source is, the change history of a page, the
 * feeds, and "Is something wrong on this page?". No figures: dates, amounts and counts come in
 * through {placeholders}.
 */
export const trustStrings = strings('trust');
export type TrustKey = keyof (typeof trustStrings)['nl'];

/** A translator for the trust strings of one language. */
export function trustT(lang: keyof typeof trustStrings) {
  const s = trustStrings[lang];
  return (key: TrustKey, values?: Record<string, string | number>) => (values ? s[key].replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m)) : s[key]);
}
