// `npm run perf`: side-by-side figures of a built site in Chromium, under Lighthouse's "slow 4G"
// mobile throttling (see "Side-by-side figures" in docs/scale.md). Not run in CI: it takes a few
// minutes. It serves DIST_DIR (default dist) with scripts/serve.mjs and measures:
// 1. bytes per page kind (HTML, CSS, JS, other) on load and after scrolling to the bottom, and
//    how much of the HTML is island props (raw and gzip);
// 2. layout shift (CLS) while scrolling card and municipality pages, and after anchor jumps;
// 3. search: time and bytes from submitting a query to the first result, against a floor;
// 4. time until the calculators' islands are hydrated.
// Each timed figure is the median and range (min–max) of PERF_RUNS runs, each in a fresh browser
// context (empty cache). Prints one table per figure; writes bench/results/perf-latest.json.
//
// Options (environment): DIST_DIR (default dist), PERF_PORT (default 4711), PERF_RUNS (default
// 5), PERF_CONCURRENCY (pages measured at once for the byte and layout-shift figures, default 3;
// the timed figures always run one page at a time), CHROMIUM_PATH (default /usr/bin/chromium).
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import {
  DESKTOP, MOBILE, THROTTLING, byKind, bodyBytes, chainDepth, cls, islandProps, kb, median, ms, openPage, pct, pool, scrollToBottom, short, showStat, summarize, textTable,
} from './perf/lib.mjs';

const dist = resolve(process.env.DIST_DIR ?? 'dist');
const port = Number(process.env.PERF_PORT ?? 4711);
const runs = Number(process.env.PERF_RUNS ?? 5);
const concurrency = Number(process.env.PERF_CONCURRENCY ?? 3);
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const flags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'];
const base = `http://127.0.0.1:${port}`;
const resultsFile = resolve('bench/results/perf-latest.json');

if (!Number.isInteger(runs) || runs < 1 || runs > 50) {
  console.error(`PERF_RUNS must be a whole number from 1 to 50, got "${process.env.PERF_RUNS}".`);
  process.exit(2);
}
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PERF_PORT must be a port number, got "${process.env.PERF_PORT}".`);
  process.exit(2);
}
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${dist} (no index.html): run npm run build first, or set DIST_DIR.`);
  process.exit(1);
}

const PAGES = [
  ['home', '/nl/'],
  ['card A (nl)', '/nl/kaarten/a/'],
  ['card A (uk)', '/uk/cards/a/'],
  ['municipality', '/nl/gemeenten/koekelberg/'],
  ['fee calculator', '/nl/kosten/'],
  ['deadline calculator', '/nl/termijnen/'],
  ['plan', '/nl/mijn-situatie/'],
  ['search', '/nl/zoeken/'],
  ['guide', '/nl/gidsen/verlies-of-diefstal/'],
];
const CLS_PAGES = [
  ['card A (nl)', '/nl/kaarten/a/'],
  ['card A (uk)', '/uk/cards/a/'],
  ['card EU+ (nl)', '/nl/kaarten/eu-plus/'],
  ['municipality', '/nl/gemeenten/koekelberg/'],
];
// The fee and deadline calculator sections of a card page (ids in dist/nl/kaarten/a/index.html).
const ANCHORS = ['/nl/kaarten/a/#cost', '/nl/kaarten/a/#deadlines'];
const ANCHOR_WATCH_MS = 5000;
const SEARCHES = [
  { lang: 'nl', path: '/nl/zoeken/', queries: ['vingerafdrukken', 'pincode'] },
  { lang: 'en', path: '/en/search/', queries: ['fingerprints', 'lost card'] },
];
const CALCULATORS = [
  { name: 'fee calculator (en)', path: '/en/cost/', island: 'FeeCalculator' },
  { name: 'deadline calculator', path: '/nl/termijnen/', island: 'DeadlineCalculator' },
  { name: 'plan', path: '/nl/mijn-situatie/', island: 'Plan' },
  { name: 'card A, fee calculator', path: '/nl/kaarten/a/', island: 'FeeCalculator', scrollTo: true },
];

// ---------------------------------------------------------------------------------------------
// The server and the browser

let server;
let browser;
function stopServer() {
  if (server && server.exitCode === null) server.kill();
}
process.on('exit', stopServer);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { stopServer(); process.exit(130); });

async function answers() {
  try {
    await fetch(base + '/', { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

async function startServer() {
  if (await answers()) throw new Error(`Something already answers on port ${port}: stop it or set PERF_PORT.`);
  server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port), DIST_DIR: dist }, stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    if (server.exitCode !== null) break;
    if (await answers()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`scripts/serve.mjs did not start on port ${port}.`);
}

/** Opens `path` in a fresh throttled context; resolves with the page, or with { error } when it is not there. */
async function visit(profile, path, initScripts = []) {
  const s = await openPage(browser, profile, { initScripts });
  try {
    const res = await s.page.goto(base + path, { waitUntil: 'load', timeout: 90000 });
    if (!res) return { ...s, error: 'no response' };
    if (res.status() >= 400) return { ...s, error: `not found (${res.status()})` };
    return s;
  } catch (e) {
    return { ...s, error: short(e) };
  }
}

// In-page recorders, installed before the page's own scripts (addInitScript).
function recordLayoutShift() {
  window.__cls = { total: 0, entries: [], withInput: 0 };
  const describe = (n) => (!n ? '?' : n.nodeType !== 1 ? n.nodeName : n.localName + (n.id ? `#${n.id}` : '') + (n.classList.length ? `.${[...n.classList].slice(0, 2).join('.')}` : ''));
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) {
          window.__cls.withInput += e.value;
          continue;
        }
        window.__cls.total += e.value;
        window.__cls.entries.push({ value: e.value, t: Math.round(e.startTime), scrollY: Math.round(window.scrollY), sources: (e.sources ?? []).map((s) => describe(s.node)) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    window.__cls.unsupported = true;
  }
}
function recordHydration() {
  window.__hydrated = [];
  const seen = new WeakSet();
  const rec = (el, via) => {
    if (!el || el.localName !== 'astro-island' || seen.has(el)) return;
    seen.add(el);
    window.__hydrated.push({ uid: el.getAttribute('uid'), url: el.getAttribute('component-url'), t: performance.now(), via });
  };
  // Astro's island script removes `ssr` and then dispatches astro:hydrate (it does not bubble,
  // but a capturing listener on the document sees it), once the component is rendered.
  document.addEventListener('astro:hydrate', (e) => rec(e.target, 'event'), true);
  new MutationObserver((list) => {
    for (const m of list) if (m.target.localName === 'astro-island' && !m.target.hasAttribute('ssr')) rec(m.target, 'mutation');
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['ssr'] });
}
function recordSearch() {
  const s = (window.__search = { t0: null, first: null });
  // The submit: Enter in the search field (a capturing listener runs before the form's own).
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.target?.id !== 'search-q') return;
    for (const li of document.querySelectorAll('.search-results li')) li.__old = true;
    s.t0 = performance.now();
    s.first = null;
  }, true);
  new MutationObserver(() => {
    if (s.first !== null) return;
    for (const li of document.querySelectorAll('.search-results li')) {
      if (!li.__old) {
        s.first = performance.now();
        return;
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

// ---------------------------------------------------------------------------------------------
// 1. Bytes per page kind

// The favicon (0.2 KB) is left out of every byte count: Chromium asks for it at no fixed moment,
// and again when the search page changes its address (history.replaceState).
const isFavicon = (r) => new URL(r.url).pathname === '/favicon.svg';
const notFavicon = (r) => !isFavicon(r);

async function bytesOf([kind, path]) {
  const file = join(dist, path, 'index.html');
  const props = existsSync(file) ? islandProps(readFileSync(file, 'utf8')) : null;
  const s = await visit(MOBILE, path);
  try {
    if (s.error) return { kind, path, error: s.error, props };
    // "On load" is all the page fetches while the visitor does nothing: client:load and
    // client:idle islands included (idle ones wait for requestIdleCallback, late on a busy machine).
    const eager = await s.page
      .waitForFunction(() => document.querySelectorAll('astro-island[ssr]:is([client="load"], [client="idle"])').length === 0, null, { timeout: 20000, polling: 100 })
      .then(() => true, () => false);
    await s.net.idle();
    const onLoad = byKind(s.net.list(notFavicon));
    const steps = await scrollToBottom(s.page, 250);
    await s.page.waitForTimeout(300);
    await s.net.idle();
    const scrolled = byKind(s.net.list(notFavicon));
    return { kind, path, onLoad, scrolled, eagerIslandsHydrated: eager, scrollSteps: steps, props, files: s.net.list().map((r) => ({ url: r.url.replace(base, ''), type: r.type, bytes: bodyBytes(r) })) };
  } catch (e) {
    return { kind, path, error: short(e), props };
  } finally {
    await s.context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Layout shift

async function clsScroll(path, profile) {
  const s = await visit(profile, path, [recordLayoutShift]);
  try {
    if (s.error) return { error: s.error };
    await s.net.idle(300);
    const atLoad = await s.page.evaluate(() => window.__cls.total);
    await scrollToBottom(s.page, 100);
    await s.net.idle(500);
    await s.page.waitForTimeout(300);
    const r = await s.page.evaluate(() => window.__cls);
    if (r.unsupported) return { error: 'layout-shift not supported' };
    return { cls: r.total, atLoad, entries: r.entries, withInput: r.withInput };
  } catch (e) {
    return { error: short(e) };
  } finally {
    await s.context.close();
  }
}

async function clsAnchor(url, profile) {
  const id = decodeURIComponent(url.split('#')[1]);
  const s = await visit(profile, url, [recordLayoutShift]);
  try {
    if (s.error) return { error: s.error };
    const where = (target) => {
      const el = document.getElementById(target);
      return el ? Math.round(el.getBoundingClientRect().top) : null;
    };
    const topAtLoad = await s.page.evaluate(where, id);
    if (topAtLoad === null) return { error: `not found (#${id})` };
    await s.page.waitForTimeout(ANCHOR_WATCH_MS);
    const topAfter = await s.page.evaluate(where, id);
    const r = await s.page.evaluate(() => window.__cls);
    return { cls: r.total, entries: r.entries, withInput: r.withInput, topAtLoad, topAfter };
  } catch (e) {
    return { error: short(e) };
  } finally {
    await s.context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Search

/** What a Pagefind file is, from its address. */
function pagefindPart(url) {
  const p = new URL(url).pathname;
  if (!p.startsWith('/pagefind/')) return null;
  if (p.endsWith('/pagefind.js')) return 'runtime';
  if (p.endsWith('.pf_meta')) return 'meta';
  if (/\/wasm\.[^/]+\.pagefind$/.test(p)) return 'wasm';
  if (p.includes('/index/')) return 'index';
  if (p.includes('/fragment/')) return 'fragment';
  if (p.includes('/filter/')) return 'filter';
  if (p.endsWith('pagefind-entry.json')) return 'entry';
  return 'other';
}

/** The smallest fetch a first result needs: this language's wasm, one index chunk, one fragment (median sizes). */
function searchFloor(lang) {
  const root = join(dist, 'pagefind');
  if (!existsSync(join(root, 'pagefind-entry.json'))) return { lang, error: 'not found (pagefind/pagefind-entry.json)' };
  try {
    const entry = JSON.parse(readFileSync(join(root, 'pagefind-entry.json'), 'utf8'));
    const info = entry.languages?.[lang];
    if (!info) return { lang, error: `no "${lang}" in pagefind-entry.json` };
    const wasmFile = join(root, `wasm.${info.wasm ?? 'unknown'}.pagefind`);
    const sizes = (dir, ext) => readdirSync(join(root, dir)).filter((f) => f.startsWith(`${lang}_`) && f.endsWith(ext)).map((f) => statSync(join(root, dir, f)).size);
    const chunks = sizes('index', '.pf_index');
    const fragments = sizes('fragment', '.pf_fragment');
    const wasm = existsSync(wasmFile) ? statSync(wasmFile).size : null;
    const chunk = median(chunks);
    const fragment = median(fragments);
    if (wasm == null || chunk == null || fragment == null) return { lang, error: 'Pagefind files of this language not found' };
    return { lang, wasmFile: wasmFile.replace(dist, ''), wasm, chunk, chunks: chunks.length, fragment, fragments: fragments.length, floor: wasm + chunk + fragment, afterPreload: chunk + fragment };
  } catch (e) {
    return { lang, error: short(e) };
  }
}


const parts = (reqs) => {
  const out = {};
  for (const r of reqs) {
    const p = pagefindPart(r.url) ?? 'page';
    out[p] ??= { requests: 0, bytes: 0 };
    out[p].requests += 1;
    out[p].bytes += bodyBytes(r);
    if (p === 'page') (out[p].urls ??= []).push(r.url.replace(base, ''));
  }
  return out;
};

async function searchTyped({ path, queries }) {
  const s = await visit(MOBILE, path, [recordSearch]);
  try {
    if (s.error) return queries.map(() => ({ error: s.error }));
    // The page preloads Pagefind's runtime, metadata and wasm while the visitor types.
    await s.net.idle(500);
    if (!(await s.page.$('#search-q'))) return queries.map(() => ({ error: 'not found (#search-q)' }));
    const out = [];
    for (const [i, q] of queries.entries()) {
      await s.page.fill('#search-q', q);
      s.net.mark(i + 1);
      await s.page.press('#search-q', 'Enter');
      try {
        await s.page.waitForFunction(() => window.__search.first !== null, null, { timeout: 30000, polling: 50 });
      } catch {
        s.net.mark(-1);
        out.push({ query: q, error: 'not found (no .search-results li within 30 s)' });
        continue;
      }
      s.net.mark(-1);
      const t = await s.page.evaluate(() => window.__search);
      await s.net.idle(300);
      const reqs = s.net.list((r) => r.mark === i + 1 && !isFavicon(r));
      out.push({ query: q, ms: t.first - t.t0, bytes: reqs.reduce((n, r) => n + bodyBytes(r), 0), requests: reqs.length, parts: parts(reqs) });
    }
    return out;
  } catch (e) {
    return queries.map(() => ({ error: short(e) }));
  } finally {
    await s.context.close();
  }
}

async function searchFromUrl(path) {
  const s = await visit(MOBILE, path, [recordSearch]);
  try {
    if (s.error) return { error: s.error };
    try {
      await s.page.waitForFunction(() => window.__search.first !== null, null, { timeout: 30000, polling: 50 });
    } catch {
      return { error: 'not found (no .search-results li within 30 s)' };
    }
    s.net.mark(-1);
    const first = await s.page.evaluate(() => window.__search.first);
    await s.net.idle(300);
    const reqs = s.net.list((r) => r.mark !== -1 && !isFavicon(r));
    const pf = reqs.filter((r) => pagefindPart(r.url));
    return { ms: first, bytes: reqs.reduce((n, r) => n + bodyBytes(r), 0), pagefindBytes: pf.reduce((n, r) => n + bodyBytes(r), 0), requests: reqs.length, parts: parts(reqs) };
  } catch (e) {
    return { error: short(e) };
  } finally {
    await s.context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 4. Time to usable calculators

async function hydration({ path, island, scrollTo }) {
  const s = await visit(MOBILE, path, [recordHydration]);
  try {
    if (s.error) return { error: s.error };
    // The island itself (FeeCalculator.*.js) or the wrapper that loads its data (FeeCalculatorIsland.*.js).
    const selector = `astro-island[component-url*="/${island}."], astro-island[component-url*="/${island}Island."]`;
    const uid = await s.page.evaluate((sel) => document.querySelector(sel)?.getAttribute('uid') ?? null, selector);
    if (!uid) return { error: `not found (no ${island} island)` };
    let scrolledAt = null;
    if (scrollTo) {
      await s.net.idle(300);
      scrolledAt = await s.page.evaluate((sel) => {
        // The island is display: contents (no box of its own): scroll its first element into view.
        const island = document.querySelector(sel);
        (island.firstElementChild ?? island).scrollIntoView({ block: 'start' });
        return performance.now();
      }, selector);
    }
    try {
      await s.page.waitForFunction((id) => window.__hydrated.some((h) => h.uid === id), uid, { timeout: 30000, polling: 50 });
    } catch {
      return { error: `not hydrated within 30 s (${island})` };
    }
    const h = await s.page.evaluate((id) => window.__hydrated.find((x) => x.uid === id), uid);
    await s.net.idle(500);
    const load = await s.page.evaluate(() => performance.getEntriesByType('navigation')[0]?.loadEventStart ?? null);
    const js = s.net.list((r) => /javascript/.test(r.mime ?? '') || /\.m?js(\?|$)/.test(r.url));
    return { ms: h.t, sinceScroll: scrolledAt === null ? null : h.t - scrolledAt, scrolledAt, load, jsRequests: js.length, jsBytes: js.reduce((n, r) => n + bodyBytes(r), 0), chainDepth: chainDepth(js, base + path), via: h.via };
  } catch (e) {
    return { error: short(e) };
  } finally {
    await s.context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Running and printing

const firstError = (list) => list.find((r) => r?.error)?.error;
const stat = (list, key) => summarize(list.map((r) => (r && !r.error ? r[key] : null)));
const cell = (list, key, fmt) => showStat(stat(list, key), fmt, firstError(list) ?? 'not found');
/** A table row, or the label cells and the first error once when every run failed. */
const rowOr = (labels, list, cells, width) => (list.every((r) => !r || r.error) ? [...labels, firstError(list) ?? 'not found', ...Array(Math.max(0, width - labels.length - 1)).fill('')] : [...labels, ...cells()]);
/** Adds the wall time of a measurement (ms) to its result, to see where the run's time goes. */
const timed = (fn) => async (...args) => {
  const t0 = Date.now();
  const r = await fn(...args);
  return Array.isArray(r) ? r.map((x) => ({ ...x, elapsedMs: Date.now() - t0 })) : { ...r, elapsedMs: Date.now() - t0 };
};
const times = (n) => Array.from({ length: n }, (_, i) => i);

function git(args) {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

async function main() {
  const started = Date.now();
  const commit = git(['rev-parse', '--short', 'HEAD']) ?? 'unknown';
  const distBuilt = statSync(join(dist, 'index.html')).mtime.toISOString();
  const loadBefore = loadavg();
  await startServer();
  browser = await chromium.launch({ executablePath: chromePath, args: flags });
  const chromiumVersion = browser.version();
  const header = [
    `npm run perf: ${dist} (built ${distBuilt}), commit ${commit}, served by scripts/serve.mjs (gzip) on port ${port}.`,
    `Chromium ${chromiumVersion}. Throttling (CDP, Lighthouse "slow 4G" mobile): ${THROTTLING.latency} ms latency, ${((THROTTLING.downloadThroughput * 8) / 1024 / 1024).toFixed(1)} Mbps down and up, CPU slowed ${THROTTLING.cpu}×.`,
    `Machine: ${cpus().length} cores (${cpus()[0]?.model?.trim() ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GB, load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')}; shared with other work, so timings are noisy.`,
    `${runs} run${runs === 1 ? '' : 's'} per timed figure, each in a fresh browser context (empty cache); median (min–max). Mobile: 412×915, DPR 1.75, touch.`,
  ];
  console.log(header.join('\n'));

  // A throwaway visit, so the first measured page does not pay for the browser's start.
  {
    const s = await openPage(browser, MOBILE, { throttle: false });
    await s.page.goto(base + '/nl/', { waitUntil: 'load' }).catch(() => undefined);
    await s.context.close();
  }

  // 1. Bytes
  let t = Date.now();
  const bytes = await pool(PAGES.map((p) => () => timed(bytesOf)(p)), concurrency);
  const kbCells = (b) => [kb(b.html), kb(b.css), kb(b.js), kb(b.data), kb(b.other), kb(b.total), String(b.requests)];
  const bytesRows = (key) => bytes.map((b) => (b.error ? [`${b.kind} ${b.path}`, b.error, '', '', '', '', '', ''] : [`${b.kind} ${b.path}`, ...kbCells(b[key])]));
  const bytesHead = ['page', 'HTML', 'CSS', 'JS', 'data (JSON)', 'other', 'total', 'requests'];
  console.log(`\n## 1. Bytes per page kind (mobile; body bytes as sent, gzip where the server compresses; favicon left out; one run: bytes are deterministic) [${((Date.now() - t) / 1000).toFixed(0)} s]\n`);
  console.log('On load (load event, client:load and client:idle islands hydrated, then network idle):');
  console.log(textTable(bytesHead, bytesRows('onLoad')));
  console.log('\nAfter scrolling to the bottom (one viewport per step, then network idle):');
  console.log(textTable(bytesHead, bytesRows('scrolled')));
  console.log('other: everything else (Pagefind\'s wasm and metadata on the search page, images).');
  console.log('\nIsland props in the HTML (the props="…" attributes of astro-island elements; gzip -9 of the page with and without them):');
  console.log(textTable(['page', 'islands', 'HTML raw', 'props raw', 'props share', 'HTML gzip', 'gzip w/o props', 'props share of gzip'], bytes.map((b) => {
    const p = b.props;
    if (!p) return [`${b.kind} ${b.path}`, 'not found', '', '', '', '', '', ''];
    return [`${b.kind} ${b.path}`, String(p.islands), kb(p.raw), kb(p.props), pct(p.props, p.raw), kb(p.gzip), kb(p.gzipWithoutProps), pct(p.gzip - p.gzipWithoutProps, p.gzip)];
  })));

  // 2. Layout shift
  t = Date.now();
  const profiles = [['mobile 412×915', MOBILE], ['desktop 1350×940', DESKTOP]];
  const clsTasks = [];
  for (const [pname, profile] of profiles) {
    for (const [kind, path] of CLS_PAGES) clsTasks.push({ label: `${kind} ${path}`, what: 'scroll', profile: pname, run: () => pool(times(runs).map(() => () => timed(clsScroll)(path, profile)), 1) });
    for (const url of ANCHORS) clsTasks.push({ label: url, what: `anchor, ${ANCHOR_WATCH_MS / 1000} s`, profile: pname, run: () => pool(times(runs).map(() => () => timed(clsAnchor)(url, profile)), 1) });
  }
  // Runs of different pages interleave (PERF_CONCURRENCY at a time); each task keeps its runs in order.
  const clsResults = await pool(clsTasks.map((task) => async () => ({ ...task, results: await task.run() })), concurrency);
  console.log(`\n## 2. Layout shift (CLS: sum of layout-shift entries without recent input) [${((Date.now() - t) / 1000).toFixed(0)} s]\n`);
  const worst = (list) => {
    const all = list.filter((r) => !r.error).flatMap((r) => r.entries ?? []);
    // Shifts right after an input are left out of CLS; say so if there were any (Chromium counts
    // its own emulated touch set-up on mobile pages as input in the first half second).
    const input = Math.max(0, ...list.map((r) => r.withInput ?? 0));
    if (all.length === 0) return input > 0 ? `none (up to ${cls(input)} after input, not counted)` : 'none';
    const e = all.sort((a, b) => b.value - a.value)[0];
    return `${cls(e.value)} at y=${e.scrollY}: ${e.sources.slice(0, 2).join(', ') || '?'}`;
  };
  console.log(textTable(['page', 'viewport', 'measured', 'CLS', 'CLS before scrolling', 'target top at load → after 5 s', 'largest shift (runs together)'], clsResults.map((c) => rowOr([c.label, c.profile, c.what], c.results, () => [
    cell(c.results, 'cls', cls),
    c.what === 'scroll' ? cell(c.results, 'atLoad', cls) : '',
    c.what === 'scroll' ? '' : `${showStat(stat(c.results, 'topAtLoad'), (v) => `${Math.round(v)}`, '–')} → ${showStat(stat(c.results, 'topAfter'), (v) => `${Math.round(v)}`, '–')} px`,
    worst(c.results),
  ], 7))));

  // 3. Search
  t = Date.now();
  const search = [];
  for (const sdef of SEARCHES) {
    const floor = searchFloor(sdef.lang);
    const typed = [];
    for (let i = 0; i < runs; i++) typed.push(await timed(searchTyped)(sdef));
    const fromUrl = [];
    const urlPath = `${sdef.path}?q=${encodeURIComponent(sdef.queries[0])}`;
    for (let i = 0; i < runs; i++) fromUrl.push(await timed(searchFromUrl)(urlPath));
    search.push({ ...sdef, floor, typed: sdef.queries.map((q, qi) => ({ query: q, runs: typed.map((r) => r[qi]) })), fromUrl: { path: urlPath, runs: fromUrl } });
  }
  console.log(`\n## 3. Search: from submit (Enter) to the first result [${((Date.now() - t) / 1000).toFixed(0)} s]\n`);
  const partsText = (list) => {
    const ok = list.find((r) => !r.error && r.parts);
    if (!ok) return '';
    return Object.entries(ok.parts).map(([k, v]) => `${k} ${v.requests}× ${kb(v.bytes)}`).join(', ');
  };
  const ratio = (bytes, floor) => (bytes == null || !floor ? '–' : `${(bytes / floor).toFixed(1)}× of ${kb(floor)}`);
  const rows3 = [];
  const fetched = [];
  for (const s of search) {
    const f = s.floor;
    for (const [qi, q] of s.typed.entries()) {
      rows3.push(rowOr([`${s.path} "${q.query}"`, qi === 0 ? 'typed, 1st query' : 'typed, 2nd query'], q.runs, () => [cell(q.runs, 'ms', ms), cell(q.runs, 'bytes', kb), cell(q.runs, 'requests', String),
        f.error ? f.error : ratio(stat(q.runs, 'bytes').median, f.afterPreload),
      ], 6));
      fetched.push(`- ${s.path} "${q.query}": ${partsText(q.runs) || firstError(q.runs) || 'nothing'}`);
    }
    rows3.push(rowOr([s.fromUrl.path, 'in the URL, from navigation start'], s.fromUrl.runs, () => [cell(s.fromUrl.runs, 'ms', ms), `${cell(s.fromUrl.runs, 'pagefindBytes', kb)} Pagefind, ${cell(s.fromUrl.runs, 'bytes', kb)} all`, cell(s.fromUrl.runs, 'requests', String),
      f.error ? f.error : ratio(stat(s.fromUrl.runs, 'pagefindBytes').median, f.floor),
    ], 6));
    fetched.push(`- ${s.fromUrl.path}: ${partsText(s.fromUrl.runs) || firstError(s.fromUrl.runs) || 'nothing'}`);
  }
  console.log(textTable(['query', 'how', 'time to first result', 'bytes', 'requests', 'bytes / floor'], rows3));
  console.log('\nWhat was fetched up to the first result (first successful run; page = the page\'s own HTML, CSS, JS):');
  console.log(fetched.join('\n'));
  console.log('\nFloor per language: wasm + one index chunk + one fragment (median sizes of that language\'s files); a typed query is compared with chunk + fragment, since the page preloads the runtime, metadata and wasm.');
  for (const s of search) {
    const f = s.floor;
    console.log(f.error ? `- ${f.lang}: ${f.error}` : `- ${f.lang}: ${f.wasmFile} ${kb(f.wasm)} + chunk ${kb(f.chunk)} (median of ${f.chunks}) + fragment ${kb(f.fragment)} (median of ${f.fragments}) = ${kb(f.floor)}`);
  }

  // 4. Time to usable calculators
  t = Date.now();
  const calculators = [];
  for (const c of CALCULATORS) {
    const list = [];
    for (let i = 0; i < runs; i++) list.push(await timed(hydration)(c));
    calculators.push({ ...c, runs: list });
  }
  console.log(`\n## 4. Time to usable calculators (island hydrated: Astro removes its ssr attribute and fires astro:hydrate) [${((Date.now() - t) / 1000).toFixed(0)} s]\n`);
  const strategy = (path, island) => {
    try {
      const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
      return new RegExp(`component-url="[^"]*/${island}(?:Island)?\\.[^"]*"[^>]*?client="([a-z]+)"`).exec(html)?.[1] ?? '?';
    } catch {
      return '?';
    }
  };
  console.log(textTable(['page', 'island', 'hydrated (from navigation)', 'from scroll', 'load event', 'JS requests', 'JS bytes', 'chain depth'], calculators.map((c) => rowOr(
    [`${c.name} ${c.path}`, `${c.island} (client:${strategy(c.path, c.island)})`], c.runs,
    () => [cell(c.runs, 'ms', ms), c.scrollTo ? cell(c.runs, 'sinceScroll', ms) : '', cell(c.runs, 'load', ms), cell(c.runs, 'jsRequests', String), cell(c.runs, 'jsBytes', kb), cell(c.runs, 'chainDepth', String)], 8,
  ))));
  console.log('JS requests and bytes: all scripts until the island is hydrated and the network is idle. Chain depth: longest document → script → imported script chain (1 = all asked for by the HTML).');

  const loadAfter = loadavg();
  const totalS = (Date.now() - started) / 1000;
  console.log(`\nLoad average after: ${loadAfter.map((l) => l.toFixed(2)).join(' ')}. Total ${totalS.toFixed(0)} s. Written: ${resultsFile.replace(process.cwd() + '/', '')}.`);

  mkdirSync(resolve('bench/results'), { recursive: true });
  writeFileSync(resultsFile, JSON.stringify({
    generated: new Date().toISOString(),
    commit, dist, distBuilt, runs, concurrency,
    machine: { cores: cpus().length, cpu: cpus()[0]?.model?.trim(), memory: totalmem(), loadBefore, loadAfter, node: process.version, chromium: chromiumVersion, note: 'Shared machine: other work may run at the same time; timings are noisy.' },
    throttling: { ...THROTTLING, method: 'CDP Network.emulateNetworkConditions and Emulation.setCPUThrottlingRate, per page' },
    profiles: { mobile: MOBILE, desktop: DESKTOP },
    bytes, cls: clsResults.map(({ run, ...c }) => ({ ...c, summary: { cls: stat(c.results, 'cls') } })),
    search: search.map((s) => ({ ...s, typed: s.typed.map((q) => ({ ...q, summary: { ms: stat(q.runs, 'ms'), bytes: stat(q.runs, 'bytes') } })), fromUrl: { ...s.fromUrl, summary: { ms: stat(s.fromUrl.runs, 'ms'), bytes: stat(s.fromUrl.runs, 'bytes'), pagefindBytes: stat(s.fromUrl.runs, 'pagefindBytes') } } })),
    calculators: calculators.map((c) => ({ ...c, summary: { ms: stat(c.runs, 'ms'), sinceScroll: stat(c.runs, 'sinceScroll'), load: stat(c.runs, 'load') } })),
    totalSeconds: Math.round(totalS),
  }, null, 2));
}

try {
  await main();
} catch (e) {
  console.error(`npm run perf failed: ${short(e)}`);
  process.exitCode = 1;
} finally {
  await browser?.close().catch(() => undefined);
  stopServer();
}
