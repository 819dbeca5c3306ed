/**
 * Every language's file in src/i18n/translations/ has exactly the Dutch file's domains and keys
 * (the type check says so too), keeps each string's {placeholders}, and gives URL segments that
 * are plain, distinct and free of accents. Failures name the file and the key.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { CATALOG } from '../../src/i18n/catalog.ts';
import { LANGUAGES, LANGS } from '../../src/i18n/languages.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
const nl = CATALOG.nl as unknown as Record<string, Record<string, string>>;

describe('UI strings of every language', () => {
  it('each language of src/i18n/languages.ts has its file', () => {
    for (const l of LANGS) expect(existsSync(`src/i18n/translations/${l}.ts`), `src/i18n/translations/${l}.ts`).toBe(true);
    expect(new Set(LANGS).size).toBe(LANGUAGES.length);
  });

  for (const lang of LANGS) {
    it(`${lang}: the same keys and placeholders as nl.ts, no empty string`, () => {
      const file = `src/i18n/translations/${lang}.ts`;
      const t = CATALOG[lang] as unknown as Record<string, Record<string, string>>;
      const problems: string[] = [];
      for (const [domain, strings] of Object.entries(nl)) {
        for (const [key, source] of Object.entries(strings)) {
          const v = t[domain]?.[key];
          if (typeof v !== 'string' || v.trim() === '') problems.push(`${file}: ${domain}."${key}" is missing or empty`);
          else if (placeholders(v) !== placeholders(source)) problems.push(`${file}: ${domain}."${key}" has {${placeholders(v)}}, the Dutch text {${placeholders(source)}}`);
        }
        for (const key of Object.keys(t[domain] ?? {})) if (!(key in strings)) problems.push(`${file}: ${domain}."${key}" is not in nl.ts`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('URL segments are lower-case ASCII, distinct within a language', () => {
    for (const lang of LANGS) {
      const routes = Object.values(CATALOG[lang].routes);
      for (const r of routes) expect(r, `src/i18n/translations/${lang}.ts: routes "${r}"`).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(new Set(routes).size, `src/i18n/translations/${lang}.ts: two routes are the same`).toBe(routes.length);
    }
  });
});
