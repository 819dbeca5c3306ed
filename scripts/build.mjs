// `npm run build`: astro build, then the search index (scripts/index-search.ts, with Pagefind), then the CSP header file.
// OUT_DIR (default dist) and ASTRO_CACHE_DIR let several builds run side by side. Astro runs with
// a heap of BUILD_HEAP_MB (default 1024): enough for 565 municipalities in ten languages, and it
// keeps the build's peak memory near 2 GB. BUILD_SHARDS="nl,fr,en;de,ar,tr;ro,es,pl,uk" builds
// the languages in shards (BUILD_LANGS for each), BUILD_PARALLEL of them at a time (default 2),
// then merges them and indexes the whole site once (docs/scale.md). Astro keeps
// its prerender chunks inside the output folder only when that folder lies inside the project
// (otherwise it falls back to the shared ./.astro/): an OUT_DIR elsewhere is therefore built in
// a private folder under .builds/ and moved into place at the end.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

const target = resolve(process.env.OUT_DIR ?? 'dist');
const inside = target.startsWith(process.cwd() + sep);
const work = inside ? null : resolve('.builds', String(process.pid));
const outDir = work ? join(work, 'dist') : target;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const heapMb = Number(process.env.BUILD_HEAP_MB ?? 1024);
if (!Number.isInteger(heapMb) || heapMb < 256) {
  console.error(`BUILD_HEAP_MB must be a whole number of megabytes, at least 256 (got "${process.env.BUILD_HEAP_MB}").`);
  process.exit(2);
}
const astro = ['--max-old-space-size=' + heapMb, 'node_modules/astro/bin/astro.mjs', 'build'];
const run = (cmd, args, extra = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extra } });
  if (r.status !== 0) {
    if (work) rmSync(work, { recursive: true, force: true });
    process.exit(r.status ?? 1);
  }
};
if (work) mkdirSync(work, { recursive: true });
const shards = (process.env.BUILD_SHARDS ?? '').split(';').map((s) => s.trim()).filter(Boolean);
if (shards.length > 1) await buildShards(shards);
else run(process.execPath, [...astro, '--outDir', outDir]);
run(process.execPath, ['scripts/index-search.ts', outDir]);
run(process.execPath, ['scripts/headers.mjs', outDir]);
// The site has its own search page: Pagefind's ready-made UI bundles (about 400 KB) are never loaded.
// Nor its worker (the search runs with noWorker: true). The search code for languages without
// their own stemming (wasm.unknown.pagefind, about 100 KB) stays only while an indexed language
// needs it (Polish and Ukrainian do: Pagefind has no stemmer for them).
const pagefindFiles = readdirSync(join(outDir, 'pagefind'));
const indexed = pagefindFiles.flatMap((f) => /^pagefind\.([a-z-]+)_[0-9a-f]+\.pf_meta$/.exec(f)?.[1] ?? []);
const needsUnknown = indexed.some((l) => !pagefindFiles.includes(`wasm.${l}.pagefind`));
for (const f of pagefindFiles) {
  if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(f) || f === 'pagefind-worker.js' || (f === 'wasm.unknown.pagefind' && !needsUnknown)) rmSync(join(outDir, 'pagefind', f));
}
if (work) {
  rmSync(target, { recursive: true, force: true });
  try {
    renameSync(outDir, target);
  } catch {
    cpSync(outDir, target, { recursive: true });
  }
  rmSync(work, { recursive: true, force: true });
}

/**
 * Builds each shard of languages into its own folder, BUILD_PARALLEL at a time, then merges them
 * into outDir: the first shard brings the files every language shares (the root and 404 pages,
 * /data/, the assets), each other shard its language folders, its islands' data files and its
 * assets; the sitemaps are joined into one.
 */
async function buildShards(groups) {
  const { spawn } = await import('node:child_process');
  const { existsSync, readFileSync, writeFileSync } = await import('node:fs');
  const parallel = Math.max(1, Number(process.env.BUILD_PARALLEL ?? 2) || 1);
  // Inside the project, as Astro needs (see above).
  const own = work ? null : resolve('.builds', `shards-${process.pid}`);
  const base = join(work ?? own, 'shards');
  const cache = resolve(process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro', 'shards');
  mkdirSync(base, { recursive: true });
  const one = (langs, i) =>
    new Promise((done, fail) => {
      const dir = join(base, String(i));
      const started = Date.now();
      const child = spawn(process.execPath, [...astro, '--outDir', dir], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...env, BUILD_LANGS: langs, ASTRO_CACHE_DIR: join(cache, String(i)) } });
      child.stdout.on('data', (d) => { for (const line of String(d).split('\n')) if (line.trim()) process.stdout.write(`[${langs}] ${line}\n`); });
      child.on('close', (code) => (code === 0 ? done({ dir, langs, seconds: (Date.now() - started) / 1000 }) : fail(new Error(`The shard ${langs} failed (exit ${code}).`))));
    });
  const results = [];
  const queue = groups.map((g, i) => [g, i]);
  try {
    await Promise.all(Array.from({ length: Math.min(parallel, queue.length) }, async () => {
      while (queue.length) {
        const [g, i] = queue.shift();
        results[i] = await one(g, i);
      }
    }));
  } catch (e) {
    console.error(e.message);
    rmSync(own ?? base, { recursive: true, force: true });
    if (work) rmSync(work, { recursive: true, force: true });
    process.exit(1);
  }
  rmSync(outDir, { recursive: true, force: true });
  cpSync(results[0].dir, outDir, { recursive: true });
  const urls = [];
  const sitemapUrls = (dir) => readdirSync(dir).filter((f) => /^sitemap-\d+\.xml$/.test(f)).flatMap((f) => readFileSync(join(dir, f), 'utf8').match(/<url>[\s\S]*?<\/url>/g) ?? []);
  urls.push(...sitemapUrls(results[0].dir));
  for (const r of results.slice(1)) {
    for (const l of r.langs.split(',').map((x) => x.trim())) {
      cpSync(join(r.dir, l), join(outDir, l), { recursive: true });
      if (existsSync(join(r.dir, 'data/ui', l))) cpSync(join(r.dir, 'data/ui', l), join(outDir, 'data/ui', l), { recursive: true });
    }
    cpSync(join(r.dir, '_astro'), join(outDir, '_astro'), { recursive: true });
    urls.push(...sitemapUrls(r.dir));
  }
  // One sitemap for the whole site (each shard's lists only its own pages).
  const head = readFileSync(join(results[0].dir, 'sitemap-0.xml'), 'utf8').split('<url>')[0];
  for (const f of readdirSync(outDir).filter((x) => /^sitemap-\d+\.xml$/.test(x))) rmSync(join(outDir, f));
  // A page every shard builds (the root) is listed once, as the first shard has it.
  const byLoc = new Map();
  for (const u of urls) {
    const loc = /<loc>([^<]*)<\/loc>/.exec(u)?.[1] ?? u;
    if (!byLoc.has(loc)) byLoc.set(loc, u);
  }
  writeFileSync(join(outDir, "sitemap-0.xml"), `${head}${[...byLoc].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, u]) => u).join("")}</urlset>`);
  rmSync(own ?? base, { recursive: true, force: true });
  console.log(`Shards: ${results.map((r) => `${r.langs} ${r.seconds.toFixed(1)} s`).join('; ')}, ${parallel} at a time; merged into ${outDir}.`);
}
