// `npm start`: builds the site when dist/ is missing or older than the sources, then serves it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}
const built = existsSync('dist/pagefind/pagefind.js') ? statSync('dist/index.html').mtimeMs : 0;
const sources = Math.max(newest('src'), newest('public'), statSync('astro.config.mjs').mtimeMs);
if (built < sources) {
  console.log('Building the site first (npm run build)…');
  const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
await import('./serve.mjs');
