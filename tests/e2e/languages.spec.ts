/**
 * Ten languages (issue 14): the switcher without JavaScript at 360 px, the root page's language
 * list and suggestion, right to left in Arabic (the calculators, the plan and its checklist), the
 * translation notice, a page not yet translated, and search across languages.
 */
import { expect, test } from '@playwright/test';
import { LANGUAGES, LANGS } from '../../src/i18n/languages.ts';
import { SECTIONS } from '../../src/i18n/routes.ts';
import { CATALOG } from '../../src/i18n/catalog.ts';

test.describe('without JavaScript at 360 px', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

  test('the switcher opens with one tap, lists every language by its own name and keeps the page', async ({ page }) => {
    await page.goto('/nl/kaarten/a/');
    const summary = page.locator('details.langs summary');
    const box = await summary.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.y).toBeLessThan(120);
    await summary.click();
    const links = page.locator('details.langs a');
    await expect(links).toHaveCount(LANGS.length);
    for (const l of LANGUAGES) await expect(page.locator(`details.langs a[hreflang="${l.code}"]`)).toHaveText(l.name);
    for (const h of await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().height))) expect(h).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.locator('details.langs a[hreflang="ar"]').click();
    await expect(page).toHaveURL(new RegExp(`/ar/${SECTIONS.cards.ar}/a/$`));
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  });

  test('the root page lists every language by its own name, with its direction', async ({ page }) => {
    await page.goto('/');
    for (const l of LANGUAGES) {
      const item = page.locator(`ul.langs-list li[lang="${l.code}"]`);
      await expect(item).toHaveAttribute('dir', l.dir);
      await expect(item.locator('a')).toHaveAttribute('href', `/${l.code}/`);
      await expect(item.locator('a')).toContainText(l.name);
    }
    await expect(page.locator('.root-suggest:not([hidden])')).toHaveCount(0);
  });
});

test.describe('the root page with JavaScript', () => {
  test.use({ locale: 'tr-TR' });
  test('suggests the language the browser asks for, without redirecting', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/$/);
    const suggestion = page.locator('.root-suggest:not([hidden])');
    await expect(suggestion).toHaveCount(1);
    await expect(suggestion).toHaveAttribute('lang', 'tr');
    await expect(suggestion.locator('a')).toHaveAttribute('href', '/tr/');
  });
});

test('a translated page says it is a translation, who checked it, and links the Dutch and French text', async ({ page }) => {
  await page.goto(`/uk/${SECTIONS.cards.uk}/a/`);
  const notice = page.locator('.translation-notice');
  await expect(notice).toHaveAttribute('data-translation', 'translation');
  await expect(notice).toContainText(CATALOG.uk.languages['notice.doubt']);
  await expect(notice.locator('a[hreflang="nl"]')).toHaveAttribute('href', '/nl/kaarten/a/');
  await expect(notice.locator('a[hreflang="fr"]')).toHaveAttribute('href', `/fr/${SECTIONS.cards.fr}/a/`);
  // Dutch pages carry no notice.
  await page.goto('/nl/kaarten/a/');
  await expect(page.locator('.translation-notice')).toHaveCount(0);
});

test('Arabic, right to left: the deadline calculator answers in Arabic with Western digits', async ({ page }) => {
  await page.goto(`/ar/${SECTIONS.deadlines.ar}/?card=a&expiry=2027-03-15&today=2027-01-20`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const out = page.locator('output').first();
  await expect(out).toContainText(/\p{Script=Arabic}/u);
  await expect(out).toContainText(/2027/);
  await expect(out).not.toContainText(/[٠-٩]/);
  // The form's fields line up from the right.
  const form = await page.locator('main form').first().boundingBox();
  const label = await page.locator('main form legend, main form label').first().boundingBox();
  expect(label!.x + label!.width).toBeGreaterThan(form!.x + form!.width - 40);
});

test('Arabic: the fee calculator gives an amount in euro with Western digits', async ({ page }) => {
  await page.goto(`/ar/${SECTIONS.cost.ar}/?municipality=koekelberg&card=K&age=30&procedure=urgent&reason=renewal&date=2025-06-01`);
  await expect(page.locator('output.fee-output')).toContainText(/129[,.]50/);
  await expect(page.locator('output.fee-output')).toContainText(/\p{Script=Arabic}/u);
});

test('Arabic: the plan and its counter checklist, right to left', async ({ page }) => {
  await page.goto(`/ar/${SECTIONS.plan.ar}/?municipality=koekelberg&card=a&age=30&reason=renewal&procedure=normal&expiry=2027-03-15&today=2027-01-20`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('main')).toContainText(/\p{Script=Arabic}/u);
  await page.emulateMedia({ media: 'print' });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

test('search: an Arabic query finds the card page, and a query with no result in Turkish offers Dutch results, said plainly', async ({ page }) => {
  await page.goto(`/ar/${SECTIONS.search.ar}/?q=${encodeURIComponent('بطاقة')}`);
  await expect(page.locator('.search-results li a').first()).toHaveAttribute('href', new RegExp(`^/ar/`));
  await page.goto(`/tr/${SECTIONS.search.tr}/?q=vingerafdrukken`);
  const status = page.locator('.search .search-status');
  await expect(status).toContainText('Türkçe');
  await expect(status).toContainText(/Nederlands|English|Français/);
  const first = page.locator('.search-results li').first();
  await expect(first).toHaveAttribute('lang', /^(nl|fr|en)$/);
  await expect(first.locator('a')).toHaveAttribute('href', /^\/(nl|fr|en)\//);
});
