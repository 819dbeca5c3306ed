// Runs the unit suite under several time zones: results must never shift a day.
import { spawnSync } from 'node:child_process';
const zones = ['UTC', 'Europe/Brussels', 'America/Los_Angeles', 'Pacific/Kiritimati'];
for (const tz of zones) {
  console.log(`\n=== TZ=${tz} ===`);
  const r = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'tests/unit'], { stdio: 'inherit', env: { ...process.env, TZ: tz } });
  if (r.status !== 0) { console.error(`Unit tests failed under TZ=${tz}`); process.exit(r.status ?? 1); }
}
