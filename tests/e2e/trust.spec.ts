/**
 * What residents see of the site's work: the change history of a page, the feed link and its
 * sentence, the source marks beside figures, and "Is something wrong?" with the answers of a
 * calculator result in its e-mail. Axe passes on the history page and the trust parts of a card page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

test.describe('trust', () => {
  test('a card page links its history; the history lists dated changes with their sources and passes axe', async ({ page }) => {
    await page.goto('/en/cards/a/');
    const meta = page.locator('.page-meta');
    await expect(meta).toContainText(/Facts last checked on \d{1,2} \w+ \d{4}\./);
    await expect(page.locator('.feed-sentence')).toContainText('Follow changes for the A card in a feed reader (Atom)');
    await expect(page.locator('head link[type="application/atom+xml"][href="/en/cards/a/feed.xml"]')).toHaveCount(1);
    await meta.getByRole('link', { name: 'Every change to this page' }).click();
    await expect(page).toHaveURL(/\/en\/cards\/a\/history\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Change history: A card');
    const item = page.locator('ol.changes li[data-topic="rule"]').filter({ hasText: 'between 45 and 30 days' });
    await expect(item).toContainText('Read on 23 November 2026');
    await item.getByRole('link').first().click();
    await expect(page.locator(':target')).toHaveAttribute('id', /^source-/);
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  test('a figure’s mark goes to its numbered source, which says what it is', async ({ page }) => {
    await page.goto('/en/guides/photo/');
    const mark = page.locator('sup.source-mark a').first();
    const label = await mark.textContent();
    await mark.click();
    const target = page.locator(':target');
    await expect(target.locator('.source-kind')).not.toBeEmpty();
    const n = await target.evaluate((li) => [...li.parentElement!.children].indexOf(li) + 1);
    expect(label).toContain(`[${n}]`);
  });

  test('the report link of a result carries the calculator answers in its e-mail', async ({ page }) => {
    await page.goto('/en/cost/?municipality=koekelberg&card=k&age=30&procedure=urgent&reason=renewal&date=2025-06-01');
    await expect(page.locator('output.fee-output')).toContainText('129.50');
    const link = page.locator('.report-result a[data-report]');
    await expect(link).toHaveText('Is something wrong in this result?');
    // The click builds the message from the address as shown; stop the mail program from opening.
    await link.evaluate((a) => a.addEventListener('click', (e) => e.preventDefault()));
    await link.click();
    const href = (await link.getAttribute('href'))!;
    const body = new URLSearchParams(href.split('?')[1]).get('body')!;
    expect(body).toMatch(/^Page: http:\/\/127\.0\.0\.1:\d+\/en\/cost\/\?municipality=koekelberg&card=k&age=30&procedure=urgent&reason=renewal&date=2025-06-01/);
    expect(body).toContain('Language: English');
    expect(new URLSearchParams(href.split('?')[1]).get('subject')).toContain('Something is wrong on Verblijfskaart');
  });
});
