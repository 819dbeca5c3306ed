/* eslint-disable @typescript-eslint/no-explicit-any */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSite, type BuiltPage } from './build-site.ts';
import { LANGS, dirOf, isLang } from '../../src/i18n/languages.ts';
import { SECTIONS } from '../../src/i18n/routes.ts';

const CARD_SECTION = SECTIONS.cards;
/** `/nl/`, `/ar/` …: a page of one of the site's languages. */
const LANG_PAGE = new RegExp(`^/(${LANGS.join('|')})/`);
const DETAIL_SECTIONS = [...new Set((['cards', 'municipalities', 'guides'] as const).flatMap((s) => LANGS.map((l) => SECTIONS[s][l])))];
const cardIds = readdirSync('src/content/card-types').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
const municipalityIds = readdirSync('src/content/municipalities').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));

let dist: string;
let pages: BuiltPage[];
let byPath: Map<string, BuiltPage>;

beforeAll(() => {
  ({ dist, pages, byPath } = loadSite());
});

describe('built site', () => {
  it('has a page for every card type in every language', () => {
    const missing = LANGS.flatMap((l) => cardIds.map((id) => `/${l}/${CARD_SECTION[l]}/${id}/`)).filter((p) => !byPath.has(p));
    expect(missing).toEqual([]);
  });

  it('has a page for every guide in every language, at the slug its front matter gives', () => {
    const guideIds = readdirSync('src/content/guides/nl').filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));
    expect(guideIds.length).toBeGreaterThan(0);
    const sect = SECTIONS.guides;
    const missing = LANGS.flatMap((l) =>
      guideIds.map((id) => {
        const file = `src/content/guides/${l}/${id}.mdx`;
        if (!existsSync(file)) return `${file} (no file)`;
        const slug = /^slug:\s*"?([a-z0-9-]+)"?\s*$/m.exec(readFileSync(file, 'utf8'))?.[1] ?? id;
        const path = `/${l}/${sect[l]}/${slug}/`;
        return byPath.has(path) ? null : `${path} (from ${file})`;
      }),
    ).filter(Boolean);
    expect(missing).toEqual([]);
  });

  it('has a page for every municipality in every language, and the home, search and 404 pages', () => {
    const sect = SECTIONS.municipalities;
    const expected = [
      '/', '/404/',
      ...LANGS.flatMap((l) => [`/${l}/`, ...municipalityIds.map((m) => `/${l}/${sect[l]}/${m}/`)]),
      '/nl/zoeken/', '/fr/recherche/', '/en/search/', '/nl/kosten/', '/fr/cout/', '/en/cost/', '/nl/termijnen/', '/fr/delais/', '/en/deadlines/',
    ];
    expect(expected.filter((p) => !byPath.has(p))).toEqual([]);
  });

  it('gives every page a title, a description and a lang', () => {
    const problems = pages.flatMap((p) => {
      const out: string[] = [];
      if (!p.doc.querySelector('title')?.textContent?.trim()) out.push(`${p.path}: no <title>`);
      if (!p.doc.querySelector('meta[name="description"]')?.getAttribute('content')?.trim()) out.push(`${p.path}: no description`);
      const lang = p.doc.documentElement.getAttribute('lang');
      if (!lang || !isLang(lang)) out.push(`${p.path}: lang="${lang}"`);
      else if ((p.doc.documentElement.getAttribute('dir') ?? 'ltr') !== dirOf(lang) && p.path !== '/') out.push(`${p.path}: dir="${p.doc.documentElement.getAttribute('dir')}" for lang="${lang}"`);
      const urlLang = p.path.split('/')[1];
      if (LANGS.includes(urlLang as never) && lang !== urlLang) out.push(`${p.path}: lang="${lang}" on a /${urlLang}/ page`);
      return out;
    });
    expect(problems).toEqual([]);
  });

  it('links every language page to its alternates with hreflang, and the alternates exist', () => {
    const problems = pages.filter((p) => LANG_PAGE.test(p.path)).flatMap((p) => {
      const alts = [...p.doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang')!, new URL(l.getAttribute('href')!).pathname] as const);
      const langs = new Set(alts.map(([l]) => l));
      const out: string[] = [];
      for (const l of LANGS) if (!langs.has(l)) out.push(`${p.path}: no hreflang="${l}"`);
      for (const [, path] of alts) if (!byPath.has(path)) out.push(`${p.path}: hreflang alternate ${path} does not exist`);
      return out;
    });
    expect(problems).toEqual([]);
  });

  it('resolves every internal link and anchor', () => {
    const problems: string[] = [];
    for (const p of pages) {
      for (const a of p.doc.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (/^(https?:|mailto:|tel:)/.test(href) && !href.startsWith('https://verblijfskaart.be')) continue;
        const url = new URL(href, `https://verblijfskaart.be${p.path}`);
        const target = url.pathname;
        const page = byPath.get(target);
        if (!page) {
          if (!existsSync(join(dist, decodeURIComponent(target)))) problems.push(`${p.path}: link to ${href} (no such page)`);
          continue;
        }
        if (url.hash) {
          const id = decodeURIComponent(url.hash.slice(1));
          if (!page.doc.getElementById(id)) problems.push(`${p.path}: link to ${href} (no element with id "${id}")`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('uses every id only once per page', () => {
    const problems = pages.flatMap((p) => {
      const ids = [...p.doc.querySelectorAll('[id]')].map((e) => e.id);
      const dupes = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
      return dupes.map((d) => `${p.path}: id "${d}" used more than once`);
    });
    expect(problems).toEqual([]);
  });

  it('builds a Pagefind index that holds the three languages', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    for (const l of LANGS) expect(entry.languages[l]?.page_count ?? 0, `pages indexed in ${l}`).toBeGreaterThan(cardIds.length);
  });

  it('keeps the header, navigation and footer out of the search index', () => {
    const card = byPath.get('/nl/kaarten/a/')!;
    expect(card.doc.querySelector('header.site')?.getAttribute('data-pagefind-ignore')).toBe('all');
    expect(card.doc.querySelector('footer.site')?.getAttribute('data-pagefind-ignore')).toBe('all');
    expect(card.doc.querySelector('[data-pagefind-body]')).not.toBeNull();
    expect(card.doc.querySelector('[data-pagefind-filter="kind"]')?.textContent).toBe('card');
  });

  it('indexes the calculators and the card list for search, and leaves each card list to the card pages', () => {
    for (const path of ['/nl/kosten/', '/fr/delais/', '/en/cards/']) {
      const page = byPath.get(path)!;
      expect(page.doc.querySelector('[data-pagefind-body]'), path).not.toBeNull();
      expect(page.doc.querySelector('.lede[data-pagefind-weight]'), path).not.toBeNull();
    }
    expect(byPath.get('/nl/kosten/')!.doc.querySelector('[data-pagefind-filter="kind"]')?.textContent).toBe('tool');
    for (const path of ['/nl/', '/nl/kosten/', '/en/cards/']) expect(byPath.get(path)!.doc.querySelector('ul.cards')?.getAttribute('data-pagefind-ignore'), path).toBe('all');
  });

  it('names the rules\' sources as sources on the deadlines page, not as the place the rules hold', () => {
    const page = byPath.get('/en/deadlines/')!;
    const cells = [...page.doc.querySelectorAll('table.deadline-rules td')].filter((td) => td.querySelector('.source-refs'));
    expect(cells.length).toBeGreaterThan(3);
    for (const td of cells) expect(td.querySelector('.muted')?.textContent).toMatch(/^\(source: /);
    expect(page.doc.querySelector('table.deadline-rules')?.closest('.table-wrap')?.nextElementSibling?.textContent).toContain('where we read the rule');
  });

  it('ships no Pagefind file it never fetches, and keeps the CSP in the block for every page beside the cache rules', () => {
    const files = readdirSync(join(dist, 'pagefind'));
    expect(files).not.toContain('pagefind-worker.js');
    // Each language searches with its own stemming where Pagefind has one, else with the generic code.
    for (const l of LANGS) expect(files.includes(`wasm.${l}.pagefind`) || files.includes('wasm.unknown.pagefind'), `no search code for ${l}`).toBe(true);
    expect(files.includes('wasm.unknown.pagefind')).toBe(LANGS.some((l) => !files.includes(`wasm.${l}.pagefind`)));
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    const blocks = headers.split(/\n(?=\S)/).filter((b) => !b.startsWith('#'));
    const all = blocks.find((b) => b.startsWith('/*\n'))!;
    expect(all).toMatch(/^\s+Content-Security-Policy: default-src 'self'/m);
    expect(blocks.find((b) => b.startsWith('/_astro/*'))).toMatch(/Cache-Control: public, max-age=31536000, immutable/);
    expect(headers.match(/^\s+Content-Security-Policy:/gm)).toHaveLength(1);
  });

  it('lists every page of every language in the sitemap', () => {
    const index = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    for (const l of LANGS) expect(index).toContain(`https://verblijfskaart.be/${l}/${CARD_SECTION[l]}/a/`);
  });

  it('shows on a card page the sources and the last-checked date from the data', () => {
    const k = parse(readFileSync('src/content/card-types/k.yaml', 'utf8')) as { lastChecked: string };
    const page = byPath.get('/en/cards/k/')!;
    expect(page.doc.getElementById('sources-title')?.textContent).toBe('Sources');
    const [y, m, d] = k.lastChecked.split('-').map(Number);
    const date = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, d!)));
    expect(page.doc.querySelector('.sources')?.textContent).toContain(date);
  });

  it('the lost-or-stolen guide points to the urgent procedure in every language', () => {
    const missing = (['/nl/gidsen/verlies-of-diefstal/', '/fr/guides/perte-ou-vol/', '/en/guides/lost-or-stolen/'] as const).filter((path) => {
      const links = [...byPath.get(path)!.doc.querySelectorAll('main a[href]')].map((a) => a.getAttribute('href'));
      return !links.some((h) => /\/(gidsen\/spoedprocedure|guides\/procedure-urgente|guides\/urgent-procedure)\/$/.test(h ?? ''));
    });
    expect(missing).toEqual([]);
  });

  it('the orange card page lists what an adult brings, not the children’s card items', () => {
    const ids = [...byPath.get('/en/cards/orange/')!.doc.querySelectorAll('details.bring li[data-id]')].map((li) => li.getAttribute('data-id'));
    expect(ids).toContain('photo');
    expect(ids.filter((id) => /child/.test(id ?? ''))).toEqual([]);
  });
});

describe('Find your card', () => {
  const FINDER = SECTIONS.finder;
  const nodes = parse(readFileSync('src/content/card-finder.yaml', 'utf8')) as Array<{ id: string; kind: string; options?: Array<{ id: string; next: string }>; cards?: Array<{ card: string }> }>;
  const root = nodes[0]!;
  const pathOf = (l: (typeof LANGS)[number], id: string) => (id === root.id ? `/${l}/${FINDER[l]}/` : `/${l}/${FINDER[l]}/${id}/`);

  it('has a static page for every step in every language', () => {
    const missing = LANGS.flatMap((l) => nodes.map((n) => pathOf(l, n.id))).filter((p) => !byPath.has(p));
    expect(missing).toEqual([]);
  });

  it('links each answer of a question to its next step, as a plain link (no form, no script needed)', () => {
    const problems: string[] = [];
    for (const l of LANGS) {
      for (const n of nodes.filter((x) => x.kind === 'question')) {
        const page = byPath.get(pathOf(l, n.id))!;
        const links = [...page.doc.querySelectorAll('ul.choices a.choice')].map((a) => a.getAttribute('href'));
        const want = n.options!.map((o) => pathOf(l, o.next));
        if (JSON.stringify(links) !== JSON.stringify(want)) problems.push(`${pathOf(l, n.id)}: ${links.join(' ')} instead of ${want.join(' ')}`);
        if (page.doc.querySelector('main form, main input')) problems.push(`${pathOf(l, n.id)}: a form in the step`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows on every step after the first the answers so far, each with a change link, and "Start again"', () => {
    const problems: string[] = [];
    for (const l of LANGS) {
      for (const n of nodes.filter((x) => x !== root)) {
        const page = byPath.get(pathOf(l, n.id))!;
        const rows = page.doc.querySelectorAll('.finder-answers dl > div');
        const changes = [...page.doc.querySelectorAll('.finder-answers .change a')].map((a) => a.getAttribute('href'));
        if (rows.length === 0 || rows.length !== changes.length) problems.push(`${pathOf(l, n.id)}: ${rows.length} answers, ${changes.length} change links`);
        if (changes[0] !== pathOf(l, root.id)) problems.push(`${pathOf(l, n.id)}: the first change link goes to ${changes[0]}`);
        if (page.doc.querySelector('.finder-answers a.restart')?.getAttribute('href') !== pathOf(l, root.id)) problems.push(`${pathOf(l, n.id)}: no "Start again"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows on every outcome its cards with a link to each card page, and its sources', () => {
    const problems: string[] = [];
    for (const l of LANGS) {
      for (const n of nodes.filter((x) => x.kind === 'outcome')) {
        const page = byPath.get(pathOf(l, n.id))!;
        const links = [...page.doc.querySelectorAll('ul.finder-cards > li > a')].map((a) => a.getAttribute('href'));
        const want = (n.cards ?? []).map((c) => `/${l}/${CARD_SECTION[l]}/${c.card}/`);
        if (JSON.stringify(links) !== JSON.stringify(want)) problems.push(`${pathOf(l, n.id)}: cards ${links.join(' ')} instead of ${want.join(' ')}`);
        if (page.doc.querySelectorAll('.sources li').length === 0) problems.push(`${pathOf(l, n.id)}: no sources`);
        if ((n.cards ?? []).length === 0 && !page.doc.getElementById('ask-title')) problems.push(`${pathOf(l, n.id)}: no card and no one to ask`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('indexes the first page for search as a tool, with its lede weighted, and leaves the other steps out', () => {
    for (const l of LANGS) {
      const start = byPath.get(pathOf(l, root.id))!;
      expect(start.doc.querySelector('[data-pagefind-filter="kind"]')?.textContent).toBe('tool');
      expect(start.doc.querySelector('.lede[data-pagefind-weight]')).not.toBeNull();
      expect(start.doc.querySelector('.finder-question')?.getAttribute('data-pagefind-ignore')).toBe('all');
      for (const n of nodes.filter((x) => x !== root)) expect(byPath.get(pathOf(l, n.id))!.doc.querySelector('[data-pagefind-body]'), pathOf(l, n.id)).toBeNull();
    }
  });

  it('shows the drawing of the card letter on the first page, hidden from screen readers, with its explanation in text', () => {
    for (const l of LANGS) {
      const start = byPath.get(pathOf(l, root.id))!;
      const svg = start.doc.querySelector('#card-letter ~ figure svg, .card-letter svg');
      expect(svg?.getAttribute('aria-hidden')).toBe('true');
      expect(start.doc.querySelector('.card-letter figcaption')?.textContent?.length ?? 0).toBeGreaterThan(80);
      expect(start.doc.querySelector('.card-letter img')).toBeNull();
    }
  });

  it('is the first task on the home page in every language', () => {
    for (const l of LANGS) expect(byPath.get(`/${l}/`)!.doc.querySelector('ul.tasks li a')?.getAttribute('href')).toBe(`/${l}/${FINDER[l]}/`);
  });
});

describe('trust and reuse (issue 15)', () => {
  it('every Atom feed passes a validator’s checks, and every card and municipality page links its own feed', async () => {
    const { atomProblems } = await import('../unit/atom-check.ts');
    const feeds = walkFiles(dist, 'feed.xml');
    expect(feeds.length).toBe(LANGS.length * (1 + cardIds.length + municipalityIds.length));
    const problems = feeds.flatMap((f) => atomProblems(readFileSync(f, 'utf8')).map((p) => `${f}: ${p}`));
    expect(problems).toEqual([]);
    for (const path of ['/nl/kaarten/a/', '/fr/communes/koekelberg/', '/en/cards/k/']) {
      const links = [...byPath.get(path)!.doc.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')].map((l) => l.getAttribute('href'));
      expect(links, path).toEqual([`/${path.split('/')[1]}/feed.xml`, `${path}feed.xml`]);
      expect(byPath.get(path)!.doc.querySelector('.feed-sentence a')?.getAttribute('href')).toBe(`${path}feed.xml`);
    }
    // Koekelberg's A card fee, read on the day of its source, reaches the municipality's feed.
    expect(readFileSync(join(dist, 'en/municipalities/koekelberg/feed.xml'), 'utf8')).toContain('A, EU, F (12 and over, normal, first card) costs €25.50 in Koekelberg.');
  });

  it('every detail page shows when its facts were checked and links its history page, which lists dated changes', () => {
    const details = pages.filter((p) => new RegExp(`^/(${LANGS.join('|')})/(${DETAIL_SECTIONS.join('|')})/[^/]+/$`).test(p.path));
    expect(details.length).toBeGreaterThan(3 * (cardIds.length + municipalityIds.length));
    const problems = details.flatMap((p) => {
      const link = p.doc.querySelector('.page-meta a.history-link')?.getAttribute('href');
      if (!p.doc.querySelector('.page-meta .facts-checked')) return [`${p.path}: no facts-checked line`];
      if (!link || !byPath.has(link)) return [`${p.path}: history link ${link} has no page`];
      return [];
    });
    expect(problems).toEqual([]);
    const history = byPath.get('/nl/gemeenten/koekelberg/geschiedenis/')!;
    const items = [...history.doc.querySelectorAll('ol.changes li[id^="change-"]')];
    expect(items.length).toBeGreaterThan(10);
    expect(items.some((li) => li.getAttribute('data-topic') === 'fee' && li.textContent!.includes('Gelezen op 23 november 2026'))).toBe(true);
  });

  it('every page has "Is something wrong on this page?" as a mailto with the page address, and each calculator one below its result', () => {
    const missing = pages.filter((p) => !p.doc.querySelector('footer.site a[data-report][href^="mailto:"]')).map((p) => p.path);
    expect(missing).toEqual([]);
    const a = byPath.get('/fr/cartes/a/')!.doc.querySelector('footer.site a[data-report]')!;
    const body = new URLSearchParams(a.getAttribute('href')!.split('?')[1]).get('body')!;
    expect(body).toContain('Page : https://verblijfskaart.be/fr/cartes/a/');
    expect(body).toContain('Langue : Français');
    expect(byPath.get('/en/cost/')!.doc.querySelectorAll('.report-result a[data-report]').length).toBe(1);
    expect(byPath.get('/en/cards/a/')!.doc.querySelectorAll('.report-result a[data-report]').length).toBe(2);
  });

  it('every figure links to a numbered source of its page’s list, and every source says what it is', () => {
    const problems: string[] = [];
    for (const p of pages) {
      for (const f of p.doc.querySelectorAll('main .fact')) {
        // A figure in a link's text has its mark just after the link (links do not nest).
        const after = (f.closest('a') ?? f).nextElementSibling;
        const marks = after?.matches('sup.source-mark') ? [...after.querySelectorAll('a')] : [];
        if (!marks.length) problems.push(`${p.path}: the figure "${f.textContent}" has no source mark`);
        for (const m of marks) {
          const li = p.doc.getElementById(m.getAttribute('href')!.slice(1));
          const n = li ? [...li.parentElement!.children].indexOf(li) + 1 : -1;
          if (!m.textContent!.endsWith(`[${n}]`)) problems.push(`${p.path}: mark ${m.textContent} points to source number ${n}`);
        }
      }
      for (const li of p.doc.querySelectorAll('.sources li[id^="source-"]')) if (!li.querySelector('.source-kind')?.textContent?.trim()) problems.push(`${p.path}: ${li.id} without its kind`);
    }
    expect(problems).toEqual([]);
  });

  it('card and municipality pages carry GovernmentService JSON-LD that expands with its type and price', async () => {
    const { expand, S } = await import('../unit/jsonld-loader.ts');
    const withLd = pages.filter((p) => p.doc.querySelector('script[type="application/ld+json"]'));
    expect(withLd.length).toBe(LANGS.length * (cardIds.length + municipalityIds.length));
    for (const p of withLd) {
      const doc = JSON.parse(p.doc.querySelector('script[type="application/ld+json"]')!.textContent!);
      const nodes = await expand(doc);
      expect(nodes.length, p.path).toBeGreaterThan(0);
      for (const n of nodes) expect(n['@type'], p.path).toEqual([S('GovernmentService')]);
    }
    const [k] = await expand(JSON.parse(byPath.get('/en/cards/k/')!.doc.querySelector('script[type="application/ld+json"]')!.textContent!));
    const prices = k![S('offers')].map((o: any) => `${o[S('price')][0]['@value']} ${o[S('priceCurrency')][0]['@value']}`);
    expect(prices).toContain('25.40 EUR');
  });

  it('publishes every service (card × municipality) as CPSV-AP that expands without a request', async () => {
    const { expand, noRequests } = await import('../unit/jsonld-loader.ts');
    const doc = JSON.parse(readFileSync(join(dist, 'data/services/index.jsonld'), 'utf8'));
    const nodes = await expand(doc, noRequests);
    const services = nodes.filter((n) => n['@type']?.includes('http://purl.org/vocab/cpsv#PublicService'));
    const koekelbergK = services.find((s) => s['http://purl.org/dc/terms/identifier'][0]['@value'] === 'koekelberg/k')!;
    const costs = koekelbergK['http://data.europa.eu/m8g/hasCost'].map((c: any) => c['http://data.europa.eu/m8g/value'][0]['@value']);
    expect(costs).toContain('25.40');
    expect(koekelbergK['http://data.europa.eu/m8g/hasCost'][0]['http://data.europa.eu/m8g/currency'][0]['@id']).toBe('http://publications.europa.eu/resource/authority/currency/EUR');
    expect(services.length).toBeGreaterThan(municipalityIds.length * 5);
    for (const id of municipalityIds) expect(existsSync(join(dist, `data/services/${id}.jsonld`)), id).toBe(true);
  });

  it('publishes the holiday feed from the engine’s rule set, with its source and without community holidays', async () => {
    const { holidayOn } = await import('../../src/lib/holidays.ts');
    const { holidaySetSchema } = await import('../../src/schemas/holiday.ts');
    const { addDays, toIsoDate } = await import('../../src/lib/plain-date.ts');
    const sets = (parse(readFileSync('src/content/holidays.yaml', 'utf8')) as unknown[]).map((s) => holidaySetSchema.parse(s));
    const feed = JSON.parse(readFileSync(join(dist, 'data/holidays.json'), 'utf8')) as { holidays: Array<{ date: string }>; sources: Record<string, unknown>; communityHolidays: { included: boolean } };
    const engine: string[] = [];
    for (let d = { year: 2027, month: 1, day: 1 }; d.year === 2027; d = addDays(d, 1)) if (holidayOn(d, sets)) engine.push(toIsoDate(d));
    expect(feed.holidays.map((h) => h.date).filter((d) => d.startsWith('2027-'))).toEqual(engine);
    expect(Object.keys(feed.sources)).toEqual(['holidays-act-1974']);
    expect(feed.communityHolidays.included).toBe(false);
    const ics = readFileSync(join(dist, 'data/holidays.ics'), 'utf8');
    expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(feed.holidays.length);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270506');
  });
});

function walkFiles(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walkFiles(join(dir, e.name), name) : e.name === name ? [join(dir, e.name)] : []));
}

describe('islands and their data files (issue 17)', () => {
  const islands = (p: BuiltPage) => [...p.html.matchAll(/<astro-island\b[^>]*>/g)].map((m) => m[0]);
  const attr = (tag: string, name: string) => (new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? '').replace(/&quot;/g, '"');

  it('keeps island props small: the words and lists are in content-hashed data files, which exist and match their hash', async () => {
    const { createHash } = await import('node:crypto');
    const problems: string[] = [];
    let islandCount = 0;
    for (const p of pages) {
      for (const tag of islands(p)) {
        islandCount++;
        const props = attr(tag, 'props');
        if (props.length > 1500) problems.push(`${p.path}: ${attr(tag, 'component-url')} has ${props.length} characters of props`);
        for (const url of props.match(/\/data\/ui\/[^"]+\.json/g) ?? []) {
          const file = join(dist, url);
          if (!existsSync(file)) { problems.push(`${p.path}: ${url} does not exist`); continue; }
          const hash = /\.([0-9a-f]+)\.json$/.exec(url)![1]!;
          if (!createHash('sha256').update(readFileSync(file)).digest('hex').startsWith(hash)) problems.push(`${url}: its name does not match its content`);
        }
      }
    }
    expect(islandCount).toBeGreaterThan(100);
    expect(problems).toEqual([]);
    // Each language's words, in its own files.
    for (const l of LANGS) expect(readdirSync(join(dist, 'data/ui', l)).map((f) => f.split('.')[0]).sort()).toEqual(['deadlines', 'fees', 'form', 'municipalities', 'picker', 'plan']);
    const fees = JSON.parse(readFileSync(join(dist, 'data/ui/ar', readdirSync(join(dist, 'data/ui/ar')).find((f) => f.startsWith('fees.'))!), 'utf8'));
    expect(fees.strings['calc.title']).toMatch(/[\u0600-\u06ff]/);
    // Right to left, the words keep "EU+" with its code as the page's text does (src/lib/bidi.ts); codes stay as they are.
    expect(fees.strings['q.card.hint']).toContain('EU+\u200E');
    expect(fees.cards.find((c: { id: string }) => c.id === 'eu-plus').code).toBe('EU+');
  });

  it('links the forms’ stylesheet only on pages that hold a form island, and preloads the island of a calculator page in one level', () => {
    const formsSheet = (p: BuiltPage) => /<link rel="stylesheet" href="\/_astro\/forms\.[^"]+\.css">/.test(p.html);
    const withIsland = pages.filter((p) => islands(p).length > 0);
    expect(withIsland.filter((p) => !formsSheet(p)).map((p) => p.path)).toEqual([]);
    expect(pages.filter((p) => formsSheet(p) && islands(p).length === 0).map((p) => p.path)).toEqual([]);
    for (const l of LANGS) expect(formsSheet(byPath.get(`/${l}/${SECTIONS.guides[l]}/`)!)).toBe(false);

    for (const l of LANGS) {
      const page = byPath.get(`/${l}/${SECTIONS.cost[l]}/`)!;
      const tag = islands(page)[0]!;
      const preloaded = [...page.html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]!);
      expect(preloaded).toContain(attr(tag, 'component-url'));
      expect(preloaded).toContain(attr(tag, 'renderer-url'));
      for (const u of preloaded) expect(existsSync(join(dist, u)), u).toBe(true);
      const data = [...page.html.matchAll(/<link rel="preload" href="([^"]+)" as="fetch" crossorigin="anonymous">/g)].map((m) => m[1]!);
      expect(data.sort()).toEqual((attr(tag, 'props').match(/\/data\/ui\/[^"]+\.json/g) ?? []).sort());
      // Card pages wake their islands when they come near: nothing is preloaded there.
      expect(byPath.get(`/${l}/${SECTIONS.cards[l]}/a/`)!.html).not.toContain('modulepreload');
    }
  });

  it('lets browsers keep the data files a year, as the other content-hashed files', () => {
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/data\/ui\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/m);
  });
});

describe('figures in prose speak the page’s language', () => {
  it('writes every unit of a figure in the page’s language (no "5 maanden" on a German page)', async () => {
    const { ui } = await import('../../src/i18n/ui.ts');
    const unitKeys = Object.keys(ui.nl).filter((k) => k.startsWith('unit.') && ui.nl[k as keyof typeof ui.nl].includes('{n}')) as Array<keyof typeof ui.nl>;
    expect(unitKeys.length).toBeGreaterThan(3);
    const problems: string[] = [];
    for (const l of LANGS.filter((x) => x !== 'nl')) {
      // A Dutch unit that this language does not also write, e.g. "maanden" (German: "Monate").
      const foreign = unitKeys.map((k) => ui.nl[k].replace('{n}', '').trim()).filter((w) => !unitKeys.some((k) => ui[l][k].includes(w)));
      // Not followed by a small letter ("jaar" is not "jaarlijks"); a capital may start the source mark's text.
      const re = new RegExp(`\\d\\s(${foreign.join('|')})(?!\\p{Ll})`, 'u');
      for (const p of pages.filter((x) => x.path.startsWith(`/${l}/`))) {
        for (const el of p.doc.querySelectorAll('.prose')) {
          const text = el.textContent ?? '';
          const m = re.exec(text);
          if (m) problems.push(`${p.path}: "…${text.slice(Math.max(0, m.index - 40), m.index + 20).trim()}…"`);
        }
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });
});
