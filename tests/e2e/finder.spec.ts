/**
 * "Find your card" with the keyboard alone, in three languages, without JavaScript at 360 px and
 * with JavaScript at 1280 px: from the home page, a Polish citizen who just moved reaches the EU
 * card; the change links and "Start again" lead back to earlier questions.
 */
import { expect, test, type Page } from '@playwright/test';
import { LANGS, type Lang } from '../../src/schemas/common.ts';
import { SECTIONS } from '../../src/i18n/routes.ts';
import { finderStrings } from '../../src/i18n/finder.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { fillDataTranslations } from '../../src/lib/data-translations.ts';
import { dataTranslations } from '../../src/data/data-translations.ts';
import { ui } from '../../src/i18n/ui.ts';

// The card names as the build shows them: from the card data, with each language's translation or its fallback.
const cardName = (id: string) => {
  const name = (parse(readFileSync(`src/content/card-types/${id}.yaml`, 'utf8')) as { name: Record<string, string> }).name;
  fillDataTranslations(name, LANGUAGES, dataTranslations().translations);
  return name as Record<Lang, string>;
};
const EU = cardName('eu');
const K = cardName('k');
const CARD_NAME = Object.fromEntries(LANGS.map((l) => [l, { eu: EU[l], k: K[l] }])) as Record<Lang, { eu: string; k: string }>;
const text = (lang: Lang, key: string) => (finderStrings[lang] as Record<string, string>)[key]!.replace('{childAge}', '12');

/** Presses Tab until the link with this exact text has focus, then Enter; returns the number of Tab presses. */
async function tabAndEnter(page: Page, name: string, max = 40): Promise<number> {
  const target = page.getByRole('link', { name, exact: true }).first();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) {
      const before = page.url();
      await Promise.all([page.waitForURL((u) => u.href !== before), page.keyboard.press('Enter')]);
      return i;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the link "${name}" on ${page.url()}`);
}

for (const [mode, options] of [
  ['without JavaScript at 360 px', { javaScriptEnabled: false, viewport: { width: 360, height: 740 } }],
  ['with JavaScript at 1280 px', { javaScriptEnabled: true, viewport: { width: 1280, height: 900 } }],
] as const) {
  test.describe(mode, () => {
    test.use(options);
    for (const lang of LANGS) {
      test(`${lang}: keyboard only, from the home page to the EU card in four screens`, async ({ page }) => {
        const screens: string[] = [];
        await page.goto(`/${lang}/`);
        screens.push(new URL(page.url()).pathname);
        for (const name of [ui[lang]['home.find'], text(lang, 'nationality.option.eu'), text(lang, 'eu-permanent.option.no')]) {
          await tabAndEnter(page, name);
          screens.push(new URL(page.url()).pathname);
          // Every answer is a large tap target and the page never scrolls sideways.
          for (const box of await page.locator('a.choice').evaluateAll((as) => as.map((a) => a.getBoundingClientRect().height))) expect(box).toBeGreaterThanOrEqual(44);
          expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        }
        const finder = `/${lang}/${SECTIONS.finder[lang]}/`;
        expect(screens).toEqual([`/${lang}/`, finder, `${finder}eu-permanent/`, `${finder}eu-card/`]);
        await expect(page.locator('h1')).toContainText(CARD_NAME[lang].eu);
        await expect(page.locator('ul.finder-cards > li > a')).toHaveAttribute('href', `/${lang}/${SECTIONS.cards[lang]}/eu/`);
        await expect(page.locator('.finder-answers dd').filter({ hasText: text(lang, 'nationality.option.eu') })).toBeVisible();
        // The fifth screen: the card page itself.
        await tabAndEnter(page, CARD_NAME[lang].eu, 60);
        await expect(page).toHaveURL(new RegExp(`/${lang}/${SECTIONS.cards[lang]}/eu/$`));
      });
    }
  });
}

test.describe('change an answer and start again, without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  test('en: change the nationality to Switzerland, see both cards and whom to ask, then start again', async ({ page }) => {
    await page.goto('/en/which-card/eu-card/');
    const change = page.locator('.finder-answers .change a').nth(0);
    await expect(change).toContainText('Change');
    await expect(change).toHaveAccessibleName(/Change your answer to “What is your nationality\?”/);
    await change.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/which-card\/$/);
    await expect(page.getByText('What is your nationality?', { exact: true })).toBeVisible();
    await tabAndEnter(page, 'Switzerland');
    await expect(page.locator('h1')).toHaveText('These cards may fit');
    await expect(page.locator('ul.finder-cards > li > a')).toHaveText([/EU card/, /K card/]);
    await expect(page.getByRole('heading', { name: 'Ask before you go' })).toBeVisible();
    await expect(page.locator('.notice:not(.translation-notice)')).toContainText('foreigners service of your municipality');
    await tabAndEnter(page, 'Start again', 80);
    await expect(page).toHaveURL(/\/en\/which-card\/$/);
    await expect(page.locator('.finder-answers')).toHaveCount(0);
  });
});
