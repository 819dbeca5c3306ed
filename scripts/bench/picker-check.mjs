// Browser check of the municipality picker on card pages of a site built with more than
// INLINE_FEE_TABLES_MAX municipalities (e.g. a benchmark build kept with BENCH_KEEP=1):
//   ./node_modules/.bin/node scripts/bench/picker-check.mjs /tmp/bench-work/dist-50 [port]
// Choose a municipality, see its fees for the card, reload (remembered in localStorage, no
// cookie), forget; axe (WCAG 2.2 AA) in light and dark at 360 px with the table shown; no console
// error, no horizontal scrolling; a failed fee file gives a message, not a broken page.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

const dist = resolve(process.argv[2] ?? '/tmp/bench-work/dist-50');
const port = Number(process.argv[3] ?? process.env.BENCH_PORT ?? 4451);
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port), DIST_DIR: dist }, stdio: 'ignore' });
process.on('exit', () => server.kill());
for (let i = 0; i < 100; i++) {
  try { if ((await fetch(base + '/')).ok) break; } catch { /* not up yet */ }
  await new Promise((r) => setTimeout(r, 100));
}
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
const failures = [];
const check = (ok, what) => { if (!ok) failures.push(what); console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); };

for (const scheme of ['light', 'dark']) {
  const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  for (const [path, card] of [['/nl/kaarten/k/', 'k'], ['/en/cards/child/', 'child'], ['/fr/cartes/eu-plus/', 'eu-plus']]) {
    await page.goto(base + path, { waitUntil: 'networkidle' });
    const select = page.locator(`#muni-picker-${card}`);
    await select.scrollIntoViewIfNeeded().catch(() => {});
    await page.locator('.muni-picker-slot').scrollIntoViewIfNeeded();
    await select.waitFor({ timeout: 10000 });
    const options = await select.locator('option').count();
    check(options > 5, `${scheme} ${path}: the picker lists the municipalities (${options - 1})`);
    const first = await select.locator('optgroup option').first().getAttribute('value');
    await select.selectOption(first);
    await page.locator('.muni-picker table.fees, .muni-picker .muni-picker__error, .muni-picker p:has-text("Koekelberg")').first().waitFor({ timeout: 10000 });
    const rows = await page.locator('.muni-picker table.fees tbody tr').count();
    check(rows > 0, `${scheme} ${path}: ${first} shows ${rows} fee rows for this card`);
    const text = await page.locator('.muni-picker').innerText();
    check(!/NaN|undefined|Invalid Date/.test(text), `${scheme} ${path}: no NaN, undefined or Invalid Date in the picker`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check(overflow <= 0, `${scheme} ${path}: no horizontal scrolling at 360 px (${overflow})`);
    const axe = await new AxeBuilder({ page }).include('.muni-picker-slot').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice']).analyze();
    check(axe.violations.length === 0, `${scheme} ${path}: axe finds nothing in the picker${axe.violations.length ? `: ${axe.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`).join('; ')}` : ''}`);
    // Remembered across pages and reloads, without a cookie.
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('.muni-picker-slot').scrollIntoViewIfNeeded();
    await select.waitFor({ timeout: 10000 });
    await page.locator('.muni-picker table.fees').first().waitFor({ timeout: 10000 });
    check((await select.inputValue()) === first, `${scheme} ${path}: the choice is remembered after a reload`);
    check((await context.cookies()).length === 0, `${scheme} ${path}: no cookie`);
  }
  const stored = await page.evaluate(() => localStorage.getItem('verblijfskaart:municipality'));
  check(typeof stored === 'string' && stored.length > 0, `${scheme}: localStorage holds the choice (${stored})`);
  // Forget.
  await page.getByRole('button', { name: /Forget|Oublier|vergeten/ }).click();
  check((await page.evaluate(() => localStorage.getItem('verblijfskaart:municipality'))) === null, `${scheme}: "forget" clears localStorage`);
  check((await page.locator('.muni-picker table.fees').count()) === 0, `${scheme}: "forget" hides the table`);
  // A fee file that cannot be loaded: a clear message, no stack trace.
  await page.route('**/data/fees/testgemeente-*.json', (r) => r.fulfill({ status: 500, body: 'no' }));
  const select = page.locator('#muni-picker-eu-plus');
  const synthetic = await select.locator('option[value^="testgemeente-"]').last().getAttribute('value'); // not loaded yet
  if (synthetic) {
    await select.selectOption(synthetic);
    await page.locator('.muni-picker [role="alert"]').waitFor({ timeout: 10000 });
    const msg = await page.locator('.muni-picker [role="alert"]').innerText();
    check(/pas pu être chargés/.test(msg) && /\/fr\/communes\//.test(await page.locator('.muni-picker [role="alert"] a').getAttribute('href')), `${scheme}: a failed fee file shows a message with a link to the municipality page`);
  }
  await page.unroute('**/data/fees/testgemeente-*.json');
  check(errors.filter((e) => !/Failed to load resource.*500/.test(e)).length === 0, `${scheme}: no console errors (${errors.join(' | ')})`);
  await context.close();
}
await browser.close();
server.kill();
console.log(failures.length ? `\n${failures.length} check(s) failed.` : '\nAll picker checks passed.');
process.exit(failures.length ? 1 : 0);
