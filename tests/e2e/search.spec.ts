import { expect, test } from '@playwright/test';

test('searching "bijlage 12" on the Dutch site lists the lost-or-stolen guide first and opens it', async ({ page }) => {
  await page.goto('/nl/');
  await page.getByRole('searchbox', { name: 'Zoeken op de site' }).fill('bijlage 12');
  await page.getByRole('button', { name: 'Zoeken', exact: true }).first().click();
  await expect(page).toHaveURL(/\/nl\/zoeken\/\?q=bijlage\+12/);
  const first = page.locator('.search-results li a').first();
  await expect(first).toBeVisible();
  await expect(first).toHaveAttribute('href', '/nl/gidsen/verlies-of-diefstal/');
  await first.click();
  await expect(page).toHaveURL(/\/nl\/gidsen\/verlies-of-diefstal\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/verloren of gestolen/i);
});
