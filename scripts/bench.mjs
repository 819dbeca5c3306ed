// `npm run bench`: the scale benchmark (see docs/scale.md).
//
// For 1, 50, 200 and 565 synthetic municipalities (BENCH_SIZES=1,50 for a quick run) it writes
// the municipality files into a temporary folder, builds the whole site with `npm run build`
// (MUNICIPALITIES_DIR, OUT_DIR and ASTRO_CACHE_DIR point at temporary folders; every build is
// cold), and measures:
// - wall time of the build and of its phases (from the build log), and render time per page kind;
// - peak memory: the peak resident set of the largest process of the build (GNU time -v, which
//   reads the kernel's high-water mark of every child), and the peak sum over the process tree
//   (sampled from /proc every 100 ms);
// - the output: pages, size and file count of dist/ and of the Pagefind index;
// - in Chromium: the bytes a first and a second search query fetch, and the JS (and HTML) a
//   municipality page, the fee calculator page and a card page load, on load and once read to
//   the end (client:visible islands), plus their HTML (gzip, as a static host
//   serves them; Pagefind's own files are already compressed and counted as they are).
// Prints one table, writes it as JSON (bench/results/bench-<time>.json and latest.json) and a
// chart of build time against municipalities (bench/results/build-time.svg).
//
// Options (environment): BENCH_SIZES (comma-separated counts), BENCH_PORT (default 4451),
// BENCH_WORK (temporary folder, default /tmp/bench-work), BENCH_KEEP=1 (keep the built sites),
// BENCH_SKIP_BROWSER=1 (no Chromium measurements).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpus, totalmem } from 'node:os';
import { writeSyntheticMunicipalities, syntheticId } from './bench/synthetic.mjs';
import { buildTimeSvg, folderStats, markdownTable, parseBuildLog, parseTimeV, phaseAt, table } from './bench/report.mjs';

const sizes = (process.env.BENCH_SIZES ?? '1,50,200,565').split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 9999)) {
  console.error(`BENCH_SIZES must be whole numbers from 1 to 9999 separated by commas, e.g. BENCH_SIZES=1,50. Got "${process.env.BENCH_SIZES}".`);
  process.exit(2);
}
const port = Number(process.env.BENCH_PORT ?? 4451);
const work = resolve(process.env.BENCH_WORK ?? '/tmp/bench-work');
const keep = process.env.BENCH_KEEP === '1';
const skipBrowser = process.env.BENCH_SKIP_BROWSER === '1';
const resultsDir = resolve('bench/results');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const flags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'];
const SEARCH_QUERIES = ['pincode', 'testgemeente'];

mkdirSync(work, { recursive: true });
mkdirSync(resultsDir, { recursive: true });

/** Every process in the tree under `root` (from /proc), with its current and peak resident set. */
async function treeMemory(root) {
  const procs = new Map();
  for (const name of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = await readFile(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      const rss = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) * 1024;
      const hwm = Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0) * 1024;
      procs.set(Number(name), { ppid, rss, hwm });
    } catch {
      // the process ended while we looked
    }
  }
  const inTree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, p] of procs) if (!inTree.has(pid) && inTree.has(p.ppid)) { inTree.add(pid); grew = true; }
  }
  let sum = 0;
  let hwm = 0;
  for (const pid of inTree) {
    const p = procs.get(pid);
    if (!p) continue;
    sum += p.rss;
    hwm = Math.max(hwm, p.hwm);
  }
  return { sum, hwm };
}

/** Runs `npm run build` for one folder of municipalities; resolves with timings, memory and the log. */
function build(municipalitiesDir, outDir, cacheDir, logFile) {
  return new Promise((done, fail) => {
    const timeFile = `${logFile}.time`;
    const cmd = TIME ? TIME : 'npm';
    const args = TIME ? ['-v', '-o', timeFile, 'npm', 'run', 'build'] : ['run', 'build'];
    const env = { ...process.env, MUNICIPALITIES_DIR: municipalitiesDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
    delete env.SITE_MUNICIPALITY;
    const started = performance.now();
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines = [];
    const take = (stream) => {
      let rest = '';
      stream.on('data', (chunk) => {
        const t = performance.now() - started;
        const parts = (rest + chunk.toString()).split('\n');
        rest = parts.pop() ?? '';
        for (const text of parts) lines.push({ t, text });
      });
      stream.on('end', () => { if (rest) lines.push({ t: performance.now() - started, text: rest }); });
    };
    take(child.stdout);
    take(child.stderr);
    let treeSum = 0;
    let treeSumAt = 0;
    let treeHwm = 0;
    let sampling = false;
    const timer = setInterval(async () => {
      if (sampling) return;
      sampling = true;
      const m = await treeMemory(child.pid);
      if (m.sum > treeSum) {
        treeSum = m.sum;
        treeSumAt = performance.now() - started;
      }
      treeHwm = Math.max(treeHwm, m.hwm);
      sampling = false;
    }, 100);
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = performance.now() - started;
      writeFileSync(logFile, lines.map((l) => `${(l.t / 1000).toFixed(2).padStart(7)}  ${l.text}`).join('\n') + '\n');
      const timeText = TIME && existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
      if (code !== 0) {
        fail(new Error(`The build failed (exit ${code}). Its log: ${logFile}\n${lines.slice(-25).map((l) => l.text).join('\n')}`));
        return;
      }
      done({ ms, lines, peakRss: parseTimeV(timeText) ?? treeHwm, peakRssSampled: treeHwm, peakTreeRss: treeSum, peakTreeRssAt: treeSumAt, memorySource: TIME && parseTimeV(timeText) ? 'GNU time -v (max RSS of the largest process)' : '/proc VmHWM sampled every 100 ms' });
    });
  });
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** Starts scripts/serve.mjs on the built site and waits until it answers. */
async function serve(dist) {
  const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port), DIST_DIR: dist }, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base + '/')).ok) return { server, base };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`The server for ${dist} did not start on port ${port} (is the port in use? set BENCH_PORT).`);
}

/** Page weights and search costs in Chromium. */
async function browse(dist, municipalityId) {
  const { chromium } = await import('playwright-core');
  const { server, base } = await serve(dist);
  const sizeOf = (url) => {
    const u = new URL(url);
    if (u.origin !== base) return 0;
    const p = decodeURIComponent(u.pathname);
    const f = join(dist, p.endsWith('/') ? p + 'index.html' : p);
    if (!existsSync(f)) return 0;
    const buf = readFileSync(f);
    return /\/pagefind\/.*\.pf_/.test(p) || p.endsWith('.wasm') ? buf.length : gz(buf);
  };
  const browser = await chromium.launch({ executablePath: chromePath, args: flags });
  try {
    const weights = {};
    for (const [kind, path] of [['municipality', `/nl/gemeenten/${municipalityId}/`], ['calculator', '/nl/kosten/'], ['card', '/nl/kaarten/a/']]) {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
      const reqs = [];
      page.on('request', (r) => reqs.push({ url: r.url(), type: r.resourceType() }));
      await page.goto(base + path, { waitUntil: 'networkidle' });
      const sum = (pred) => reqs.filter(pred).reduce((n, r) => n + sizeOf(r.url), 0);
      const jsOnLoad = sum((r) => r.type === 'script');
      // Read the page to the end, so every client:visible island (calculators, picker) loads.
      for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 600) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await page.waitForTimeout(60);
      }
      await page.waitForTimeout(300);
      await page.waitForLoadState('networkidle');
      weights[kind] = {
        path,
        html: sum((r) => r.type === 'document'),
        jsOnLoad,
        js: sum((r) => r.type === 'script'),
        css: sum((r) => r.type === 'stylesheet'),
        data: sum((r) => r.type === 'fetch' || r.type === 'xhr'),
        requests: reqs.length,
      };
      await page.close();
    }
    const search = [];
    const page = await browser.newPage();
    await page.goto(base + '/nl/zoeken/', { waitUntil: 'networkidle' });
    for (const q of SEARCH_QUERIES) {
      const fetched = [];
      const onReq = (r) => fetched.push(r.url());
      page.on('request', onReq);
      let error;
      try {
        await page.fill('#search-q', q);
        await page.press('#search-q', 'Enter');
        await page.waitForSelector('.search-results li', { timeout: 60000 });
        await page.waitForLoadState('networkidle');
      } catch (e) {
        error = String(e.message ?? e).split('\n')[0];
      }
      page.off('request', onReq);
      const results = await page.locator('.search-results li').count();
      search.push({ query: q, requests: fetched.length, bytes: fetched.reduce((n, u) => n + sizeOf(u), 0), resultsShown: results, ...(error ? { error } : {}) });
    }
    await page.close();
    return { weights, search };
  } finally {
    await browser.close();
    server.kill();
  }
}

const rows = [];
const startedAll = performance.now();
console.log(`Scale benchmark: ${sizes.join(', ')} municipalities. ${cpus().length} CPU cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}.`);
console.log(`Work folder: ${work}${keep ? ' (kept)' : ''}. Peak memory: ${TIME ? 'GNU time -v' : '/proc sampling'}.`);
for (const n of sizes) {
  const munis = join(work, `municipalities-${n}`);
  const dist = join(work, `dist-${n}`);
  const cache = join(work, `cache-${n}`);
  const log = join(work, `build-${n}.log`);
  writeSyntheticMunicipalities(munis, n);
  rmSync(dist, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  process.stdout.write(`\n${n} municipalities: building… `);
  const b = await build(munis, dist, cache, log);
  const { phases, routes } = parseBuildLog(b.lines, b.ms);
  const pages = folderStats(dist, (r) => r.endsWith('.html') && !r.startsWith('pagefind/')).files;
  const row = {
    municipalities: n,
    pages,
    buildMs: Math.round(b.ms),
    pagesPerSecond: pages / (b.ms / 1000),
    peakRss: b.peakRss,
    peakRssSampled: b.peakRssSampled,
    peakTreeRss: b.peakTreeRss,
    peakPhase: phaseAt(phases, b.peakTreeRssAt),
    memorySource: b.memorySource,
    phases: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Math.round(v)])),
    routes: Object.fromEntries(Object.entries(routes).map(([k, v]) => [k, { count: v.count, ms: Math.round(v.ms) }])),
    dist: folderStats(dist),
    pagefind: folderStats(join(dist, 'pagefind')),
    html: {
      card: gz(readFileSync(join(dist, 'nl/kaarten/a/index.html'))),
      municipality: gz(readFileSync(join(dist, `nl/gemeenten/${syntheticId(1)}/index.html`))),
      municipalityList: gz(readFileSync(join(dist, 'nl/gemeenten/index.html'))),
      feeIndexJson: gz(readFileSync(join(dist, 'data/fees/index.json'))),
    },
    log,
  };
  process.stdout.write(`${(b.ms / 1000).toFixed(1)} s, ${pages} pages. `);
  if (!skipBrowser) {
    process.stdout.write('Measuring in Chromium… ');
    Object.assign(row, await browse(dist, syntheticId(1)));
  }
  process.stdout.write('done.\n');
  rows.push(row);
  if (!keep) {
    rmSync(dist, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  }
}

console.log(`\n${table(rows)}\n`);
console.log('Where the time goes (seconds): setup = config, content validation, content sync; bundle = Vite; render = every page and data file; pagefind = search index.');
for (const r of rows) {
  const p = r.phases;
  const s = (v) => (v == null ? '–' : (v / 1000).toFixed(1));
  const routes = Object.entries(r.routes).sort((a, b) => b[1].ms - a[1].ms).map(([k, v]) => `${k} ${v.count}× ${s(v.ms)} s (${(v.ms / v.count).toFixed(1)} ms each)`).join('; ');
  console.log(`- ${r.municipalities}: setup ${s(p.setup)}, bundle ${s(p.bundle)}, render ${s(p.render)}, pagefind ${s(p.pagefind)}, rest ${s((p.rest ?? 0) + (p.handoff ?? 0))}. Memory peaks during: ${r.peakPhase ?? '?'} (tree ${(r.peakTreeRss / 2 ** 20).toFixed(0)} MB). Render by kind: ${routes}.`);
}
if (!skipBrowser) for (const r of rows) console.log(`- ${r.municipalities}: search ${r.search.map((s) => `"${s.query}" ${s.requests} requests ${(s.bytes / 1024).toFixed(1)} KB`).join(', ')}`);

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const result = {
  generated: new Date().toISOString(),
  machine: { cores: cpus().length, memory: totalmem(), node: process.version, note: 'Shared machine: other builds may run at the same time; timings are noisy.' },
  method: {
    build: 'npm run build (astro build, Pagefind, CSP header file), cold: fresh cache and output folder per size.',
    memory: 'peakRss: max resident set of the largest process in the build (GNU time -v); peakTreeRss: max sum of RSS over the build process tree, sampled every 100 ms.',
    bytes: 'gzip -9 of each fetched file as a static host would serve it; Pagefind index files and wasm as they are (already compressed).',
    search: `Search page /nl/zoeken/, queries in order: ${SEARCH_QUERIES.join(', ')}; the first includes the Pagefind runtime, loaded while typing.`,
  },
  rows,
  totalMs: Math.round(performance.now() - startedAll),
};
writeFileSync(join(resultsDir, `bench-${stamp}.json`), JSON.stringify(result, null, 2));
writeFileSync(join(resultsDir, 'latest.json'), JSON.stringify(result, null, 2));
writeFileSync(join(resultsDir, 'build-time.svg'), buildTimeSvg(rows));
writeFileSync(join(resultsDir, 'latest.md'), `${markdownTable(rows)}\n`);
console.log(`\nWritten: bench/results/bench-${stamp}.json, latest.json, latest.md, build-time.svg. Total ${(result.totalMs / 1000).toFixed(0)} s.`);
process.exit(0);
