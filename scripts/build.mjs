// `npm run build`: astro build, then Pagefind indexes the output.
// OUT_DIR (default dist) and ASTRO_CACHE_DIR let several builds run side by side.
import { spawnSync } from 'node:child_process';

const outDir = process.env.OUT_DIR ?? 'dist';
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir]);
run(process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', outDir]);
run(process.execPath, ['scripts/headers.mjs', outDir]);
