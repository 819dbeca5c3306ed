import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const axe = async (page: Page) => (await new AxeBuilder({ page }).include('.fee-calc').withTags(AXE_TAGS).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);

const SHARED = '/nl/kosten/?municipality=koekelberg&card=K&age=30&procedure=urgent&reason=renewal&date=2025-06-01';

test.describe('fee calculator', () => {
  test('a shared link shows its result; changing an answer changes the result and the address', async ({ page }) => {
    await page.goto(SHARED);
    const output = page.locator('output.fee-output');
    await expect(output).toContainText(/U betaalt €\s129,50\./);
    await expect(output).toContainText('K-kaart in Koekelberg');
    await page.locator('.fee-details summary').click();
    expect(await axe(page)).toEqual([]);
    await page.getByLabel('Normaal: de kaart is na 2 tot 3 weken klaar').check();
    await expect(output).toContainText(/U betaalt €\s25,40\./);
    await expect(page).toHaveURL(/[?&]procedure=normal(&|$)/);
    await page.getByLabel('Welke kaart?').selectOption('a');
    await page.getByLabel('Het is mijn eerste kaart').check();
    await expect(output).toContainText(/€\s25,50/);
    await expect(page).toHaveURL(/card=a&age=30&procedure=normal&reason=first&date=2025-06-01/);
    // The new address reproduces the new result.
    await page.reload();
    await expect(page.locator('output.fee-output')).toContainText(/U betaalt €\s25,50\./);
  });

  test('words and lists come from cacheable data files; when one cannot load, the form stays still and the page says so', async ({ page }) => {
    const data: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/data/ui/')) data.push(new URL(r.url()).pathname); });
    await page.goto('/nl/kosten/');
    await expect(page.getByLabel('Welke kaart?')).toBeEnabled();
    expect(data.sort()).toEqual([expect.stringMatching(/^\/data\/ui\/nl\/fees\.[0-9a-f]{10}\.json$/), expect.stringMatching(/^\/data\/ui\/nl\/form\./), expect.stringMatching(/^\/data\/ui\/nl\/municipalities\./)]);
    const cache = await page.evaluate(async (u) => (await fetch(u)).headers.get('cache-control'), data[0]!);
    expect(cache).toBe('public, max-age=31536000, immutable');
    // The municipalities are listed once the island is awake, not in the page's HTML.
    await expect(page.locator('#fee-municipality option')).toHaveCount(3);

    const broken = await page.context().newPage();
    await broken.route('**/data/ui/nl/fees.*.json', (r) => r.fulfill({ status: 503, body: '' }));
    await broken.goto('/nl/kosten/');
    await expect(broken.getByRole('alert')).toHaveText('Deze rekenhulp kon niet laden. Controleer uw verbinding en laad de pagina opnieuw.');
    await expect(broken.getByLabel('Welke kaart?')).toBeDisabled();
    await expect(broken.locator('.fee-calc')).not.toContainText(/undefined|NaN/);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`a result with a conflict and an amount read long before the day passes axe in the ${scheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      // Koekelberg's page is undated: its amounts were read on 23 November 2026; a day in July 2027 is long after.
      await page.goto('/en/cost/?municipality=koekelberg&card=eu&age=7&procedure=urgent&reason=first&date=2027-07-01');
      await expect(page.locator('output.fee-output')).toContainText(/read on 23 November 2026, long before the day you apply\. It may have changed/);
      await expect(page.locator('output.fee-output')).toContainText(/€118\.00 or €118\.10/);
      await page.locator('.fee-details summary').click();
      expect(await axe(page)).toEqual([]);
    });
  }

  test('a missing answer gives an error summary that takes focus and links to the field', async ({ page }) => {
    await page.goto('/en/cost/');
    await page.getByRole('button', { name: 'Show the price' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading')).toHaveText('There is a problem');
    await summary.getByRole('link', { name: 'Choose your municipality.' }).click();
    await expect(page.getByLabel('Which municipality do you live in?')).toBeFocused();
    await expect(page.getByLabel('Which municipality do you live in?')).toHaveAttribute('aria-invalid', 'true');
    expect(await axe(page)).toEqual([]);
  });

  test('on a card page the card is preselected and the municipality file loads when chosen', async ({ page }) => {
    const files: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/data/fees/')) files.push(new URL(r.url()).pathname); });
    await page.goto('/fr/cartes/eu-plus/');
    // On card pages the calculator hydrates when it scrolls into view.
    await page.locator('.fee-calc-slot').scrollIntoViewIfNeeded();
    const card = page.getByLabel('Quelle carte ?');
    await expect(card).toHaveValue('eu-plus');
    expect(files).toEqual([]);
    await page.getByLabel('Dans quelle commune habitez-vous ?').selectOption('koekelberg');
    await page.getByLabel('Je donne l’âge').check();
    await page.getByLabel('Âge en années').fill('8');
    await page.getByLabel('Normal : la carte est prête après 2 à 3 semaines').check();
    await page.getByLabel('C’est ma première carte').check();
    for (const [label, value] of [['Jour', '1'], ['Mois', '6'], ['Année', '2025']] as const) await page.getByLabel(label, { exact: true }).first().fill(value);
    await page.getByRole('button', { name: 'Afficher le prix' }).click();
    const output = page.locator('output.fee-output');
    await expect(output).toContainText(/6,00\s€ ou 9,00\s€/);
    await expect(output).toContainText('Demandez au guichet');
    expect(files).toEqual(['/data/fees/koekelberg.json']);
    await expect(page).toHaveURL(/\/fr\/cartes\/eu-plus\/\?municipality=koekelberg&card=eu-plus&age=8&procedure=normal&reason=first&date=2025-06-01$/);
  });

  test('prints the result and the checklist without the form (an old link with reason=duplicate reads as lost or stolen)', async ({ page }) => {
    await page.goto('/en/cost/?municipality=koekelberg&card=a&age=30&procedure=normal&reason=duplicate&date=2025-06-01');
    await expect(page.getByLabel('My card is lost or stolen')).toBeChecked();
    const list = page.getByRole('region', { name: 'What to bring' });
    await expect(list).toContainText('annex 12');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.fee-form')).toBeHidden();
    await expect(list).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print this list' })).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a card page shows no empty calculator frame and no question without its field', async ({ page }) => {
    await page.goto('/en/cards/b/');
    for (const island of await page.locator('.calc-slot astro-island').all()) await expect(island).toBeHidden();
    await expect(page.getByText('Enter the expiry date of your card.')).toBeHidden();
    expect(await page.locator('.deadline-calc-slot').innerText()).toContain('The calculator needs JavaScript.');
  });

  test('no form pretends to work; the page says where the prices are', async ({ page }) => {
    await page.goto(SHARED);
    // The server renders the form (so nothing moves when JavaScript wakes it), but without JavaScript it is hidden.
    await expect(page.locator('form.fee-form')).toBeHidden();
    // Playwright's text and role queries skip <noscript>; what a reader without JavaScript sees is its innerText.
    expect(await page.locator('.fee-calc-slot').innerText()).toContain('De rekenhulp werkt met JavaScript');
    await page.locator('.fee-calc-slot noscript a[href="/nl/gemeenten/koekelberg/#fees"]').click();
    await expect(page).toHaveURL(/\/nl\/gemeenten\/koekelberg\/#fees$/);
    await expect(page.getByRole('table').first()).toContainText(/129,50/);
  });
});

test.describe('open data', () => {
  test('publishes the fee files, the index and the JSON Schema', async ({ request }) => {
    const index = await (await request.get('/data/fees/index.json')).json();
    expect(index.municipalities.map((m: { id: string }) => m.id)).toEqual(expect.arrayContaining(['koekelberg', 'voorbeeldgemeente']));
    const file = await (await request.get(index.municipalities.find((m: { id: string }) => m.id === 'koekelberg').url)).json();
    expect(file.municipality.id).toBe('koekelberg');
    expect(file.segments.some((s: { total: number }) => s.total === 12950)).toBe(true);
    const schema = await request.get('/data/fees.schema.json');
    expect(schema.ok()).toBe(true);
    expect((await schema.json()).$defs.FeeIndex).toBeDefined();
  });
});
