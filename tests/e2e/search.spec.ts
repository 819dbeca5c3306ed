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

test('card results carry the card name once (no badge in the title) and the kind label is styled apart', async ({ page }) => {
  await page.goto('/nl/zoeken/?q=gevestigde');
  const first = page.locator('.search-results li a').first();
  await expect(first).toBeVisible();
  const titles = await page.locator('.search-results li a').allTextContents();
  expect(titles).toContain('K-kaart');
  expect(titles.filter((x) => /^(\S+)\1/.test(x.replace(/-kaart$/, '')))).toEqual([]);
  const kind = page.locator('.search-results li .kind').first();
  if (await kind.count()) expect(await kind.evaluate((el) => getComputedStyle(el).marginLeft)).not.toBe('0px');
});

test('"show more" appears only when there are more results', async ({ page }) => {
  await page.goto('/en/search/?q=zzqqxxnothing');
  await expect(page.locator('[role="status"]').filter({ hasText: /No results/ })).toBeVisible();
  await expect(page.locator('.search-more')).toBeHidden();
});

test('the language switcher keeps the answers of a calculator and the query of a search', async ({ page }) => {
  await page.goto('/nl/kosten/?municipality=koekelberg&card=K&age=30&procedure=urgent&reason=renewal&date=2025-06-01');
  await expect(page.locator('output.fee-output')).toContainText(/129,50/);
  await page.locator('details.langs summary').click();
  await page.locator('details.langs a[hreflang="fr"]').click();
  await expect(page).toHaveURL(/\/fr\/cout\/\?municipality=koekelberg&card=k&age=30&procedure=urgent&reason=renewal&date=2025-06-01$/);
  await expect(page.locator('output.fee-output')).toContainText(/129,50\s€/);
  await page.goto('/nl/zoeken/?q=verloren');
  await page.locator('details.langs summary').click();
  await page.locator('details.langs a[hreflang="en"]').click();
  await expect(page).toHaveURL(/\/en\/search\/\?q=verloren$/);
});

test('an unknown address under a language folder answers 404 in that language', async ({ page }) => {
  const response = await page.goto('/fr/cartes/zz/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cette page n’existe pas');
  await page.getByRole('link', { name: 'Aller à la page d’accueil' }).click();
  await expect(page).toHaveURL(/\/fr\/$/);
});

test('the server compresses text and lets browsers keep content-hashed files; the search still works without Pagefind\'s worker', async ({ page, request }) => {
  await page.goto('/en/search/?q=renew');
  await expect(page.locator('.search-results li a').first()).toHaveAttribute('href', '/en/deadlines/');
  const css = await page.locator('link[rel="stylesheet"][href^="/_astro/"]').first().getAttribute('href');
  const asset = await request.get(css!, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(asset.headers()['content-encoding']).toBe('gzip');
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const html = await request.get('/en/search/', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(html.headers()['content-encoding']).toBe('gzip');
  expect(html.headers()['cache-control']).toBe('no-cache');
  expect(html.headers()['content-security-policy']).toContain("default-src 'self'");
  expect((await request.get('/pagefind/pagefind-worker.js')).status()).toBe(404);
});

test('the count comes before the results, which arrive in their order; "more" shows the next ten and moves the focus to the first of them', async ({ page }) => {
  // The first result's text is held back: the count is said, and no later result jumps ahead of it.
  let first = true;
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/pagefind/fragment/**', async (route) => {
    if (first) {
      first = false;
      await held;
    }
    await route.continue();
  });
  await page.goto('/en/search/?q=card');
  const status = page.locator('.search-status');
  await expect(status).toContainText(/\d+ results for “card”/);
  const items = page.locator('.search-results li');
  await expect(page.locator('.search-results')).toHaveAttribute('aria-busy', 'true');
  await page.waitForTimeout(300);
  await expect(items).toHaveCount(0);
  release();
  await expect(items).toHaveCount(10);
  await expect(page.locator('.search-results')).not.toHaveAttribute('aria-busy', 'true');
  const total = Number(/(\d+) results/.exec((await status.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(10);
  await page.locator('.search-more').click();
  await expect(items).toHaveCount(Math.min(20, total));
  await expect(items.nth(10).locator('a')).toBeFocused();
});

test('the search page fetches Pagefind while it loads, the index chunk while the query is typed, and no file twice', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) fetched.push(new URL(r.url()).pathname + new URL(r.url()).search);
  });
  await page.goto('/nl/zoeken/');
  // The page's preload links name this language's files (scripts/index-search.ts writes them).
  const wasm = await page.locator('link[data-pagefind-preload="wasm"]').getAttribute('href');
  const meta = await page.locator('link[data-pagefind-preload="meta"]').getAttribute('href');
  expect(wasm).toBe('/pagefind/wasm.nl.pagefind');
  expect(meta).toMatch(/^\/pagefind\/pagefind\.nl_[0-9a-f]+\.pf_meta$/);
  await expect.poll(() => fetched.filter((f) => f === wasm || f === meta).length).toBe(2);
  await page.locator('.search input[name=q]').pressSequentially('vingerafdrukken', { delay: 20 });
  await expect.poll(() => fetched.some((f) => f.includes('/pagefind/index/'))).toBe(true);
  await page.locator('.search input[name=q]').press('Enter');
  await expect(page.locator('.search-results li').first()).toBeVisible();
  await expect(page.locator('.search-results')).not.toHaveAttribute('aria-busy', 'true');
  expect(fetched.filter((f, i) => fetched.indexOf(f) !== i)).toEqual([]);
  expect(fetched.filter((f) => f.startsWith('/pagefind/fragment/')).length).toBe(10);
});
