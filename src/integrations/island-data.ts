/**
 * The `client:data` directive (src/components/island-data/directive.ts): an island that wakes up
 * once its data files (src/data/island-data.ts) are loaded. This integration registers it and,
 * after the build, lets every page whose island wakes up with the page (`when: 'load'`: the
 * calculator and plan pages) fetch all it needs at once: a `modulepreload` for the island's
 * code and every module that code imports (so the browser does not discover them one level at a
 * time), and a `preload` for its data files.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataUrls } from '../components/island-data/directive.ts';

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#34;/g, '"').replace(/&amp;/g, '&');

/** A module and every module it imports statically (`import … from "./x.js"`), as site paths. */
export function moduleClosure(entry: string, read: (path: string) => string | null): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    const code = read(path);
    if (code === null) return;
    seen.add(path);
    const dir = path.slice(0, path.lastIndexOf('/') + 1);
    // Static imports only: `import(…)` (dynamic) is loaded when it is needed, not before.
    for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(new URL(m[1]!, `http://x${dir}`).pathname);
    }
  };
  visit(entry);
  return [...seen];
}

/** The `<link>` lines a page's waking-with-the-page islands need, or '' when it has none. */
export function preloadLinks(html: string, read: (path: string) => string | null): string {
  const modules = new Set<string>();
  const data = new Set<string>();
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    const tag = m[0];
    if (!/\sclient="data"/.test(tag)) continue;
    const opts = decode(/\sopts="([^"]*)"/.exec(tag)?.[1] ?? '');
    if (/"when":"visible"/.test(opts)) continue;
    for (const attr of ['component-url', 'renderer-url']) {
      const url = new RegExp(`\\s${attr}="([^"]+)"`).exec(tag)?.[1];
      if (url) moduleClosure(url, read).forEach((u) => modules.add(u));
    }
    dataUrls(decode(/\sprops="([^"]*)"/.exec(tag)?.[1] ?? '')).forEach((u) => data.add(u));
  }
  return [...[...modules].map((u) => `<link rel="modulepreload" href="${u}">`), ...[...data].map((u) => `<link rel="preload" href="${u}" as="fetch" crossorigin="anonymous">`)].join('');
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
}

export default function islandData(): AstroIntegration {
  return {
    name: 'verblijfskaart:island-data',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'data', entrypoint: fileURLToPath(new URL('../components/island-data/directive.ts', import.meta.url)) });
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const cache = new Map<string, string | null>();
        const read = (path: string) => {
          if (!cache.has(path)) {
            const file = join(root, path);
            cache.set(path, path.startsWith('/_astro/') && existsSync(file) ? readFileSync(file, 'utf8') : null);
          }
          return cache.get(path)!;
        };
        let pages = 0;
        for (const file of htmlFiles(root)) {
          const html = readFileSync(file, 'utf8');
          if (!html.includes('client="data"')) continue;
          const links = preloadLinks(html, read);
          if (!links || !html.includes('</head>')) continue;
          writeFileSync(file, html.replace('</head>', `${links}</head>`));
          pages++;
        }
        logger.info(`Preloads for islands that wake up with the page: ${pages} pages.`);
      },
    },
  };
}
