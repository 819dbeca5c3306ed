// `npm run budget`: the performance budget, measured in Debian's Chromium against dist/.
// First it builds the site twice with synthetic municipalities (6 and 30: both above the number
// whose fee tables card pages show inline) and fails on any page kind whose HTML grows with the
// number of municipalities (more than 1 % of gzip bytes); BUDGET_SKIP_SCALE=1 skips that.
// For each page kind it prints HTML, CSS and JS bytes (gzip) loaded on page load (before any
// interaction) and after scrolling through the page (client:visible islands), and fails above the budget; it measures what the first search query fetches; then it runs
// Lighthouse (mobile) on a card page, a calculator page and the search page and fails below
// the score thresholds. Prints a table; writes it as JSON to budget-results.json (ignored).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { writeSyntheticMunicipalities, syntheticId } from './bench/synthetic.mjs';
import { chromium } from 'playwright-core';
import { LANGS } from '../src/i18n/languages.ts';
import { SECTIONS, historyPathFor } from '../src/i18n/routes.ts';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const dist = resolve(process.env.DIST_DIR ?? 'dist');
const port = Number(process.env.BUDGET_PORT ?? 4599);
const base = `http://127.0.0.1:${port}`;
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const flags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'];
const KB = 1024;
const BUDGET = { cardJs: 12 * KB, cardCss: 10 * KB, firstSearch: 100 * KB, jsAfterScroll: 32 * KB, cls: 0.1 };
const SCORES = { accessibility: 100, 'best-practices': 100, performance: 95, seo: 95 };

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}: run npm run build first.`);
  process.exit(1);
}
const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port), DIST_DIR: dist }, stdio: 'ignore' });
const stop = () => server.kill();
process.on('exit', stop);
for (let i = 0; i < 50; i++) {
  try { if ((await fetch(base + '/')).ok) break; } catch { /* not up yet */ }
  await new Promise((r) => setTimeout(r, 100));
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const fileFor = (url) => {
  const p = decodeURIComponent(new URL(url).pathname);
  const f = join(dist, p.endsWith('/') ? p + 'index.html' : p);
  return existsSync(f) ? f : null;
};
/** Bytes a browser would download, gzip-compressed as a static host serves them (Pagefind files are already compressed). */
const sizeOf = (url) => {
  const f = fileFor(url);
  if (!f) return 0;
  const buf = readFileSync(f);
  return /\/pagefind\/.*\.pf_/.test(url) || url.endsWith('.wasm') ? buf.length : gz(buf);
};

const kinds = [
  ['home', '/nl/'],
  ['card', '/nl/kaarten/a/'],
  ['card (EU+)', '/fr/cartes/eu-plus/'],
  ['municipality', '/nl/gemeenten/koekelberg/'],
  ['guide', '/nl/gidsen/verlies-of-diefstal/'],
  ['fee calculator', '/nl/kosten/'],
  ['deadline calculator', '/nl/termijnen/'],
  ['search', '/nl/zoeken/'],
  ['plan', '/nl/mijn-situatie/'],
];
// The heaviest language (most bytes of gzip HTML on its card page, e.g. a script with two bytes
// per letter) gets its card page, plan and fee calculator measured too.
const cardPageIn = (l) => `/${l}/${SECTIONS.cards[l]}/a/`;
const perLanguage = LANGS.map((l) => ({ l, bytes: gz(readFileSync(join(dist, cardPageIn(l), 'index.html'))) })).sort((a, b) => b.bytes - a.bytes);
const heaviest = perLanguage[0].l;
console.log(`Card page HTML per language (gzip): ${perLanguage.map((x) => `${x.l} ${(x.bytes / KB).toFixed(1)} KB`).join(', ')}; heaviest: ${heaviest}`);
kinds.push([`card (${heaviest})`, cardPageIn(heaviest)], [`plan (${heaviest})`, `/${heaviest}/${SECTIONS.plan[heaviest]}/`], [`fee calculator (${heaviest})`, `/${heaviest}/${SECTIONS.cost[heaviest]}/`]);

// HTML that must not grow with the number of municipalities: every page kind but the list of
// municipalities (which lists them) is built with 6 and with 30 and compared (gzip bytes).
const growth = [];
if (process.env.BUDGET_SKIP_SCALE !== '1') {
  const SIZES = [6, 30];
  const work = mkdtempSync(join(tmpdir(), 'vk-budget-'));
  const built = {};
  for (const n of SIZES) {
    const munis = join(work, `municipalities-${n}`);
    writeSyntheticMunicipalities(munis, n);
    const out = join(work, `dist-${n}`);
    const started = performance.now();
    const env = { ...process.env, MUNICIPALITIES_DIR: munis, OUT_DIR: out, ASTRO_CACHE_DIR: join(work, `cache-${n}`), ASTRO_TELEMETRY_DISABLED: '1' };
    delete env.SITE_MUNICIPALITY;
    const r = spawnSync('npm', ['run', 'build'], { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) {
      console.error(`The build with ${n} synthetic municipalities failed:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
      process.exit(1);
    }
    console.log(`Built with ${n} synthetic municipalities in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    built[n] = out;
  }
  const muni = (l) => `/${l}/${SECTIONS.municipalities[l]}/${syntheticId(1)}/`;
  const scaleKinds = [
    ['home', (l) => `/${l}/`],
    ['card', (l) => `/${l}/${SECTIONS.cards[l]}/a/`],
    ['card (child)', (l) => `/${l}/${SECTIONS.cards[l]}/child/`],
    ['card history', (l) => historyPathFor(l, 'cards', 'a')],
    ['municipality', muni],
    ['guide', (l) => `/${l}/${SECTIONS.guides[l]}/${readdirSync(join(built[SIZES[0]], l, SECTIONS.guides[l])).sort()[0]}/`],
    ['guide list', (l) => `/${l}/${SECTIONS.guides[l]}/`],
    ['card list', (l) => `/${l}/${SECTIONS.cards[l]}/`],
    ['fee calculator', (l) => `/${l}/${SECTIONS.cost[l]}/`],
    ['deadline calculator', (l) => `/${l}/${SECTIONS.deadlines[l]}/`],
    ['plan', (l) => `/${l}/${SECTIONS.plan[l]}/`],
    ['search', (l) => `/${l}/${SECTIONS.search[l]}/`],
    ['finder', (l) => `/${l}/${SECTIONS.finder[l]}/`],
  ];
  const htmlOf = (dir, path) => {
    const f = join(dir, path, 'index.html');
    return existsSync(f) ? gz(readFileSync(f)) : null;
  };
  for (const l of ['nl', heaviest]) {
    for (const [kind, pathOf] of scaleKinds) {
      const path = pathOf(l);
      const [small, large] = SIZES.map((n) => htmlOf(built[n], path));
      if (small === null || large === null) {
        failures.push(`${path}: no page in the build with ${small === null ? SIZES[0] : SIZES[1]} municipalities (page kind "${kind}")`);
        continue;
      }
      const grows = (large - small) / small;
      growth.push({ kind: `${kind} (${l})`, path, small, large, grows });
      if (grows > 0.01) failures.push(`${path}: HTML grows with the number of municipalities, ${small} B (gzip) with ${SIZES[0]}, ${large} B with ${SIZES[1]} (+${(grows * 100).toFixed(1)} %)`);
    }
  }
  // For reference: the list of municipalities grows, as it should.
  const list = `/nl/${SECTIONS.municipalities.nl}/`;
  growth.push({ kind: 'municipality list (nl, grows by design)', path: list, small: htmlOf(built[SIZES[0]], list), large: htmlOf(built[SIZES[1]], list), grows: null });
  rmSync(work, { recursive: true, force: true });
  console.log(`\nPage HTML (gzip) with ${SIZES[0]} and with ${SIZES[1]} municipalities (budget: at most 1 % more)`);
  for (const g of growth) console.log(`${g.kind.padEnd(42)}${g.path.padEnd(36)}${String(g.small).padStart(7)} B ${String(g.large).padStart(7)} B  ${g.grows === null ? '' : `${g.grows >= 0 ? '+' : ''}${(g.grows * 100).toFixed(2)} %`}`);
}

const browser = await chromium.launch({ executablePath: chromePath, args: flags });
const rows = [];
const failures = [];
for (const [kind, path] of kinds) {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  // Layout shift while the page loads and is scrolled through (Lighthouse never scrolls, so it
  // cannot see the calculators wake up): the sum of every shift not caused by input.
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  });
  const urls = [];
  page.on('request', (r) => urls.push({ url: r.url(), type: r.resourceType() }));
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300); // client:idle islands
  const sum = (type) => urls.filter((u) => u.type === type).reduce((n, u) => n + sizeOf(u.url), 0);
  const loadJs = sum('script');
  // Then scroll through the page so client:visible islands (the calculators on card pages) load too.
  for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(30);
  }
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const cls = await page.evaluate(() => window.__cls);
  const row = { kind, path, cls, html: sum('document'), css: sum('stylesheet'), js: loadJs, jsAfterScroll: sum('script'), other: urls.filter((u) => !['document', 'stylesheet', 'script'].includes(u.type)).reduce((n, u) => n + sizeOf(u.url), 0) };
  rows.push(row);
  if (kind.startsWith('card') && row.js > BUDGET.cardJs) failures.push(`${path}: ${row.js} B of JS (gzip) on load > ${BUDGET.cardJs} B`);
  if (row.jsAfterScroll > BUDGET.jsAfterScroll) failures.push(`${path}: ${row.jsAfterScroll} B of JS (gzip) after scrolling to every island > ${BUDGET.jsAfterScroll} B`);
  if (row.cls > BUDGET.cls) failures.push(`${path}: layout shift ${row.cls.toFixed(3)} while loading and scrolling > ${BUDGET.cls}`);
  if (row.css > BUDGET.cardCss) failures.push(`${path}: ${row.css} B of CSS (gzip) > ${BUDGET.cardCss} B`);
  await page.close();
}

// First and second search query on the search page.
const searchBytes = [];
{
  const page = await browser.newPage();
  const runtime = [];
  page.on('request', (r) => runtime.push(r.url()));
  await page.goto(base + '/nl/zoeken/', { waitUntil: 'networkidle' });
  const pf = runtime.filter((u) => u.includes('/pagefind/'));
  searchBytes.push({ query: '(search page load: Pagefind runtime)', requests: pf.length, bytes: pf.reduce((n, u) => n + sizeOf(u), 0) });
  page.removeAllListeners('request');
  for (const q of ['bijlage 12', 'pincode']) {
    const fetched = [];
    const onReq = (r) => fetched.push(r.url());
    page.on('request', onReq);
    await page.fill('#search-q', q);
    await page.press('#search-q', 'Enter');
    await page.waitForSelector('.search-results li', { timeout: 15000 });
    await page.waitForLoadState('networkidle');
    page.off('request', onReq);
    searchBytes.push({ query: q, requests: fetched.length, bytes: fetched.reduce((n, u) => n + sizeOf(u), 0) });
  }
  await page.close();
  if (searchBytes[1].bytes > BUDGET.firstSearch) failures.push(`first search query fetched ${searchBytes[1].bytes} B > ${BUDGET.firstSearch} B`);
}
await browser.close();

const pad = (s, n) => String(s).padEnd(n);
const kb = (b) => `${(b / KB).toFixed(1)} KB`;
console.log('\nPage weight (gzip), loaded before any interaction');
console.log(`${pad('page kind', 22)}${pad('path', 32)}${pad('HTML', 10)}${pad('CSS', 10)}${pad('JS load', 10)}${pad('JS scrolled', 13)}${pad('other', 10)}layout shift`);
for (const r of rows) console.log(`${pad(r.kind, 22)}${pad(r.path, 32)}${pad(kb(r.html), 10)}${pad(kb(r.css), 10)}${pad(kb(r.js), 10)}${pad(kb(r.jsAfterScroll), 13)}${pad(kb(r.other), 10)}${r.cls.toFixed(3)}`);
console.log(`Budget: card page JS on load <= ${kb(BUDGET.cardJs)}, any page's JS after scrolling to every island <= ${kb(BUDGET.jsAfterScroll)}, CSS <= ${kb(BUDGET.cardCss)}; first search <= ${kb(BUDGET.firstSearch)}; layout shift while scrolling <= ${BUDGET.cls}`);
for (const s of searchBytes) console.log(`search "${s.query}": ${s.requests} requests, ${kb(s.bytes)}`);

// Lighthouse, mobile (its default form factor and throttling).
const lh = [];
if (process.env.BUDGET_SKIP_LIGHTHOUSE !== '1') {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...flags] });
  try {
    for (const [kind, path] of [['card', '/nl/kaarten/a/'], ['fee calculator', '/nl/kosten/'], ['search', '/nl/zoeken/']]) {
      // A run that could not measure (a category without a score, or a runtime error, as on a busy
      // machine) is no measurement: it is run again, at most twice, and said so.
      let result;
      for (let attempt = 1; attempt <= 3; attempt++) {
        result = await lighthouse(base + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(SCORES) });
        const unmeasured = result.lhr.runtimeError || Object.keys(SCORES).some((c) => result.lhr.categories[c]?.score == null);
        if (!unmeasured) break;
        console.log(`Lighthouse on ${path}: run ${attempt} did not measure (${result.lhr.runtimeError?.code ?? 'a category has no score'})${attempt < 3 ? ', running again' : ''}.`);
      }
      const scores = Object.fromEntries(Object.keys(SCORES).map((c) => [c, Math.round((result.lhr.categories[c]?.score ?? 0) * 100)]));
      lh.push({ kind, path, ...scores });
      for (const [c, min] of Object.entries(SCORES)) {
        if (scores[c] < min) {
          const failed = Object.values(result.lhr.audits).filter((a) => a.score !== null && a.score < 1 && result.lhr.categories[c].auditRefs.some((r) => r.id === a.id && r.weight > 0)).map((a) => a.id);
          failures.push(`Lighthouse ${c} on ${path}: ${scores[c]} < ${min} (${failed.join(', ')})`);
        }
      }
    }
  } finally {
    chrome.kill();
  }
  console.log('\nLighthouse (mobile)');
  console.log(`${pad('page', 22)}${pad('path', 20)}${Object.keys(SCORES).map((c) => pad(c, 16)).join('')}`);
  for (const r of lh) console.log(`${pad(r.kind, 22)}${pad(r.path, 20)}${Object.keys(SCORES).map((c) => pad(r[c], 16)).join('')}`);
}
writeFileSync('budget-results.json', JSON.stringify({ rows, searchBytes, growth, lighthouse: lh, failures }, null, 2));
stop();
if (failures.length) {
  console.error('\nBudget exceeded:\n- ' + failures.join('\n- '));
  process.exit(1);
}
console.log('\nBudget met.');
process.exit(0);
