/**
 * The site is right by construction for one municipality or for several: built with
 * SITE_MUNICIPALITY=koekelberg and with the default content, no page names or links to a
 * municipality the build does not hold, every internal link leads to a page, and the "what to
 * bring" lists on card pages are the lists the requirement rules give.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { buildSite, readPages, type BuiltPage } from './build-site.ts';

const allMunicipalities = readdirSync('src/content/municipalities').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
const nameOf = (id: string) => (parse(readFileSync(`src/content/municipalities/${id}.yaml`, 'utf8'), { version: '1.2' }) as { name: { nl: string } }).name.nl;

function deadLinks(dist: string, pages: BuiltPage[]): string[] {
  const out: string[] = [];
  for (const p of pages) {
    for (const a of p.doc.querySelectorAll('a[href^="/"]')) {
      const href = (a.getAttribute('href') ?? '').split('#')[0]!.split('?')[0]!;
      if (!href || href.startsWith('//')) continue;
      const file = href.endsWith('/') ? join(dist, href, 'index.html') : join(dist, href);
      if (!existsSync(file)) out.push(`${p.path} → ${href}`);
    }
  }
  return [...new Set(out)];
}

/**
 * Pages that speak of (or link to) a municipality the build does not hold. Source citations
 * stay: a general rule may rest on one municipality's page, and the source list says so.
 */
function namesOutside(pages: BuiltPage[], held: string[]): string[] {
  const others = allMunicipalities.filter((m) => !held.includes(m));
  return pages.flatMap((p) => {
    const body = p.doc.body.cloneNode(true) as HTMLElement;
    for (const el of body.querySelectorAll('section.sources, .source-refs, .muted')) el.remove();
    const text = (body.textContent ?? '').toLowerCase();
    const hrefs = [...body.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
    return others.filter((m) => text.includes(nameOf(m).toLowerCase()) || hrefs.some((h) => h.includes(`/${m}/`))).map((m) => `${p.path} names ${m}`);
  });
}

describe('a site built for Koekelberg only', () => {
  let dist: string;
  let pages: BuiltPage[];
  beforeAll(() => {
    dist = buildSite({ SITE_MUNICIPALITY: 'koekelberg' });
    pages = readPages(dist);
  });

  it('has no dead internal link', () => {
    expect(deadLinks(dist, pages)).toEqual([]);
  });

  it('names and links to no municipality it does not hold', () => {
    expect(pages.length).toBeGreaterThan(50);
    expect(namesOutside(pages, ['koekelberg'])).toEqual([]);
  });
});

describe('the default site', () => {
  let dist: string;
  let pages: BuiltPage[];
  beforeAll(() => {
    dist = buildSite();
    pages = readPages(dist);
  });

  it('has no dead internal link', () => {
    expect(deadLinks(dist, pages)).toEqual([]);
  });

  it('shows on every card page, for every situation, the general list and each municipality’s own items as the open data gives them', () => {
    const problems: string[] = [];
    const cards = readdirSync('src/content/card-types').map((f) => f.replace(/\.yaml$/, ''));
    for (const m of allMunicipalities) {
      const data = JSON.parse(readFileSync(join(dist, 'data/fees', `${m}.json`), 'utf8')) as { checklist: Array<{ id: string; municipality?: string }> };
      const localIds = new Set(data.checklist.filter((e) => e.municipality).map((e) => e.id));
      for (const card of cards) {
        const page = pages.find((p) => p.path === `/en/cards/${card}/`);
        if (!page) continue;
        for (const d of page.doc.querySelectorAll('details.bring')) {
          for (const li of d.querySelectorAll(`ul[data-list="local"][data-municipality="${m}"] li`)) {
            if (!localIds.has(li.getAttribute('data-id') ?? '')) problems.push(`${page.path} ${d.getAttribute('data-situation')}: local item ${li.getAttribute('data-id')} is not in ${m}'s data`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
