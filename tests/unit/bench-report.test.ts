/**
 * The scale benchmark's pure helpers (scripts/bench/report.mjs): reading Astro's build log into
 * phases and per-kind render times, folder sums, the table and the build-time chart.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { buildTimeSvg, folderStats, markdownTable, parseBuildLog, parseTimeV, phaseAt, routeKind, table } from '../../scripts/bench/report.mjs';

const work = mkdtempSync(join(tmpdir(), 'bench-report-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const LOG = [
  [250, 'npm warn Unknown user config "nodedir".'],
  [1900, '\x1b[2m20:14:53\x1b[22m \x1b[34m[verblijfskaart:validate-content]\x1b[39m content checked: 103 files, no errors'],
  [4400, '\x1b[2m20:14:55\x1b[22m \x1b[34m[build]\x1b[39m Building static entrypoints...'],
  [8700, ' generating static routes '],
  [8800, '20:15:00   ├─ /data/fees/testgemeente-0001.json (+2ms) '],
  [8900, '20:15:00   ├─ /data/fees/index.json (+4ms) '],
  [9000, '20:15:00   ├─ /nl/kaarten/a/index.html (+28ms) '],
  [9100, '20:15:00   ├─ /fr/cartes/eu-plus/index.html (+1.5s) '],
  [9200, '\x1b[2m20:15:00\x1b[22m   ├─ /nl/gemeenten/testgemeente-0001/index.html \x1b[2m(+12ms)\x1b[22m '],
  [9300, '20:15:00   └─ /en/municipalities/testgemeente-0002/index.html (+8ms) '],
  [9400, '20:15:00   ├─ /nl/gemeenten/index.html (+3ms) '],
  [9500, '20:15:00   ├─ /nl/gidsen/pasfoto/index.html (+4ms) '],
  [17600, '20:15:09 [build] 254 page(s) built in 16.05s'],
  [17800, 'Running Pagefind v1.6.0 (Extended)'],
  [19000, 'Finished in 1.230 seconds'],
  [19100, 'CSP header written (809 characters, 10 script-src sources).'],
].map(([t, text]) => ({ t: t as number, text: text as string }));

describe('scale benchmark report', () => {
  it('splits the build log into phases that add up to the wall time', () => {
    const { phases } = parseBuildLog(LOG, 19200);
    expect(phases).toEqual({ setup: 4400, bundle: 4300, render: 8900, handoff: 200, pagefind: 1200, rest: 200 });
    const sum = Object.values(phases).reduce((a, b) => a + b, 0);
    expect(sum).toBe(19200);
    expect(phaseAt(phases, 100)).toBe('setup');
    expect(phaseAt(phases, 5000)).toBe('bundle');
    expect(phaseAt(phases, 12000)).toBe('render');
    expect(phaseAt(phases, 18500)).toBe('pagefind');
    expect(phaseAt(phases, 19150)).toBe('rest');
    expect(phaseAt(phases, undefined)).toBeNull();
  });

  it('leaves out phases whose markers are missing (a failed or different build)', () => {
    const { phases, routes } = parseBuildLog(LOG.slice(0, 3), 5000);
    expect(phases).toEqual({ setup: 4400 });
    expect(routes).toEqual({});
  });

  it('sums the render time Astro prints per route, by kind of page, in ms and seconds', () => {
    const { routes } = parseBuildLog(LOG, 19200);
    expect(routes).toEqual({
      'fee data (json)': { count: 1, ms: 2 },
      'other data': { count: 1, ms: 4 },
      'card page': { count: 2, ms: 1528 },
      'municipality page': { count: 2, ms: 20 },
      'list page': { count: 1, ms: 3 },
      'guide page': { count: 1, ms: 4 },
    });
  });

  it('tells page kinds apart in the three languages', () => {
    expect(routeKind('/en/cards/child/index.html')).toBe('card page');
    expect(routeKind('/fr/communes/koekelberg/index.html')).toBe('municipality page');
    expect(routeKind('/fr/communes/index.html')).toBe('list page');
    expect(routeKind('/en/guides/glossary/index.html')).toBe('guide page');
    expect(routeKind('/nl/index.html')).toBe('home');
    expect(routeKind('/nl/kosten/index.html')).toBe('other');
    expect(routeKind('/404.html')).toBe('other');
    // Every language, with its own section names.
    expect(routeKind('/de/karten/a/index.html')).toBe('card page');
    expect(routeKind('/uk/municipalities/koekelberg/history/index.html')).toBe('municipality history');
    expect(routeKind('/nl/gemeenten/koekelberg/geschiedenis/index.html')).toBe('municipality history');
    expect(routeKind('/tr/belediyeler/koekelberg/feed.xml')).toBe('feed');
    expect(routeKind('/ar/guides/glossary/index.html')).toBe('guide page');
    expect(routeKind('/data/fees.schema.json')).toBe('other data');
  });

  it('reads the peak memory from GNU time -v, or nothing', () => {
    expect(parseTimeV('\tMaximum resident set size (kbytes): 1535092\n')).toBe(1535092 * 1024);
    expect(parseTimeV('')).toBeNull();
  });

  it('sums a folder, with a filter', () => {
    const dir = join(work, 'site');
    mkdirSync(join(dir, 'pagefind', 'index'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), 'x'.repeat(10));
    writeFileSync(join(dir, 'pagefind', 'index', 'a.pf_index'), 'y'.repeat(5));
    writeFileSync(join(dir, 'pagefind', 'p.html'), 'z');
    expect(folderStats(dir)).toEqual({ bytes: 16, files: 3 });
    expect(folderStats(dir, (r: string) => r.endsWith('.html') && !r.startsWith('pagefind/'))).toEqual({ bytes: 10, files: 1 });
  });

  const rows = [
    { municipalities: 1, pages: 107, buildMs: 7100, peakRss: 760e6, pagesPerSecond: 15.07, dist: { bytes: 4e6, files: 241 }, pagefind: { bytes: 1e6, files: 116 }, search: [{ bytes: 35000 }, { bytes: 4700 }], weights: { municipality: { jsOnLoad: 0, js: 16700, html: 7300 }, calculator: { jsOnLoad: 16700, js: 16700 }, card: { html: 12500, js: 16700 } }, phases: { render: 1900, pagefind: 600 } },
    { municipalities: 50, pages: 254, buildMs: 19200, peakRss: 1500e6, pagesPerSecond: 13.2, dist: { bytes: 19.5e6, files: 590 }, pagefind: { bytes: 1.2e6, files: 269 }, phases: { render: 8900, pagefind: 1200 } },
  ];

  it('prints one aligned line per size, with a dash for what was not measured', () => {
    const lines = table(rows).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^municipalities\s+pages\s+build \(wall\)/);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
    expect(lines[2]).toMatch(/^1\s+107\s+7\.1 s/);
    expect(lines[2]).toContain('0.0/16.3 KB');
    expect(lines[2]).toContain('16.3 KB');
    expect(lines[3]).toContain('–');
    expect(lines.join('\n')).not.toMatch(/NaN|undefined/);
    const md = markdownTable(rows).split('\n');
    expect(md).toHaveLength(4);
    expect(md[1]).toMatch(/^\| --- \| ---: /);
  });

  it('draws the build-time chart as a valid, labelled SVG with one point per size and series', () => {
    const svg = buildTimeSvg(rows);
    const doc = new new Window().DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    expect(root.tagName.toLowerCase()).toBe('svg');
    expect(root.getAttribute('role')).toBe('img');
    expect(doc.querySelector('title')?.textContent).toMatch(/Build time/);
    expect(doc.querySelector('desc')?.textContent).toContain('50 municipalities: 19.2 s (254 pages)');
    expect(doc.querySelectorAll('circle')).toHaveLength(6);
    expect(svg).not.toMatch(/NaN|undefined/);
    // The larger build sits higher (smaller y) than the smaller one.
    const [a, b] = [...doc.querySelectorAll('polyline')][0]!.getAttribute('points')!.split(' ').map((p) => Number(p.split(',')[1]));
    expect(b!).toBeLessThan(a!);
  });
});
