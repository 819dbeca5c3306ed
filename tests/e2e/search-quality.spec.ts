/**
 * Search quality: every query of the set in search-queries.ts, run through the site's own search
 * code against the built Pagefind index, must put a right page first. Prints a table of each
 * language's share of right first results (the closing notes quote it).
 */
import { expect, test } from '@playwright/test';
import { LANGS, type Lang } from '../../src/schemas/common.ts';
import { SECTIONS } from '../../src/i18n/routes.ts';
import { SEARCH_CASES } from './search-queries.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A guide's URL slug in one language: its front matter's `slug`, or its file name. */
function guideSlug(lang: Lang, id: string): string {
  const file = join(fileURLToPath(new URL('../../src/content/guides/', import.meta.url)), lang, `${id}.mdx`);
  return /^slug:\s*(\S+)\s*$/m.exec(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '')?.[1] ?? id;
}

/** The URL of a page named by what it is ("cost", "card:a", "guide:photo"), in one language. */
function pageUrl(lang: Lang, key: string): string {
  const [what, id] = key.split(':') as [string, string | undefined];
  if (id && what === 'card') return `/${lang}/${SECTIONS.cards[lang]}/${id}/`;
  if (id === '*' && what === 'municipality') return `/${lang}/${SECTIONS.municipalities[lang]}/*/`;
  if (id && what === 'municipality') return `/${lang}/${SECTIONS.municipalities[lang]}/${id}/`;
  if (id && what === 'guide') return `/${lang}/${SECTIONS.guides[lang]}/${guideSlug(lang, id)}/`;
  if (what in SECTIONS) return `/${lang}/${SECTIONS[what as keyof typeof SECTIONS][lang]}/`;
  throw new Error(`unknown page key "${key}"`);
}

for (const lang of LANGS.filter((l) => SEARCH_CASES[l])) {
  test(`search (${lang}): the query set finds the right page first`, async ({ page }) => {
    await page.goto(`/${lang}/${SECTIONS.search[lang]}/`);
    const cases = SEARCH_CASES[lang]!;
    // The real form: type, submit, read the first link once the status names this query.
    const box = page.locator('.search input[name=q]');
    const status = page.locator('.search .search-status');
    const firsts: string[] = [];
    for (const c of cases) {
      await box.fill(c.q);
      await box.press('Enter');
      await expect(status).toContainText(new RegExp(`[“«]\\s?${c.q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s?[”»]`));
      // The count comes first, the results as their texts arrive: read the first once all are there.
      await expect(page.locator('.search-results')).not.toHaveAttribute('aria-busy', 'true');
      firsts.push((await page.locator('.search-results li a').first().getAttribute('href', { timeout: 1000 }).catch(() => null)) ?? '');
    }
    const rows = cases.map((c, i) => {
      const want = (Array.isArray(c.expect) ? c.expect : [c.expect]).map((k) => pageUrl(lang, k));
      const got = firsts[i] ?? '';
      // `municipality:*` is any municipality page.
      const ok = want.some((w) => (w.endsWith('/*/') ? got.startsWith(w.slice(0, -2)) && got.length > w.length - 2 : w === got));
      return { q: c.q, want, got, ok, known: c.known };
    });
    const right = rows.filter((r) => r.ok).length;
    console.log(`search ${lang}: ${right} of ${rows.length} right first results (${Math.round((100 * right) / rows.length)}%)`);
    for (const r of rows.filter((x) => !x.ok)) console.log(`  miss ${lang} "${r.q}": got ${r.got || '(nothing)'}, want ${r.want.join(' or ')}${r.known ? ` (known: ${r.known})` : ''}`);
    expect(cases.length).toBeGreaterThanOrEqual(40);
    // Every query not marked `known` finds a right page first …
    expect(rows.filter((r) => !r.ok && !r.known).map((r) => `${r.q} → ${r.got || '(nothing)'}`)).toEqual([]);
    // … and a `known` query that starts to work loses its mark, so the report stays true.
    expect(rows.filter((r) => r.ok && r.known).map((r) => r.q)).toEqual([]);
  });
}
