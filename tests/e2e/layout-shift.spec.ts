/**
 * Layout shift (issue 17): every card page and every municipality page of every language, at
 * 360×800 and 1280×900, shifts by at most 0.01 (the sum of the `layout-shift` entries without
 * recent input) while
 *
 * - it is loaded at the top and scrolled to the bottom one viewport at a time, each step waiting
 *   until the islands in view (fee calculator, deadline calculator, municipality picker:
 *   `client:visible`) have hydrated;
 * - it is opened at the section of each of its islands (`/nl/kaarten/a/#cost`, `#deadlines`,
 *   `/nl/gemeenten/koekelberg/#fees`: each a fresh load, the case that once shifted by 0.86) and
 *   watched until the islands in view have hydrated and half a second more;
 * - in the last of those loads, it follows every other in-page link (`a[href^="#"]` whose target
 *   exists: skip link, source and conflict notes, "see below" links), each jump measured alone.
 *
 * Before the server HTML rendered the calculators' real forms, scrolling a card page shifted by up
 * to 0.56 and following a link to `#cost` by 0.86. A failure names the page, width, step, value and
 * the nodes that moved. PERF_VERBOSE=1 prints the largest value per kind, language and width.
 */
import { expect, test, type Page } from '@playwright/test';
import { LANGS, type Lang } from '../../src/i18n/languages.ts';
import { SECTIONS } from '../../src/i18n/routes.ts';
import { sitePaths } from './site-pages.ts';

const LIMIT = 0.01;
/** How long a fresh load at an anchor is watched once the islands in view have hydrated. */
const ANCHOR_SETTLE_MS = 500;
/** The same after an in-page jump, a scroll step in which an island hydrated, and the last scroll step. */
const STEP_SETTLE_MS = 50;
/** Pages checked at the same time in one test (tabs of one context): most of the time is spent waiting. */
const TABS = 3;
const VIEWPORTS = [{ width: 360, height: 800 }, { width: 1280, height: 900 }] as const;

const all = sitePaths();
/** The card and municipality pages of one language: `/nl/kaarten/a/`, `/nl/gemeenten/koekelberg/` … */
function pagesOf(lang: Lang): string[] {
  const detail = (section: 'cards' | 'municipalities') => all.filter((p) => new RegExp(`^/${lang}/${SECTIONS[section][lang]}/[^/]+/$`).test(p));
  return [...detail('cards'), ...detail('municipalities')];
}

interface Shift { value: number; sources: string[] }
/** One measured step: the shifts it caused, or why it could not be measured. */
interface Step { label: string; shifts: Shift[]; error?: string }
declare global {
  interface Window {
    __shifts: Shift[];
    __settle: (ms: number, always?: boolean) => Promise<string | undefined>;
    __measure: (from: number, ms: number, always?: boolean) => Promise<{ end: number; shifts: Shift[]; error?: string }>;
    __scrollDown: (ms: number) => Promise<Step[]>;
    __jumps: (ids: string[], ms: number) => Promise<Step[]>;
  }
}

/**
 * Installed before any page script: records every layout shift without recent input (with the
 * nodes that moved), and the helpers that scroll, jump and wait inside the page.
 */
function observeShifts() {
  window.__shifts = [];
  const name = (n: Node | null | undefined): string => {
    if (!n) return '(removed node)';
    if (!(n instanceof Element)) return `text in ${name(n.parentElement)}`;
    return `${n.tagName.toLowerCase()}${n.id ? `#${n.id}` : ''}${[...n.classList].map((c) => `.${c}`).join('')}`;
  };
  const rect = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
  type LayoutShift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
  const record = (entries: PerformanceEntryList) => {
    for (const e of entries as LayoutShift[]) {
      if (!e.hadRecentInput) window.__shifts.push({ value: e.value, sources: e.sources.map((s) => `${name(s.node)} (${rect(s.previousRect)} → ${rect(s.currentRect)})`) });
    }
  };
  const observer = new PerformanceObserver((list) => record(list.getEntries()));
  observer.observe({ type: 'layout-shift', buffered: true });

  const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
  const inView = (el: Element) => [...el.children].some((c) => {
    const r = c.getBoundingClientRect();
    return r.width + r.height > 0 && r.bottom >= 0 && r.top <= innerHeight && r.right >= 0 && r.left <= innerWidth;
  });
  // An island loses its `ssr` attribute once hydrated (astro/dist/runtime/server/astro-island.js).
  // Waits for the islands in view, then `ms` more if one of them had to hydrate (`always`: in any case).
  window.__settle = async (ms, always = true) => {
    const until = performance.now() + 15_000;
    let hydrated = false;
    for (;;) {
      const waiting = [...document.querySelectorAll('astro-island[ssr]')].filter(inView);
      if (!waiting.length) break;
      if (performance.now() > until) return `islands in view did not hydrate within 15 s: ${waiting.map((i) => i.getAttribute('component-url')).join(', ')}`;
      hydrated = true;
      await frame();
    }
    if (always || hydrated) {
      await new Promise((done) => setTimeout(done, ms));
      await frame();
    }
    // Shifts are reported after the frame that renders them.
    await frame();
    return undefined;
  };
  window.__measure = async (from, ms, always = true) => {
    const error = await window.__settle(ms, always);
    record(observer.takeRecords());
    return { end: window.__shifts.length, shifts: window.__shifts.slice(from), error };
  };
  // A step where nothing hydrates is not waited for: a late shift still falls in a later step, and
  // the last step, at the bottom, waits `ms` in any case.
  window.__scrollDown = async (ms) => {
    const steps: Step[] = [];
    let from = 0;
    for (;;) {
      const bottom = scrollY + innerHeight >= document.documentElement.scrollHeight - 1;
      const step = await window.__measure(from, ms, bottom);
      from = step.end;
      steps.push({ label: `y=${Math.round(scrollY)}`, shifts: step.shifts, error: step.error });
      if (step.error || bottom) return steps;
      window.scrollTo({ top: scrollY + innerHeight, behavior: 'instant' });
    }
  };
  window.__jumps = async (ids, ms) => {
    const steps: Step[] = [];
    record(observer.takeRecords());
    let from = window.__shifts.length;
    for (const id of ids) {
      location.hash = id;
      const step = await window.__measure(from, ms);
      from = step.end;
      steps.push({ label: `in-page jump to #${id}`, shifts: step.shifts, error: step.error });
    }
    return steps;
  };
}

const sum = (shifts: Shift[]) => shifts.reduce((s, x) => s + x.value, 0);
const describeShifts = (shifts: Shift[]) => shifts.filter((s) => s.value > 0).map((s) => `    ${s.value.toFixed(4)}: ${s.sources.join('; ') || '(no sources)'}`).join('\n');

/** Every measured step of one page at the current viewport, by kind. */
async function measurePage(page: Page, path: string): Promise<{ kind: string; step: Step }[]> {
  const out: { kind: string; step: Step }[] = [];
  // 1. From the top to the bottom, one viewport at a time: one step, the shifts listed by offset.
  await page.goto(path);
  const scroll = await page.evaluate((ms) => window.__scrollDown(ms), STEP_SETTLE_MS);
  const at = scroll.filter((s) => sum(s.shifts) > 0).map((s) => `${s.label}: ${sum(s.shifts).toFixed(4)}`);
  out.push({ kind: 'scroll', step: { label: `scroll to the bottom (${scroll.length} steps${at.length ? `; ${at.join(', ')}` : ''})`, shifts: scroll.flatMap((s) => s.shifts), error: scroll.find((s) => s.error)?.error } });

  // 2. The sections holding islands, each opened by a fresh load; then the other in-page link targets.
  const { islandTargets, linked } = await page.evaluate(() => {
    const headings = [...document.querySelectorAll('h2[id], h3[id]')];
    const islands = [...document.querySelectorAll('astro-island')].filter((i) => !i.parentElement?.closest('astro-island'));
    const islandTargets = [...new Set(islands.map((island) => {
      const labelled = island.closest('section[aria-labelledby]')?.getAttribute('aria-labelledby');
      if (labelled && document.getElementById(labelled)) return labelled;
      return headings.filter((h) => h.compareDocumentPosition(island) & Node.DOCUMENT_POSITION_FOLLOWING && !island.contains(h)).at(-1)?.id;
    }).filter((id): id is string => !!id))];
    const linked = [...new Set([...document.querySelectorAll('a[href^="#"]')].map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1))))]
      .filter((id) => id && document.getElementById(id) && !islandTargets.includes(id));
    return { islandTargets, linked };
  });
  if (!islandTargets.length) out.push({ kind: 'fresh #anchor', step: { label: 'sections of the islands', shifts: [], error: 'no island section found' } });
  for (const id of islandTargets) {
    // From another document: `goto` from the same page to its own #id would only scroll.
    await page.goto('about:blank');
    await page.goto(`${path}#${encodeURIComponent(id)}`);
    const step = await page.evaluate((ms) => window.__measure(0, ms), ANCHOR_SETTLE_MS);
    out.push({ kind: 'fresh #anchor', step: { label: `fresh load at #${id}`, ...step } });
  }
  for (const step of await page.evaluate(([ids, ms]) => window.__jumps(ids, ms), [linked, STEP_SETTLE_MS] as const)) out.push({ kind: 'in-page #anchor', step });
  return out;
}

test.describe.configure({ mode: 'parallel' });

for (const viewport of VIEWPORTS) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    for (const lang of LANGS) {
      const paths = pagesOf(lang);
      test(`${lang}: ${paths.length} card and municipality pages shift by at most ${LIMIT}`, async ({ context }) => {
        test.setTimeout(240_000);
        expect(paths.length, `card and municipality pages of ${lang}`).toBeGreaterThan(0);
        await context.addInitScript(observeShifts);
        const failures: string[] = [];
        const maxima = new Map<string, { cls: number; where: string }>();
        const started = Date.now();
        const queue = [...paths];
        await Promise.all(Array.from({ length: TABS }, async () => {
          const page = await context.newPage();
          for (let path = queue.shift(); path; path = queue.shift()) {
            for (const { kind, step } of await measurePage(page, path)) {
              const cls = sum(step.shifts);
              if (!maxima.has(kind) || cls > maxima.get(kind)!.cls) maxima.set(kind, { cls, where: `${path} ${step.label.replace(/ \(.*/, '')}` });
              if (step.error) failures.push(`${path} at ${viewport.width}px, ${step.label}: ${step.error}`);
              if (cls > LIMIT) failures.push(`${path} at ${viewport.width}px, ${step.label}: CLS ${cls.toFixed(4)} > ${LIMIT}; shifted:\n${describeShifts(step.shifts)}`);
            }
          }
          await page.close();
        }));
        if (process.env.PERF_VERBOSE) {
          console.log(`layout shift ${lang} @${viewport.width}px: ${paths.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s; max CLS ${[...maxima].map(([k, v]) => `${k} ${v.cls.toFixed(4)}${v.cls > 0 ? ` (${v.where})` : ''}`).join(', ')}`);
        }
        expect(failures, `layout shift above ${LIMIT} (or no measurement)`).toEqual([]);
      });
    }
  });
}
