/** The Atom writer: well-formed XML whatever the text, the elements RFC 4287 requires, calendar days as UTC midnight. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { atomProblems, wellFormed } from './atom-check.ts';
import { atomDate, buildAtom, escapeXml, type AtomFeed } from '../../src/lib/atom.ts';

const feed = (entries: AtomFeed['entries'], title = 'A card: changes'): AtomFeed => ({
  id: 'https://verblijfskaart.be/en/cards/a/feed.xml', title, self: 'https://verblijfskaart.be/en/cards/a/feed.xml', alternate: 'https://verblijfskaart.be/en/cards/a/', lang: 'en', author: 'Verblijfskaart', fallbackUpdated: '2026-12-01', entries,
});
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'category'].includes(name) });

describe('Atom feeds', () => {
  it('writes the required elements and entries that a validator accepts', () => {
    const xml = buildAtom(feed([
      { id: 'https://verblijfskaart.be/en/feed.xml#change-1', title: 'From 1 February 2027: K costs €28.00 in Testdorp.', updated: '2026-11-20', link: 'https://verblijfskaart.be/en/municipalities/testdorp/history/#change-1', summary: 'Sources: Gemeente Testdorp (municipal web page).', categories: ['fee'] },
    ]));
    expect(atomProblems(xml)).toEqual([]);
    const f = (parser.parse(xml) as any).feed;
    expect(f['@xml:lang']).toBe('en');
    expect(f.updated).toBe('2026-11-20T00:00:00Z');
    expect(f.entry[0].title['#text']).toBe('From 1 February 2027: K costs €28.00 in Testdorp.');
    expect(f.entry[0].category[0]['@term']).toBe('fee');
  });

  it('an empty feed is still valid and takes the fallback day', () => {
    const xml = buildAtom(feed([]));
    expect(atomProblems(xml)).toEqual([]);
    expect(xml).toContain('<updated>2026-12-01T00:00:00Z</updated>');
  });

  it('stays well-formed and keeps the text for any title and summary (escaping, forbidden characters dropped)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string(), (title, summary) => {
        const xml = buildAtom(feed([{ id: 'urn:x', title, updated: '2026-01-01', link: 'https://verblijfskaart.be/?a=1&b=2', summary }], title));
        expect(wellFormed(xml)).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(escapeXml('<a href="x">&\'</a>\u0001')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
  });

  it('writes a calendar day as midnight UTC and refuses anything else', () => {
    expect(atomDate('2027-02-01')).toBe('2027-02-01T00:00:00Z');
    expect(() => atomDate('1/2/2027')).toThrow(/YYYY-MM-DD/);
  });
});
