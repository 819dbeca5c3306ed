/**
 * The deadline calculator in a real browser: shared links show the dates, the .ics file downloads
 * and parses, the form reports errors accessibly, the page works without JavaScript, and the
 * island passes axe, CSP and 360 px checks with a result and with errors on screen.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`));
  });
  return problems;
}

async function axe(page: Page, problems: string[]) {
  const result = await new AxeBuilder({ page }).include('.deadline-calc').withTags(AXE_TAGS).analyze();
  for (const v of result.violations) problems.push(`axe ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) problems.push(`horizontal scrolling: ${overflow}px`);
}

test.use({ viewport: { width: 360, height: 740 } });

test('a shared English link shows the A card dates', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/en/deadlines/?card=A&expiry=2027-03-15&today=2027-01-20');
  const output = page.locator('output.dl-output');
  await expect(output).toContainText('It is too early. You can apply for a new card from Friday, 29 January 2027. That is in 9 days.');
  const dates = page.locator('.dl-dates');
  // The legal deadline is Saturday 13 February: the dates give the last day a counter is open.
  await expect(dates).toContainText('Friday, 12 February 2027');
  await expect(dates).toContainText('Monday, 15 March 2027');
  await expect(page.getByLabel('Which card do you have?')).toHaveValue('a');
  await axe(page, problems);
  expect(problems).toEqual([]);
});

test('a shared Dutch link: K card, permanent residence, urgent after the cut-off in Koekelberg', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/nl/termijnen/?card=K&expiry=2027-07-31&permanent=yes&applied=2026-12-24&procedure=urgent&time=15:00&municipality=koekelberg&today=2026-12-01');
  const output = page.locator('output.dl-output');
  await expect(output).toContainText('vanaf maandag 21 juni 2027');
  await expect(output).toContainText('Onze bronnen geven voor deze kaart geen termijn om duurzaam verblijf aan te vragen.');
  // 24 December is before the window opens: no ready date that contradicts it.
  await expect(output).toContainText('U wilt aanvragen op donderdag 24 december 2026, maar dat kan pas vanaf maandag 21 juni 2027.');
  await expect(output).not.toContainText('Uw kaart is klaar op');
  // Without the expiry date the same application gets its ready day and the days off.
  await page.goto('/nl/termijnen/?card=K&applied=2026-12-24&procedure=urgent&time=15:00&municipality=koekelberg&today=2026-12-01');
  await expect(output).toContainText('Uw kaart is klaar op dinsdag 29 december 2026.');
  await expect(page.locator('.dl-result')).toContainText('25 december 2026 (Kerstmis, wettelijke feestdag)');
  await expect(page.getByLabel('Hoe laat dient u de aanvraag in?')).toHaveValue('15:00');
  await axe(page, problems);
  expect(problems).toEqual([]);
});

test('the .ics file downloads and parses', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/en/deadlines/?card=a&expiry=2027-07-31&permanent=yes&today=2027-01-20');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download for my calendar (.ics)' }).click()]);
  expect(download.suggestedFilename()).toBe('residence-card-deadlines.ics');
  const text = await readFile((await download.path())!, 'utf8');
  expect(text).toContain('\r\n');
  const cal = new ICAL.Component(ICAL.parse(text));
  expect(cal.getFirstPropertyValue('prodid')).toBe('-//Verblijfskaart//Deadlines//EN');
  const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(events.map((e) => [e.startDate.toString(), e.endDate.toString(), e.summary])).toEqual([
    // 28 February 2027 is a Sunday: the event falls on the last open day before it.
    ['2027-02-26', '2027-02-27', 'A card: last day to apply for permanent residence'],
    ['2027-06-16', '2027-06-17', 'A card: you can apply for a new card from today'],
    ['2027-07-01', '2027-07-02', 'A card: last day to apply for a new card'],
    ['2027-07-31', '2027-08-01', 'A card: your card expires today'],
  ]);
  for (const v of cal.getAllSubcomponents('vevent')) expect(v.getFirstSubcomponent('valarm')?.getFirstPropertyValue('action')).toBe('DISPLAY');
  expect(problems).toEqual([]);
});

test('the form: errors in a summary, then a result, and the answers in the address', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/fr/cartes/a/');
  const calc = page.locator('.deadline-calc');
  await calc.scrollIntoViewIfNeeded();
  const submit = calc.getByRole('button', { name: 'Voir mes dates' });
  await expect(submit).toBeVisible();
  await calc.locator('#dl-expiry-day').fill('31');
  await calc.locator('#dl-expiry-month').fill('2');
  await calc.locator('#dl-expiry-year').fill('2027');
  await submit.click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Ce jour n’existe pas. Vérifiez le jour et le mois de la date d’expiration.');
  await axe(page, problems);
  await summary.getByRole('link').click();
  await expect(calc.locator('#dl-expiry-day')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('28');
  await submit.click();
  await expect(page.locator('.dl-dates')).toContainText('jeudi 14 janvier 2027');
  await expect(page.locator('.dl-dates')).toContainText('vendredi 29 janvier 2027');
  await expect(page.locator('output.dl-output')).not.toBeEmpty();
  await expect(page).toHaveURL(/\/fr\/cartes\/a\/\?card=a&expiry=2027-02-28$/);
  await axe(page, problems);
  expect(problems).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the card page gives the rule in words and the standalone page a table', async ({ page }) => {
    await page.goto('/nl/kaarten/a/');
    await expect(page.locator('#deadlines ~ p').first()).toContainText('45');
    await expect(page.locator('.deadline-calc form')).toBeHidden();
    await page.goto('/en/deadlines/');
    const rules = page.locator('table.deadline-rules');
    await expect(rules.getByRole('row', { name: /A card/ })).toContainText('between 45 and 30 days before the expiry date');
    await expect(page.locator('table.deadline-holidays tr')).toHaveCount(10);
  });
});

test.describe('dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });
  test('a result with warnings passes axe', async ({ page }) => {
    const problems = watch(page);
    await page.goto('/fr/delais/?card=eu&expiry=2027-03-15&permanent=yes&applied=2027-02-13&procedure=urgent&today=2027-02-10');
    await expect(page.locator('output.dl-output')).toContainText('Dépêchez-vous');
    await axe(page, problems);
    expect(problems).toEqual([]);
  });
});
