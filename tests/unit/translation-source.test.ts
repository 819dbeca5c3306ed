/** The per-section hashes a translation records, and translationState, the pure comparison a page can use. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  headingKey,
  partHash,
  readSourceText,
  sourceRecord,
  splitSections,
  translationState,
  withRecord,
} from '../../src/lib/translation-source.ts';

const DUTCH = `---
title: "Een gids"
description: Een beschrijving van minstens twintig tekens.
lastChecked: 2026-11-23
---

Een inleiding.

## Wat brengt u mee?

Uw oude kaart.

### Een kleiner kopje

Blijft in dezelfde sectie.

## Wat kost het?

\`\`\`
## geen kopje in een codeblok
\`\`\`

## Wat brengt u mee?

Een tweede sectie met dezelfde titel.
`;

/** A translation's front matter as it is right after marking against `dutch`. */
const marked = (dutch: string) => parse(withRecord('---\ntitle: Un guide\n---\n\nTexte.\n', sourceRecord(readSourceText(dutch)))!.split('---')[1]!);

describe('splitSections', () => {
  it('splits at ## headings only, keeps the intro, ignores fences and numbers repeated headings', () => {
    const s = splitSections(readSourceText(DUTCH).body);
    expect(s.map((x) => x.key)).toEqual(['intro', 'wat-brengt-u-mee', 'wat-kost-het', 'wat-brengt-u-mee-2']);
    expect(s.map((x) => x.heading)).toEqual(['', 'Wat brengt u mee?', 'Wat kost het?', 'Wat brengt u mee?']);
    expect(s[1]!.text).toContain('Blijft in dezelfde sectie.');
    expect(s[2]!.text).toContain('## geen kopje in een codeblok');
  });

  it('leaves out a blank intro', () => {
    expect(splitSections('\n\n## Eén\n\nTekst.\n').map((x) => x.key)).toEqual(['een']);
  });

  it('makes keys from Dutch headings: lower case, no accents, hyphens', () => {
    expect(headingKey('Bijlage 8ter: voorlopig papier voor EU-burgers')).toBe('bijlage-8ter-voorlopig-papier-voor-eu-burgers');
    expect(headingKey('Één of twéé?')).toBe('een-of-twee');
    expect(headingKey('???')).toBe('section');
  });
});

describe('partHash', () => {
  it('is the first 8 hex digits of SHA-256 of the text with white space normalised', () => {
    const expected = createHash('sha256').update('Een zin met woorden.').digest('hex').slice(0, 8);
    expect(partHash('Een zin met woorden.')).toBe(expected);
    expect(partHash('  Een zin\n   met\twoorden.\n\n')).toBe(expected);
    expect(partHash('Een zin met andere woorden.')).not.toBe(expected);
  });
});

describe('translationState', () => {
  it('is up to date right after marking, and ignores re-wrapped lines', () => {
    const fm = marked(DUTCH);
    expect(translationState(DUTCH, fm)).toEqual({ state: 'up-to-date', changed: [], added: [], removed: [] });
    expect(translationState(DUTCH.replace('Uw oude kaart.', 'Uw oude\n   kaart.'), fm).state).toBe('up-to-date');
    // lastChecked is not translated text.
    expect(translationState(DUTCH.replace('lastChecked: 2026-11-23', 'lastChecked: 2027-01-01'), fm).state).toBe('up-to-date');
  });

  it('names the sections and fields that changed, with their Dutch heading and line', () => {
    const fm = marked(DUTCH);
    const s = translationState(DUTCH.replace('Uw oude kaart.', 'Uw oude kaart en een foto.').replace('Een beschrijving', 'Een nieuwe beschrijving'), fm);
    expect(s.state).toBe('behind');
    expect(s.changed.map((p) => [p.key, p.label, p.line])).toEqual([
      ['description', 'the description', undefined],
      ['sections.wat-brengt-u-mee', '"Wat brengt u mee?"', 9],
    ]);
    expect(s.added).toEqual([]);
    expect(s.removed).toEqual([]);
  });

  it('lists sections added to and removed from the Dutch page', () => {
    const fm = marked(DUTCH);
    const next = DUTCH.replace('## Wat kost het?', '## Hoeveel kost het?') + '\n## Nieuw\n\nTekst.\n';
    const s = translationState(next, fm);
    expect(s.state).toBe('behind');
    expect(s.added.map((p) => p.label)).toEqual(['"Hoeveel kost het?"', '"Nieuw"']);
    expect(s.removed).toEqual(['sections.wat-kost-het']);
    expect(s.changed).toEqual([]);
  });

  it('says unmarked when the translation records no source', () => {
    expect(translationState(DUTCH, { title: 'Un guide' }).state).toBe('unmarked');
    expect(translationState(DUTCH, undefined).state).toBe('unmarked');
  });

  it('takes the Dutch page as body and front matter too (as a page has it from the collection)', () => {
    const fm = marked(DUTCH);
    const { body, frontMatter } = readSourceText(DUTCH);
    expect(translationState({ body, frontMatter }, fm).state).toBe('up-to-date');
    expect(translationState({ body: body.replace('Een inleiding.', 'Een andere inleiding.'), frontMatter }, fm).changed.map((p) => p.label)).toEqual([
      'the text before the first heading',
    ]);
  });
});

describe('withRecord', () => {
  it('replaces only the source: block of the front matter and quotes the hashes', () => {
    const text = '---\r\ntitle: "Un guide"\r\nsource:\r\n  title: "00000000"\r\n  sections: {}\r\nlastChecked: 2026-01-01\r\n---\r\n\r\nTexte.\r\n';
    const out = withRecord(text, { title: '12345678', sections: { intro: '0e123456' } })!;
    expect(out).toBe('---\r\ntitle: "Un guide"\r\nlastChecked: 2026-01-01\r\nsource:\r\n  title: "12345678"\r\n  sections:\r\n    intro: "0e123456"\r\n---\r\n\r\nTexte.\r\n');
    // Quoted, so YAML never reads an all-digit hash as a number.
    expect(parse(out.split('---')[1]!).source).toEqual({ title: '12345678', sections: { intro: '0e123456' } });
    expect(withRecord('Geen front matter.', { sections: {} })).toBeUndefined();
  });
});
