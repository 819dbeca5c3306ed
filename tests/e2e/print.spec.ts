import { expect, test } from '@playwright/test';

test.describe('printing', () => {
  test.use({ viewport: { width: 800, height: 1000 } });

  test('a card page prints without navigation, with every "what to bring" block open', async ({ page }) => {
    await page.goto('/en/cards/a/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header.site')).toBeHidden();
    await expect(page.locator('footer.site')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const details = page.locator('main details');
    expect(await details.count()).toBeGreaterThan(3);
    // Closed <details> still print their content.
    for (const d of await details.all()) {
      const inner = d.locator(':scope > :not(summary)').first();
      await expect(inner).toBeVisible();
    }
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });
});
