/**
 * Builds the site once into a temporary folder for build-output tests and returns the
 * pages with a parsed DOM. `SITE_DIST` reuses an existing build (e.g. in CI after `npm run build`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { Window } from 'happy-dom';

export interface BuiltPage { path: string; file: string; html: string; doc: Document }

/** Builds the default site (or reuses SITE_DIST); `env` builds a variant (e.g. SITE_MUNICIPALITY) into its own folder. */
export function buildSite(env?: Record<string, string>): string {
  if (process.env.SITE_DIST && !env) return process.env.SITE_DIST;
  const dir = mkdtempSync(join(tmpdir(), 'vk-build-'));
  const out = join(dir, 'dist');
  const r = spawnSync('npm', ['run', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, ...env, OUT_DIR: out, ASTRO_CACHE_DIR: join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) throw new Error(`The build failed:\n${r.stdout}\n${r.stderr}`);
  if (!existsSync(join(out, 'index.html'))) throw new Error(`No index.html in ${out}`);
  return out;
}

export function walk(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? walk(p, ext) : e.name.endsWith(ext) ? [p] : [];
  });
}

/** Every HTML page with its URL path (`/nl/kaarten/a/`). */
/** The built pages, parsed. `only`: the paths to read (all by default). */
export function readPages(dist: string, only?: (path: string) => boolean): BuiltPage[] {
  const window = new Window();
  const parser = new window.DOMParser();
  return walk(dist, '.html')
    .filter((f) => !f.includes(`${sep}pagefind${sep}`))
    .filter((f) => !only || only('/' + relative(dist, f).split(sep).join('/').replace(/index\.html$/, '').replace(/\.html$/, '/')))
    .map((file) => {
      const rel = relative(dist, file).split(sep).join('/');
      const path = '/' + rel.replace(/index\.html$/, '').replace(/\.html$/, '/');
      const html = readFileSync(file, 'utf8');
      // happy-dom would fetch what a page preloads (with no server behind it): the DOM is read without those links; `html` keeps them.
      const dom = html.replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, '');
      return { path, file, html, doc: parser.parseFromString(dom, 'text/html') as unknown as Document };
    });
}

/** A built site (buildSite with `env`), its pages, and the pages by path. */
export function loadSite(env?: Record<string, string>, only?: (path: string) => boolean): { dist: string; pages: BuiltPage[]; byPath: Map<string, BuiltPage> } {
  const dist = buildSite(env);
  const pages = readPages(dist, only);
  return { dist, pages, byPath: new Map(pages.map((p) => [p.path, p])) };
}
