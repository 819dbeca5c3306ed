/**
 * The UI strings of every language, read from src/i18n/translations/<code>.ts for each language
 * of src/i18n/languages.ts (build time only: islands receive their strings as props).
 */
import { LANGS, type Lang } from './languages.ts';
import type { Domain, Translation } from './catalog-types.ts';

async function load(code: Lang): Promise<Translation> {
  try {
    return ((await import(`./translations/${code}.ts`)) as { default: Translation }).default;
  } catch (e) {
    throw new Error(
      `The language "${code}" is listed in src/i18n/languages.ts, but src/i18n/translations/${code}.ts cannot be read (${(e as Error).message}). ` +
        'Fix: copy src/i18n/translations/en.ts to that name and translate its texts.',
    );
  }
}

export const CATALOG = Object.fromEntries(await Promise.all(LANGS.map(async (code) => [code, await load(code)] as const))) as Record<Lang, Translation>;

/** One domain (`ui`, `fees`, `plan`, …) in every language. */
export function strings<D extends Domain>(domain: D): Record<Lang, Translation[D]> {
  return Object.fromEntries(LANGS.map((l) => [l, CATALOG[l][domain]])) as Record<Lang, Translation[D]>;
}
