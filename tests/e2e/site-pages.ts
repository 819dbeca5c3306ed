/** The pages of the built site, read from its sitemap (plus the language picker and the not-found pages). */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const distDir = resolve(fileURLToPath(new URL('.', import.meta.url)), process.env.E2E_DIST ?? '../../dist');

export function sitePaths(): string[] {
  const files = readdirSync(distDir).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const paths = files.flatMap((f) => [...readFileSync(join(distDir, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  return [...new Set(['/', '/404.html', '/nl/404/', '/fr/404/', '/en/404/', ...paths])].sort();
}
