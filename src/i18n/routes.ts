import type { Lang } from '../schemas/common.ts';

/** Translated URL segments. Ids and card codes are never translated. */
export const SECTIONS = {
  cards: { nl: 'kaarten', fr: 'cartes', en: 'cards' },
  municipalities: { nl: 'gemeenten', fr: 'communes', en: 'municipalities' },
  guides: { nl: 'gidsen', fr: 'guides', en: 'guides' },
  search: { nl: 'zoeken', fr: 'recherche', en: 'search' },
  cost: { nl: 'kosten', fr: 'cout', en: 'cost' },
  deadlines: { nl: 'termijnen', fr: 'delais', en: 'deadlines' },
  plan: { nl: 'mijn-situatie', fr: 'ma-situation', en: 'my-situation' },
  finder: { nl: 'welke-kaart', fr: 'quelle-carte', en: 'which-card' },
} as const satisfies Record<string, Record<Lang, string>>;
export type Section = keyof typeof SECTIONS;

export function sectionFromSlug(lang: Lang, slug: string): Section | undefined {
  return (Object.keys(SECTIONS) as Section[]).find((s) => SECTIONS[s][lang] === slug);
}

/** `/nl/`, `/nl/kaarten/`, `/nl/kaarten/a/` … always with a trailing slash. */
export function pathFor(lang: Lang, section?: Section, slug?: string): string {
  let p = `/${lang}/`;
  if (section) p += `${SECTIONS[section][lang]}/`;
  if (slug) p += `${slug}/`;
  return p;
}

/** The change history of a detail page: `/nl/kaarten/a/geschiedenis/`, `/fr/cartes/a/historique/`, `/en/cards/a/history/`. */
export const HISTORY_SEGMENT = { nl: 'geschiedenis', fr: 'historique', en: 'history' } as const satisfies Record<Lang, string>;

export function historyPathFor(lang: Lang, section: 'cards' | 'municipalities' | 'guides', slug: string): string {
  return `${pathFor(lang, section, slug)}${HISTORY_SEGMENT[lang]}/`;
}

/** Atom feeds: the whole site `/nl/feed.xml`; a card `/nl/kaarten/a/feed.xml`; a municipality `/nl/gemeenten/koekelberg/feed.xml`. */
export function feedPath(lang: Lang, section?: 'cards' | 'municipalities', slug?: string): string {
  return `${section && slug ? pathFor(lang, section, slug) : pathFor(lang)}feed.xml`;
}
