import { describe, expect, it } from 'vitest';
import { HAIR_SPACE, htmlLang, splitElisions, splitElisionsInHtml } from '../../src/lib/search-text.ts';
import { preloadTerm } from '../../src/components/search/search-client.ts';

describe('splitElisions', () => {
  it('splits French elisions off the next word, with both apostrophes', () => {
    expect(splitElisions('En cas d’urgence', 'fr')).toBe(`En cas d’${HAIR_SPACE}urgence`);
    expect(splitElisions("l'annexe 12, qu’il, jusqu’à", 'fr-BE')).toBe(`l’${HAIR_SPACE}annexe 12, qu’${HAIR_SPACE}il, jusqu’${HAIR_SPACE}à`);
    expect(splitElisions('L’UE', 'fr')).toBe(`L’${HAIR_SPACE}UE`);
  });
  it('leaves other apostrophes and other languages alone', () => {
    expect(splitElisions('aujourd’hui', 'fr')).toBe('aujourd’hui');
    expect(splitElisions('d’urgence', 'en')).toBe('d’urgence');
    expect(splitElisions('auto’s', 'nl')).toBe('auto’s');
  });
  it('changes text only, never tags or attributes', () => {
    const html = '<html lang="fr"><p title="l’annexe">d’urgence</p></html>';
    expect(htmlLang(html)).toBe('fr');
    expect(splitElisionsInHtml(html, 'fr')).toBe(`<html lang="fr"><p title="l’annexe">d’${HAIR_SPACE}urgence</p></html>`);
    expect(htmlLang('<p>no lang</p>')).toBe('');
  });
});

describe('preloadTerm (the part of a query being typed whose index chunks are fetched)', () => {
  it('keeps the words typed so far, not a last word of one or two characters', () => {
    expect(preloadTerm('vi')).toBe('');
    expect(preloadTerm('vin')).toBe('vin');
    expect(preloadTerm('lost c')).toBe('lost');
    expect(preloadTerm('lost ca')).toBe('lost');
    expect(preloadTerm('lost car')).toBe('lost car');
  });
  it('keeps a short word once it is followed by a space, and short words before the last', () => {
    expect(preloadTerm('EU ')).toBe('EU');
    expect(preloadTerm('EU ci')).toBe('EU');
    expect(preloadTerm('  ')).toBe('');
  });
});
