/**
 * Both calculators with the keyboard alone: Tab to each field, choose with arrow keys and
 * typing, submit with Enter; the error summary takes focus and its links move focus to the
 * field; the result is in an <output> (a live region) that screen readers announce.
 */
import { expect, test, type Page } from '@playwright/test';

/** Presses Tab until the element has focus (fails after `max` presses). */
async function tabTo(page: Page, selector: string, max = 60) {
  const target = page.locator(selector).first();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('fee calculator: an empty submit, then every answer by keyboard, shows the price in an <output>', async ({ page }) => {
  await page.goto('/en/cost/');
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Show the price' }) });
  await expect(form).toBeVisible();
  // Submitting nothing: the summary takes focus, Enter on its first link focuses the field.
  await tabTo(page, 'button:has-text("Show the price")');
  await page.keyboard.press('Enter');
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const municipality = page.getByLabel('Which municipality do you live in?');
  await expect(municipality).toBeFocused();
  // Choose by typing, as a keyboard user does on a <select>.
  await municipality.press('k');
  await expect(municipality).toHaveValue('koekelberg');
  await page.keyboard.press('Tab');
  const card = page.getByLabel('Which card?');
  await expect(card).toBeFocused();
  await card.press('K'); // typing the first letter selects "K card"
  await expect(card).toHaveValue('k');
  // Age: the "I give the age" radio is the default; Tab to the number field and type.
  await tabTo(page, 'input[inputmode="numeric"]:visible');
  await page.keyboard.type('30');
  // Procedure: Tab into the radio group, arrow to "Urgent".
  await tabTo(page, 'input[type="radio"][value="normal"], input[type="radio"][value="urgent"]');
  const urgent = page.locator('input[type="radio"][value="urgent"]');
  if (!(await urgent.isChecked())) await page.keyboard.press('ArrowDown');
  await expect(urgent).toBeChecked();
  // Reason: next radio group; arrow until "renewal".
  await page.keyboard.press('Tab');
  const renewal = page.locator('input[type="radio"][value="renewal"]');
  for (let i = 0; i < 3 && !(await renewal.isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect(renewal).toBeChecked();
  await tabTo(page, 'button:has-text("Show the price")');
  await page.keyboard.press('Enter');
  const output = page.locator('output').filter({ hasText: '€' }).first();
  await expect(output).toBeVisible();
  await expect(output).toContainText(/€\s?1\d\d\.\d\d/);
  await expect(page).toHaveURL(/municipality=koekelberg/);
  await expect(page).toHaveURL(/procedure=urgent/);
});

test('deadline calculator: three date fields by keyboard, result in an <output>', async ({ page }) => {
  await page.goto('/en/deadlines/?today=2027-01-20');
  const calc = page.locator('.deadline-calc');
  await expect(calc).toBeVisible();
  const card = calc.getByLabel(/card/i).first();
  await tabTo(page, '.deadline-calc select');
  await expect(card).toBeFocused();
  await card.press('A');
  await expect(card).toHaveValue('a');
  await tabTo(page, '#dl-expiry-day');
  await page.keyboard.type('15');
  await page.keyboard.press('Tab');
  await expect(calc.locator('#dl-expiry-month')).toBeFocused();
  await page.keyboard.type('3');
  await page.keyboard.press('Tab');
  await expect(calc.locator('#dl-expiry-year')).toBeFocused();
  await page.keyboard.type('2027');
  await page.keyboard.press('Enter'); // Enter in a field submits the form
  const output = calc.locator('output');
  await expect(output).toContainText('29 January 2027');
  await expect(calc.locator('.dl-dates')).toContainText('12 February 2027');
  // <output> has the implicit status role: screen readers announce its changes.
  expect(await output.evaluate((el) => el.tagName)).toBe('OUTPUT');
});
