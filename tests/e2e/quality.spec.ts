/**
 * The pages of the sitemap (every page of nl, fr, en and ar, a sample of each page kind in the
 * other languages), in light and dark colour schemes: no axe
 * violation (WCAG 2.0/2.1/2.2 A and AA, best practices), no console error, no failed request,
 * no request to another origin, no CSP violation, no cookie, no horizontal scrolling at 360 px.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LANGS } from '../../src/i18n/languages.ts';
import { FULL_LANGS, qualityPaths, samplePaths, sitePaths } from './site-pages.ts';

// Light: every page of Dutch, French, English and Arabic, a fixed sample of each page kind in the
// other languages (see README). Dark: the sample of every language.
const paths = qualityPaths();
const all = sitePaths();
const darkPaths = [...new Set([...all.filter((p) => !/^\/[a-z]{2}\//.test(p)), ...LANGS.flatMap((l) => samplePaths(l, all))])].sort();
void FULL_LANGS;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

async function watch(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed request: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) problems.push(`request to another origin: ${r.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  return problems;
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme, viewport: { width: 360, height: 740 } });
    for (const path of scheme === 'light' ? paths : darkPaths) {
      test(`${path} passes the quality gates`, async ({ page, baseURL, context }) => {
        const problems = await watch(page, new URL(baseURL!).origin);
        await page.goto(path, { waitUntil: 'networkidle' });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) problems.push(`horizontal scrolling at 360 px: ${overflow}px too wide`);
        const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        for (const v of axe.violations) problems.push(`axe ${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        expect(await context.cookies()).toEqual([]);
        expect(problems).toEqual([]);
      });
    }
  });
}
