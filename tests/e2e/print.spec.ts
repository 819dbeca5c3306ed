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

test.describe('printing a calculator result', () => {
  test.use({ viewport: { width: 800, height: 1000 } });

  test('a printed fee result holds the answer and the checklist, not the list of every card', async ({ page }) => {
    await page.goto('/en/cost/?municipality=koekelberg&card=k&age=30&procedure=urgent&reason=renewal&date=2025-06-01');
    await expect(page.locator('output.fee-output')).toContainText(/€129\.50/);
    await page.emulateMedia({ media: 'print' });
    // Printed on A4, the result and its checklist fit on one page (with the card list it took two).
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    console.log(`printed fee result: ${pages} A4 pages`);
    await expect(page.locator('output.fee-output')).toBeVisible();
    await expect(page.locator('ul.cards')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Know your card already? All cards' })).toBeHidden();
    expect(pages).toBe(1);
  });
});
