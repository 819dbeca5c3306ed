/**
 * Text preparation for the site search, shared by the indexer (scripts/index-search.ts) and the
 * search page, so a page's words and a resident's query are split the same way.
 *
 * Pagefind splits words on white space only and then drops punctuation, so the French
 * "d’urgence" is indexed as one word "durgence" and a search for "urgence" never finds it.
 * French elisions (l’, d’, qu’, …) are therefore split off with a hair space (U+200A): a
 * white space for the indexer, and all but invisible in the excerpts it shows.
 */

/** Elided words of French that stick to the next word with an apostrophe. */
const FRENCH_ELISION = /(^|[^\p{L}])(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=\p{L})/giu;

export const HAIR_SPACE = '\u200A';

/** "d’urgence" → "d’ urgence" (hair space); other languages are returned as they are. */
export function splitElisions(text: string, lang: string): string {
  if (!lang.toLowerCase().startsWith('fr')) return text;
  return text.replace(FRENCH_ELISION, (_m, before: string, word: string) => `${before}${word}’${HAIR_SPACE}`);
}

/** The same in the text of an HTML document, leaving tags and attribute values as they are. */
export function splitElisionsInHtml(html: string, lang: string): string {
  if (!lang.toLowerCase().startsWith('fr')) return html;
  return html.replace(/>([^<]+)</g, (_m, text: string) => `>${splitElisions(text, lang)}<`);
}

/** The language of an HTML document, from `<html lang="…">`; '' when it has none. */
export function htmlLang(html: string): string {
  return /<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1] ?? '';
}
