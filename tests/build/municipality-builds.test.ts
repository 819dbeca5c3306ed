/**
 * Right by construction for one municipality, two, or many. Three builds: the default content,
 * SITE_MUNICIPALITY=koekelberg, and 50 synthetic municipalities (the scale benchmark's data). On
 * each: every internal link leads to a page, and no page speaks of a municipality the build does
 * not hold. On the default build, for every card × municipality × situation × stage, the card
 * page, the municipality page and the fee calculator's checklist (requirementsFor on the open
 * data) give the same list.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLang, type Lang } from '../../src/i18n/languages.ts';
import { FULL_LANGS } from '../e2e/site-pages.ts';
import { parse } from 'yaml';
import { loadSite, type BuiltPage } from './build-site.ts';
import { requirementsFor, type RequirementEntry } from '../../src/lib/requirements.ts';
import { todayInBelgium, toIsoDate } from '../../src/lib/plain-date.ts';
import { ageBandFits, applicantBand, SITUATIONS, STAGES, type AgeBand, type CardKind } from '../../src/lib/vocabulary.ts';
import { writeSyntheticMunicipalities } from '../../scripts/bench/synthetic.mjs';

/** The day the builds show (the default build may come from CI's `npm run build` today: SITE_DIST). */
const BUILD_DATE = process.env.BUILD_DATE ?? toIsoDate(todayInBelgium());
const realMunicipalities = readdirSync('src/content/municipalities').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
const nameOf = (id: string) => (parse(readFileSync(`src/content/municipalities/${id}.yaml`, 'utf8'), { version: '1.2' }) as { name: { nl: string } }).name.nl;
const cards = readdirSync('src/content/card-types').map((f) => f.replace(/\.yaml$/, ''));
const kindOf = (card: string) => (parse(readFileSync(`src/content/card-types/${card}.yaml`, 'utf8'), { version: '1.2' }) as { kind: string }).kind;
const bandOf = (card: string) => applicantBand(kindOf(card) as CardKind);

/**
 * Every language is built; these tests read the pages of the languages the browser suite covers
 * in full (nl, fr, en, ar; the others share their templates, and site.test.ts reads every page of
 * the default site), so three builds stay within a test worker's memory.
 */
const fullLanguagePages = (p: string) => !isLang(p.split('/')[1] ?? '') || FULL_LANGS.includes(p.split('/')[1] as Lang);

function deadLinks(dist: string, pages: BuiltPage[]): string[] {
  const out = new Set<string>();
  for (const p of pages) {
    for (const a of p.doc.querySelectorAll('a[href^="/"]')) {
      const href = (a.getAttribute('href') ?? '').split('#')[0]!.split('?')[0]!;
      if (!href || href.startsWith('//')) continue;
      if (!existsSync(href.endsWith('/') ? join(dist, href, 'index.html') : join(dist, href))) out.add(`${p.path} → ${href}`);
    }
  }
  return [...out];
}

/**
 * Pages that speak of (or link to) a real municipality the build does not hold. Source
 * citations stay: a general rule may rest on one municipality's page, and the source list says so.
 */
function namesOutside(pages: BuiltPage[], held: readonly string[]): string[] {
  const others = realMunicipalities.filter((m) => !held.includes(m));
  return pages.flatMap((p) => {
    const body = p.doc.body.cloneNode(true) as HTMLElement;
    for (const el of body.querySelectorAll('section.sources, .source-refs, .source-mark, .muted')) el.remove();
    const text = (body.textContent ?? '').toLowerCase();
    const hrefs = [...body.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
    return others.filter((m) => text.includes(nameOf(m).toLowerCase()) || hrefs.some((h) => h.includes(`/${m}/`))).map((m) => `${p.path} names ${m}`);
  });
}

const ids = (root: ParentNode, selector: string) => [...root.querySelectorAll(`${selector} li`)].map((li) => li.getAttribute('data-id') ?? '');

describe('the default site (two municipalities, lists inline)', () => {
  let dist: string;
  let byPath: Map<string, BuiltPage>;
  beforeAll(() => {
    ({ dist, byPath } = loadSite(undefined, fullLanguagePages));
  });
  afterAll(() => {
    byPath = new Map();
  });

  // Its links and anchors are checked in site.test.ts.
  it('gives one list per card, municipality, situation and stage on the card page, the municipality page and in the calculator', () => {
    const problems: string[] = [];
    let compared = 0;
    for (const m of realMunicipalities) {
      const entries = (JSON.parse(readFileSync(join(dist, 'data/fees', `${m}.json`), 'utf8')) as { checklist: RequirementEntry[] }).checklist;
      const muniPage = byPath.get(`/en/municipalities/${m}/`)!;
      const onMuniPage = [...muniPage.doc.querySelectorAll(`ul[data-list="local"][data-municipality="${m}"] li`)];
      for (const card of cards) {
        const page = byPath.get(`/en/cards/${card}/`)!;
        const band = bandOf(card);
        for (const situation of SITUATIONS) {
          const details = page.doc.querySelector(`details.bring[data-situation="${situation}"]`);
          if (!details) continue; // the orange card shows only the situations it has
          for (const stage of STAGES) {
            const block = details.querySelector(`[data-stage="${stage}"]`);
            if (!block) continue;
            // The calculator's checklist: the same function on the open-data file.
            const calc = requirementsFor(entries, { card, situation, band, stage, date: BUILD_DATE });
            const general = ids(block, 'ul[data-list="general"]');
            const local = ids(block, `ul[data-list="local"][data-municipality="${m}"]`);
            const muni = onMuniPage
              .filter((li) => li.getAttribute('data-stage') === stage && (li.getAttribute('data-situations') ?? '').split(' ').includes(situation))
              .filter((li) => ageBandFits(li.getAttribute('data-age') as AgeBand, band))
              .filter((li) => { const c = (li.getAttribute('data-cards') ?? '').split(' ').filter(Boolean); return c.length === 0 || c.includes(card); })
              .map((li) => li.getAttribute('data-id') ?? '');
            const where = `${card} × ${m} × ${situation} × ${stage}`;
            const calcGeneral = calc.filter((e) => !e.municipality).map((e) => e.id);
            const calcLocal = calc.filter((e) => e.municipality).map((e) => e.id);
            if (general.join() !== calcGeneral.join()) problems.push(`${where}: card page general [${general}] ≠ rules [${calcGeneral}]`);
            if (local.join() !== calcLocal.join()) problems.push(`${where}: card page local [${local}] ≠ rules [${calcLocal}]`);
            if ([...muni].sort().join() !== [...calcLocal].sort().join()) problems.push(`${where}: municipality page [${muni}] ≠ rules [${calcLocal}]`);
            compared++;
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(compared).toBeGreaterThan(300);
  });
});

describe('a site built for Koekelberg only', () => {
  let dist: string;
  let pages: BuiltPage[];
  beforeAll(() => {
    ({ dist, pages } = loadSite({ SITE_MUNICIPALITY: 'koekelberg', BUILD_DATE }, fullLanguagePages));
  });
  afterAll(() => {
    pages = [];
  });

  it('has no dead internal link', () => {
    expect(deadLinks(dist, pages)).toEqual([]);
  });

  it('speaks of and links to no municipality it does not hold', () => {
    expect(pages.length).toBeGreaterThan(50);
    expect(namesOutside(pages, ['koekelberg'])).toEqual([]);
  }, 60_000); // reads the text of every page: slow on a busy machine
});

describe('a site built for 50 synthetic municipalities (card pages use the picker)', () => {
  let dist: string;
  let pages: BuiltPage[];
  beforeAll(() => {
    const dir = join(mkdtempSync(join(tmpdir(), 'vk-synthetic-')), 'municipalities');
    writeSyntheticMunicipalities(dir, 50);
    ({ dist, pages } = loadSite({ MUNICIPALITIES_DIR: dir, BUILD_DATE }, fullLanguagePages));
  });
  afterAll(() => {
    pages = [];
  });

  it('has no dead internal link', () => {
    expect(deadLinks(dist, pages)).toEqual([]);
  });

  it('speaks of none of the real municipalities, and card pages list no municipality inline', () => {
    expect(namesOutside(pages, [])).toEqual([]);
    const inline = pages.filter((p) => p.path.includes('/cards/') && p.doc.querySelector('ul[data-list="local"]')).map((p) => p.path);
    expect(inline).toEqual([]);
  }, 60_000); // reads the text of every page: slow on a busy machine

  it('puts each municipality’s own items in its open-data file, for the picker', () => {
    const withLocal = readdirSync(join(dist, 'data/fees')).filter((f) => f !== 'index.json').filter((f) => (JSON.parse(readFileSync(join(dist, 'data/fees', f), 'utf8')) as { checklist: RequirementEntry[] }).checklist.some((e) => e.municipality && e.id === 'passport'));
    expect(withLocal.length).toBe(16);
  });
});
