import { expect, test } from '@playwright/test';

test.describe('search with the keyboard alone', () => {
  test('from the header: tab to the field, type, Enter, tab to the results', async ({ page }) => {
    await page.goto('/en/');
    // Skip link first, then the header links, then the search field.
    await page.keyboard.press('Tab');
    await expect(page.locator('.skip-link')).toBeFocused();
    const field = page.getByRole('searchbox', { name: 'Search the site' });
    for (let i = 0; i < 20 && !(await field.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(field).toBeFocused();
    await page.keyboard.type('annex 12');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/search\/\?q=annex\+12/);
    const status = page.locator('.search-status');
    await expect(status).toHaveAttribute('role', 'status');
    await expect(status).toContainText(/results? for “annex 12”/);
    // The count is said before the results arrive (src/components/search/search-client.ts): wait for them.
    await expect(page.locator('.search-results')).not.toHaveAttribute('aria-busy', 'true');
    await expect(page.locator('.search-results li a').first()).toBeVisible();
    // The results follow the form: Tab from the kind filter's button reaches the first result.
    await page.getByRole('button', { name: 'Search', exact: true }).focus();
    await page.keyboard.press('Tab');
    const first = page.locator('.search-results li a').first();
    await expect(first).toBeFocused();
    const href = await first.getAttribute('href');
    expect(href).toMatch(/^\/en\/guides\/(lost-or-stolen|annexes)\/$/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });

  test('the kind filter narrows results to guides and keeps the choice in the URL', async ({ page }) => {
    await page.goto('/fr/recherche/?q=PUK');
    await expect(page.locator('.search-results li').first()).toBeVisible();
    await page.getByLabel('Type de page').selectOption('guide');
    await expect(page).toHaveURL(/kind=guide/);
    await expect(page.locator('.search-results .kind').first()).toHaveText('Guide');
    const kinds = await page.locator('.search-results .kind').allTextContents();
    expect(new Set(kinds)).toEqual(new Set(['Guide']));
  });

  test('a query without results says so in the live region', async ({ page }) => {
    await page.goto('/nl/zoeken/?q=xyzzyqq');
    await expect(page.locator('.search-status')).toContainText('Geen resultaten voor “xyzzyqq”');
    await expect(page.locator('.search-results li')).toHaveCount(0);
  });
});

test('a card filter in the link (?card=K) keeps only that card\'s pages', async ({ page }) => {
  await page.goto('/en/search/?q=card&card=K');
  const links = page.locator('.search-results li a');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(['/en/cards/k/']);
});
