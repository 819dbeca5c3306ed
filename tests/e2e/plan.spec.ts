/** "Your plan": one question per step, the answers in the address, one overview from the same engines. */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const axe = async (page: Page) => (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test.describe('your plan', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('a Polish citizen: from the home page to the EU card and a complete plan in six screens, by keyboard', async ({ page }) => {
    const screens: string[] = [];
    const visit = () => screens.push(new URL(page.url()).pathname);
    // Keyboard only: focus a link or button and press Enter.
    const enter = async (locator: ReturnType<Page['locator']>) => {
      await locator.focus();
      await page.keyboard.press('Enter');
    };
    await page.goto('/en/');
    visit();
    await enter(page.getByRole('link', { name: 'Find your card', exact: true }));
    await page.waitForURL(/\/en\/which-card\/$/);
    visit();
    await enter(page.getByRole('link', { name: /^A country of the European Union/ }));
    await page.waitForURL(/eu-permanent\/$/);
    visit();
    await enter(page.getByRole('link', { name: /^No/ }).first());
    await page.waitForURL(/eu-card\/$/);
    visit();
    await expect(page.locator('h1')).toContainText('EU card');
    await enter(page.getByRole('link', { name: /Make your overview for this card/ }));
    await page.waitForURL(/\/en\/my-situation\/\?card=eu$/);
    visit();
    // Every question on one page, one fieldset each; a missing answer is named in the summary.
    await expect(page.getByRole('button', { name: 'Show my overview' })).toBeEnabled();
    await enter(page.getByRole('button', { name: 'Show my overview' }));
    await expect(page.getByRole('alert')).toBeFocused();
    await expect(page.getByRole('alert')).toContainText('Enter the age.');
    expect(await axe(page)).toEqual([]);
    await page.getByLabel('Which municipality do you live in?').selectOption('voorbeeldgemeente');
    await expect(page.getByLabel('Which card do you have, or which card will you get?')).toHaveValue('eu');
    await page.getByLabel('How old is the person the card is for?').fill('30');
    await page.getByLabel('It is my first card').check();
    await page.getByLabel('Normal').check();
    await enter(page.getByRole('button', { name: 'Show my overview' }));
    await expect(page).toHaveURL(/\?municipality=voorbeeldgemeente&card=eu&age=30&reason=first&procedure=normal&v=[0-9a-f]{8}$/);
    visit();
    expect(screens.length).toBeLessThanOrEqual(6);
    const overview = page.locator('.plan');
    await expect(overview.getByRole('heading', { name: 'Your overview' })).toBeFocused();
    await expect(overview).toContainText('EU card');
    await expect(overview.locator('output.fee-output')).toContainText('€21.10');
    await expect(overview.getByRole('heading', { name: 'What to bring' })).toBeVisible();
    await expect(overview.getByRole('heading', { name: 'Where to go' })).toBeVisible();
    await expect(overview.locator('.plan-counter')).toContainText('For: EU, Voorbeeldgemeente');
    // Flanders: the counter works in Dutch, so each item is in Dutch beside English.
    await expect(overview.locator('.plan-counter-table th[lang="nl"]')).toHaveText('Lijst voor aan het loket');
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    expect(await axe(page)).toEqual([]);
    // Change one answer: back to the form with that question focused, then the overview again.
    await enter(overview.getByRole('link', { name: 'Change Procedure' }));
    await expect(page.locator('#plan-procedure-normal')).toBeFocused();
    await page.getByLabel('Urgent (spoedprocedure / procédure urgente)').check();
    await enter(page.getByRole('button', { name: 'Show my overview' }));
    await expect(page.getByRole('heading', { name: 'Your overview' })).toBeVisible();
    await expect(page).toHaveURL(/procedure=urgent/);
    await expect(page.locator('output.fee-output')).toContainText('€118.40');
  });

  test('a shared link opens on its overview; an old version says the rules changed; a wrong answer opens its question with the error', async ({ page }) => {
    await page.goto('/nl/mijn-situatie/?municipality=koekelberg&card=k&age=30&reason=renewal&procedure=urgent&expiry=2027-07-31&applied=2027-06-25&today=2026-12-01&v=00000000');
    await expect(page.getByRole('heading', { name: 'Uw overzicht' })).toBeVisible();
    await expect(page.getByRole('note').filter({ hasText: 'De regels zijn veranderd' })).toBeVisible();
    await expect(page.locator('output.fee-output')).toContainText(/129,50/);
    await expect(page.locator('.plan output.dl-output')).not.toBeEmpty();
    // Brussels: the resident chooses the counter's language.
    await page.getByLabel('français').check();
    await expect(page.locator('.plan-counter-table th[lang="fr"]')).toHaveText('Liste pour le guichet');
    await page.goto('/fr/ma-situation/?municipality=koekelberg&card=k&age=-5&reason=renewal&procedure=normal');
    await expect(page.getByLabel('Quel âge a la personne pour qui est la carte ?')).toHaveValue('-5');
    await expect(page.locator('.form-error')).toContainText('Indiquez l’âge en chiffres, en années.');
  });

  test('the printed counter list is one A4 page with the items in both languages', async ({ page }) => {
    await page.goto('/en/my-situation/?municipality=koekelberg&card=f&age=30&reason=lost-stolen&procedure=normal');
    await expect(page.locator('.plan-counter-table tbody tr').first()).toBeVisible();
    await page.evaluate(() => document.documentElement.classList.add('plan-print'));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.plan-answers')).toBeHidden();
    await expect(page.locator('.plan-counter')).toBeVisible();
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    console.log(`printed counter list: ${pages} A4 page(s), ${await page.locator('.plan-counter-table tbody tr').count()} items`);
    expect(pages).toBe(1);
  });
});

test('a card page\'s link into the plan carries what its calculators know, so no question is asked twice', async ({ page }) => {
  await page.goto('/en/cards/k/?municipality=koekelberg&age=30&procedure=urgent&reason=renewal&date=2026-12-10&today=2026-12-01');
  await page.getByRole('link', { name: /Make your overview for this card/ }).click();
  await expect(page).toHaveURL(/\/en\/my-situation\/\?/);
  // Every question is answered: the plan opens on its overview, with the calculator's day.
  await expect(page.getByRole('heading', { name: 'Your overview' })).toBeVisible();
  await expect(page.locator('.plan-answers')).toContainText('K – K card');
  await expect(page.locator('.plan-answers')).toContainText('applying on 10 December 2026');
  await expect(page.locator('output.fee-output')).toContainText('€129.50');
});

test('the plan\'s card question links to "Find your card"', async ({ page }) => {
  await page.goto('/en/my-situation/?municipality=koekelberg&step=card');
  await page.getByRole('link', { name: 'Not sure? Find your card' }).click();
  await expect(page).toHaveURL(/\/en\/which-card\/$/);
});
