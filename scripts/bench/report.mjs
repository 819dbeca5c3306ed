// Pure helpers of the scale benchmark: reading the build log, summing folders, the table and
// the chart. No process is started here, so the unit tests can check each piece.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isLang } from '../../src/i18n/languages.ts';
import { HISTORY_SEGMENT, SECTIONS } from '../../src/i18n/routes.ts';

/** Total bytes and file count of a folder (recursive); `filter` gets the path relative to `dir`. */
/**
 * @param {string} dir
 * @param {(rel: string) => boolean} [filter] keeps a file by its path relative to `dir`
 * @param {string} [rel]
 */
export function folderStats(dir, filter = () => true, rel = '') {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      const s = folderStats(dir, filter, r);
      bytes += s.bytes;
      files += s.files;
    } else if (filter(r)) {
      bytes += statSync(join(dir, r)).size;
      files += 1;
    }
  }
  return { bytes, files };
}

/** What kind of output a route is, from its path (`/nl/gemeenten/x/index.html` → municipality page), in every language. */
export function routeKind(path) {
  if (path.startsWith('/data/fees/') && path !== '/data/fees/index.json') return 'fee data (json)';
  if (path.startsWith('/data/')) return 'other data';
  const [, lang, section, slug, more] = path.split('/');
  if (!isLang(lang ?? '')) return 'other';
  if (section === 'index.html') return 'home';
  if (section === 'feed.xml' || slug === 'feed.xml' || more === 'feed.xml') return 'feed';
  const hasSlug = slug !== undefined && slug !== 'index.html';
  const history = more !== undefined && more === HISTORY_SEGMENT[lang];
  for (const [kind, name] of [['cards', 'card'], ['municipalities', 'municipality'], ['guides', 'guide']]) {
    if (section === SECTIONS[kind][lang]) return !hasSlug ? 'list page' : history ? `${name} history` : `${name} page`;
  }
  if (section === SECTIONS.finder[lang]) return 'finder step';
  return 'other';
}

const PHASES = [
  ['setup', /Building static entrypoints/],
  ['bundle', /generating static routes/],
  ['render', /page\(s\) built in/],
  ['between', /Running Pagefind/],
  ['pagefind', /^Finished in/],
];

/**
 * Splits a build log into phases and sums the render time Astro prints per route.
 * `lines` are `{ t, text }` with t in ms since the build started; `end` is the build's end (ms).
 * Phases: setup (config, content validation, content sync, types), bundle (Vite), render
 * (every page and data file, sitemap), pagefind (index), rest (CSP header file, moving the output).
 */
export function parseBuildLog(lines, end) {
  const marks = {};
  for (const { t, text } of lines) {
    const clean = text.replace(/\x1b\[[0-9;]*m/g, '').trim();
    for (const [name, re] of PHASES) if (marks[name] === undefined && re.test(clean)) marks[name] = t;
  }
  const phases = {};
  if (marks.setup !== undefined) phases.setup = marks.setup;
  if (marks.setup !== undefined && marks.bundle !== undefined) phases.bundle = marks.bundle - marks.setup;
  if (marks.bundle !== undefined && marks.render !== undefined) phases.render = marks.render - marks.bundle;
  if (marks.between !== undefined && marks.pagefind !== undefined) phases.pagefind = marks.pagefind - marks.between;
  if (marks.render !== undefined && marks.between !== undefined) phases.handoff = marks.between - marks.render;
  if (marks.pagefind !== undefined) phases.rest = end - marks.pagefind;

  const routes = {};
  for (const { text } of lines) {
    const m = /[├└]─ (\/\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/.exec(text.replace(/\x1b\[[0-9;]*m/g, ''));
    if (!m) continue;
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    const kind = routeKind(m[1]);
    routes[kind] ??= { count: 0, ms: 0 };
    routes[kind].count += 1;
    routes[kind].ms += ms;
  }
  return { phases, routes };
}

/** The phase (as parseBuildLog names them) running at `t` ms after the build started. */
export function phaseAt(phases, t) {
  if (t == null) return null;
  let start = 0;
  for (const name of ['setup', 'bundle', 'render', 'handoff', 'pagefind', 'rest']) {
    if (phases[name] == null) continue;
    if (t < start + phases[name]) return name;
    start += phases[name];
  }
  return 'rest';
}

/** Reads `/usr/bin/time -v` output: peak resident set of the largest process, in bytes. */
export function parseTimeV(text) {
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
  return m ? Number(m[1]) * 1024 : null;
}

const KB = 1024;
const MB = 1024 * 1024;
export const fmt = {
  s: (ms) => (ms == null ? '–' : `${(ms / 1000).toFixed(1)} s`),
  mb: (b) => (b == null ? '–' : `${(b / MB).toFixed(1)} MB`),
  kb: (b) => (b == null ? '–' : `${(b / KB).toFixed(1)} KB`),
  n: (x) => (x == null ? '–' : String(x)),
  rate: (x) => (x == null ? '–' : x.toFixed(1)),
};

/** JS on load / after reading the page to the end (client:visible islands), in KB. */
const jsPair = (w) => (w == null ? '–' : w.jsOnLoad == null ? fmt.kb(w.js) : `${(w.jsOnLoad / KB).toFixed(1)}/${fmt.kb(w.js)}`);

/** The columns of the printed table: label and how to read a result row. */
export const COLUMNS = [
  ['municipalities', (r) => fmt.n(r.municipalities)],
  ['pages', (r) => fmt.n(r.pages)],
  ['build (wall)', (r) => fmt.s(r.buildMs)],
  ['peak RSS', (r) => fmt.mb(r.peakRss)],
  ['pages/s', (r) => fmt.rate(r.pagesPerSecond)],
  ['dist size', (r) => fmt.mb(r.dist?.bytes)],
  ['dist files', (r) => fmt.n(r.dist?.files)],
  ['pagefind size', (r) => fmt.mb(r.pagefind?.bytes)],
  ['pagefind files', (r) => fmt.n(r.pagefind?.files)],
  ['1st search', (r) => fmt.kb(r.search?.[0]?.bytes)],
  ['2nd search', (r) => fmt.kb(r.search?.[1]?.bytes)],
  ['municipality JS', (r) => jsPair(r.weights?.municipality)],
  ['/nl/kosten/ JS', (r) => jsPair(r.weights?.calculator)],
  ['card JS', (r) => jsPair(r.weights?.card)],
  ['municipality HTML', (r) => fmt.kb(r.weights?.municipality?.html)],
  ['card HTML', (r) => fmt.kb(r.weights?.card?.html)],
];

/** A plain-text table (one row per municipality count). */
export function table(rows) {
  const cells = [COLUMNS.map(([h]) => h), ...rows.map((r) => COLUMNS.map(([, f]) => f(r)))];
  const widths = COLUMNS.map((_, i) => Math.max(...cells.map((c) => c[i].length)));
  const line = (c) => c.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** The same table in Markdown (for docs/scale.md and reports). */
export function markdownTable(rows) {
  const head = `| ${COLUMNS.map(([h]) => h).join(' | ')} |`;
  const sep = `|${COLUMNS.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`;
  return [head, sep, ...rows.map((r) => `| ${COLUMNS.map(([, f]) => f(r)).join(' | ')} |`)].join('\n');
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An SVG chart of build time (and its render and Pagefind parts) against the number of
 * municipalities, with a dashed line through the origin and the largest run for reference:
 * points above the line at the small end mean fixed costs; bending upwards means worse than linear.
 */
export function buildTimeSvg(rows, { title = 'Build time against the number of municipalities' } = {}) {
  const W = 640;
  const H = 400;
  const m = { l: 64, r: 150, t: 40, b: 56 };
  const pts = [...rows].filter((r) => r.buildMs != null).sort((a, b) => a.municipalities - b.municipalities);
  const maxX = Math.max(1, ...pts.map((r) => r.municipalities));
  const maxY = Math.max(1000, ...pts.map((r) => r.buildMs)) * 1.1;
  const x = (v) => m.l + (v / maxX) * (W - m.l - m.r);
  const y = (v) => H - m.b - (v / maxY) * (H - m.t - m.b);
  const series = [
    ['total build', '#1f5fbf', (r) => r.buildMs, ''],
    ['page rendering', '#b04a00', (r) => r.phases?.render, '6 3'],
    ['Pagefind', '#2e7d32', (r) => r.phases?.pagefind, '2 3'],
  ];
  const step = maxY / 1000 > 60 ? 20 : maxY / 1000 > 20 ? 10 : maxY / 1000 > 8 ? 2 : 1;
  const yTicks = [];
  for (let s = 0; s * 1000 <= maxY; s += step) yTicks.push(s);
  const xTicks = pts.map((r) => r.municipalities);
  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="t d" font-family="system-ui, sans-serif" font-size="12">`);
  out.push(`<title id="t">${esc(title)}</title>`);
  out.push(`<desc id="d">${esc(pts.map((r) => `${r.municipalities} municipalities: ${fmt.s(r.buildMs)} (${r.pages} pages)`).join('; '))}</desc>`);
  out.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
  out.push(`<text x="${m.l}" y="22" font-size="14" font-weight="bold">${esc(title)}</text>`);
  for (const s of yTicks) out.push(`<line x1="${m.l}" x2="${W - m.r}" y1="${y(s * 1000)}" y2="${y(s * 1000)}" stroke="#ddd"/><text x="${m.l - 6}" y="${y(s * 1000) + 4}" text-anchor="end">${s} s</text>`);
  for (const v of xTicks) out.push(`<line x1="${x(v)}" x2="${x(v)}" y1="${H - m.b}" y2="${H - m.b + 4}" stroke="#333"/><text x="${x(v)}" y="${H - m.b + 18}" text-anchor="middle">${v}</text>`);
  out.push(`<line x1="${m.l}" x2="${W - m.r}" y1="${H - m.b}" y2="${H - m.b}" stroke="#333"/><line x1="${m.l}" x2="${m.l}" y1="${m.t}" y2="${H - m.b}" stroke="#333"/>`);
  out.push(`<text x="${(m.l + W - m.r) / 2}" y="${H - 16}" text-anchor="middle">municipalities</text>`);
  const last = pts.at(-1);
  if (last && pts.length > 1) {
    out.push(`<line x1="${x(0)}" y1="${y(0)}" x2="${x(last.municipalities)}" y2="${y(last.buildMs)}" stroke="#999" stroke-dasharray="4 4"/>`);
  }
  series.forEach(([label, color, get, dash], i) => {
    const ps = pts.filter((r) => get(r) != null);
    if (!ps.length) return;
    out.push(`<polyline fill="none" stroke="${color}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''} points="${ps.map((r) => `${x(r.municipalities).toFixed(1)},${y(get(r)).toFixed(1)}`).join(' ')}"/>`);
    for (const r of ps) out.push(`<circle cx="${x(r.municipalities).toFixed(1)}" cy="${y(get(r)).toFixed(1)}" r="3.5" fill="${color}"><title>${esc(`${label}, ${r.municipalities} municipalities: ${fmt.s(get(r))}`)}</title></circle>`);
    const ly = m.t + 10 + i * 20;
    out.push(`<line x1="${W - m.r + 12}" x2="${W - m.r + 36}" y1="${ly}" y2="${ly}" stroke="${color}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/><text x="${W - m.r + 42}" y="${ly + 4}">${esc(label)}</text>`);
  });
  if (last && pts.length > 1) out.push(`<line x1="${W - m.r + 12}" x2="${W - m.r + 36}" y1="${m.t + 70}" y2="${m.t + 70}" stroke="#999" stroke-dasharray="4 4"/><text x="${W - m.r + 42}" y="${m.t + 74}">linear reference</text>`);
  out.push('</svg>');
  return out.join('\n') + '\n';
}
