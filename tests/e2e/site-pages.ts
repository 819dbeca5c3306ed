/** The pages of the built site, read from its sitemap (plus the language picker and the not-found pages). */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, LANGS, isLang, type Lang } from '../../src/i18n/languages.ts';

export const distDir = resolve(fileURLToPath(new URL('.', import.meta.url)), process.env.E2E_DIST ?? '../../dist');

export function sitePaths(): string[] {
  const files = readdirSync(distDir).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const paths = files.flatMap((f) => [...readFileSync(join(distDir, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  return [...new Set(['/', '/404.html', ...LANGS.map((l) => `/${l}/404/`), ...paths])].sort();
}

/**
 * The languages whose every page the browser suite opens: the administration's (Dutch, French),
 * English, and every right-to-left language. The others get {@link samplePaths}.
 */
export const FULL_LANGS: readonly Lang[] = LANGUAGES.filter((l) => l.role !== 'translation' || l.code === 'en' || l.dir === 'rtl').map((l) => l.code);

/**
 * A fixed sample of each page kind in one language: the home, 404 and section pages, the first
 * and last page of each section, and one change history. About a third of a language's pages.
 */
export function samplePaths(lang: Lang, all = sitePaths()): string[] {
  const mine = all.filter((p) => p.startsWith(`/${lang}/`));
  const depth = (p: string) => p.split('/').filter(Boolean).length;
  const bySection = new Map<string, string[]>();
  for (const p of mine.filter((x) => depth(x) === 3)) {
    const section = p.split('/')[2]!;
    bySection.set(section, [...(bySection.get(section) ?? []), p]);
  }
  const picked = [
    ...mine.filter((p) => depth(p) <= 2),
    ...[...bySection.values()].flatMap((ps) => [ps[0]!, ps[ps.length - 1]!]),
    ...mine.filter((p) => depth(p) === 4).slice(0, 1),
  ];
  return [...new Set(picked)].sort();
}

/** What the quality gates open: every page of the full languages, the sample of the others. */
export function qualityPaths(): string[] {
  const all = sitePaths();
  return all.filter((p) => {
    const lang = p.split('/')[1] ?? '';
    return !isLang(lang) || FULL_LANGS.includes(lang) || samplePaths(lang, all).includes(p);
  });
}
