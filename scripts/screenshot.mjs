// Takes screenshots of pages in Debian's Chromium: node scripts/screenshot.mjs <baseUrl> <outDir> <path> [<path>…]
// Each path is shot at 360 px and 1280 px wide, light and dark (SCHEME=dark).
import { chromium } from 'playwright-core';
const [base, outDir, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
for (const width of [360, 1280]) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: process.env.SCHEME === 'dark' ? 'dark' : 'light' });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') console.log(`console error on ${page.url()}: ${m.text()}`); });
  for (const p of paths) {
    await page.goto(base + p, { waitUntil: 'networkidle' });
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    const name = `${outDir}/${p.replace(/[^a-z0-9]+/gi, '_')}-${width}.png`;
    await page.screenshot({ path: name, fullPage: true });
    console.log(`${name}${scroll ? '  (HORIZONTAL SCROLL)' : ''}`);
    // Also cut the page into readable parts (1200 px high) for a closer look.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0, i = 1; y < height && i <= 8; y += 1200, i++) {
      await page.screenshot({ path: name.replace('.png', `-part${i}.png`), fullPage: true, clip: { x: 0, y, width, height: Math.min(1200, height - y) } });
    }
  }
  await context.close();
}
await browser.close();
