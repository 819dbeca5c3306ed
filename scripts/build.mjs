// `npm run build`: astro build, then the search index (scripts/index-search.ts, with Pagefind), then the CSP header file.
// OUT_DIR (default dist) and ASTRO_CACHE_DIR let several builds run side by side. Astro keeps
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
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) {
    if (work) rmSync(work, { recursive: true, force: true });
    process.exit(r.status ?? 1);
  }
};
if (work) mkdirSync(work, { recursive: true });
run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir]);
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
