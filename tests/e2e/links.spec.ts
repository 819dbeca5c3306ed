/** Links that keep the answers: two calculators on one page share the answers that mean the same, and odd values in a link are shown with their error. */
import { expect, test } from '@playwright/test';

test('on a card page the deadline calculator\'s procedure is the fee calculator\'s too: page, address and a reload agree', async ({ page }) => {
  await page.goto('/nl/kaarten/k/?municipality=koekelberg&age=30&procedure=urgent&reason=renewal&date=2025-06-01&today=2026-12-01');
  // The calculators wake up when they come into view.
  await page.locator('.fee-calc-slot').scrollIntoViewIfNeeded();
  const fee = page.locator('output.fee-output');
  await expect(fee).toContainText(/U betaalt €\s129,50\./);
  const calc = page.locator('.deadline-calc');
  await calc.scrollIntoViewIfNeeded();
  // The link's procedure is the deadline calculator's answer as well.
  await expect(calc.locator('#dl-procedure-urgent')).toBeChecked();
  await calc.locator('#dl-expiry-day').fill('31');
  await calc.locator('#dl-expiry-month').fill('7');
  await calc.locator('#dl-expiry-year').fill('2027');
  await calc.locator('#dl-applied-day').fill('10');
  await calc.locator('#dl-applied-month').fill('12');
  await calc.locator('#dl-applied-year').fill('2026');
  await calc.locator('#dl-procedure-normal').check();
  await calc.getByRole('button', { name: 'Toon mijn datums' }).click();
  await expect(page.locator('output.dl-output')).not.toBeEmpty();
  // The fee result follows the new answer instead of keeping a price the address no longer means.
  await expect(fee).toContainText(/U betaalt €\s25,40\./);
  await expect(page).toHaveURL(/[?&]procedure=normal(&|$)/);
  expect(new URL(page.url()).searchParams.getAll('procedure')).toEqual(['normal']);
  await page.reload();
  await page.locator('.fee-calc-slot').scrollIntoViewIfNeeded();
  await expect(page.locator('output.fee-output')).toContainText(/U betaalt €\s25,40\./);
  await page.locator('.deadline-calc-slot').scrollIntoViewIfNeeded();
  await expect(page.locator('#dl-procedure-normal')).toBeChecked();
});

test('choosing urgent in the fee calculator moves the deadline calculator\'s result to urgent', async ({ page }) => {
  await page.goto('/en/cards/k/?applied=2026-12-10&procedure=normal&municipality=koekelberg&age=30&reason=renewal&date=2025-06-01&today=2026-12-01');
  // The calculators wake up when they come into view.
  await page.locator('.fee-calc-slot').scrollIntoViewIfNeeded();
  const fee = page.locator('output.fee-output');
  await expect(fee).toContainText(/€25\.40/);
  await page.locator('.deadline-calc-slot').scrollIntoViewIfNeeded();
  const dl = page.locator('output.dl-output');
  await expect(dl).not.toBeEmpty();
  const before = await dl.innerText();
  await page.locator('.fee-calc-slot').scrollIntoViewIfNeeded();
  await page.locator('#fee-procedure-urgent').check();
  await expect(fee).toContainText(/€129\.50/);
  await expect(page.locator('#dl-procedure-urgent')).toBeChecked();
  await expect.poll(() => dl.innerText()).not.toBe(before);
  expect(new URL(page.url()).searchParams.getAll('procedure')).toEqual(['urgent']);
});

test('odd dates in a link are shown with an error that says why', async ({ page }) => {
  await page.goto('/en/deadlines/?card=b&expiry=2099-01-01&today=2026-12-01');
  await expect(page.getByRole('alert')).toContainText('This expiry date is more than 10 years from today');
  await expect(page.locator('#dl-expiry-year')).toHaveValue('2099');
  await page.goto('/en/deadlines/?card=b&expiry=99999-01-01&today=2026-12-01');
  await expect(page.locator('#dl-expiry-year')).toHaveValue('99999');
  await expect(page.getByRole('alert')).toContainText(/four digits/);
  await page.goto('/en/deadlines/?applied=2020-01-01&today=2026-12-01');
  await expect(page.getByRole('alert')).toContainText('more than 1 year before today');
  await page.goto('/en/cost/?municipality=koekelberg&card=k&age=30&procedure=normal&reason=renewal&date=2099-01-01');
  await expect(page.locator('#fee-date-year')).toHaveValue('2099');
  await expect(page.getByRole('alert')).toContainText(/between \d{4} and \d{4}/);
});
