import type { Lang } from './languages.ts';
import { strings } from './catalog.ts';

/**
 * Translated URL segments, from the `routes` domain of each language's file in
 * src/i18n/translations/. Ids and card codes are never translated.
 */
const ROUTES = strings('routes');
export type Section = Exclude<keyof (typeof ROUTES)['nl'], 'history'>;
export const SECTION_IDS = Object.keys(ROUTES.nl).filter((k) => k !== 'history') as Section[];

/** `SECTIONS.cards.nl` is `kaarten`: each section's segment in each language. */
export const SECTIONS = Object.fromEntries(SECTION_IDS.map((s) => [s, Object.fromEntries(Object.entries(ROUTES).map(([l, r]) => [l, r[s]]))])) as Record<Section, Record<Lang, string>>;

export function sectionFromSlug(lang: Lang, slug: string): Section | undefined {
  return SECTION_IDS.find((s) => SECTIONS[s][lang] === slug);
}

/** `/nl/`, `/nl/kaarten/`, `/nl/kaarten/a/` … always with a trailing slash. */
export function pathFor(lang: Lang, section?: Section, slug?: string): string {
  let p = `/${lang}/`;
  if (section) p += `${SECTIONS[section][lang]}/`;
  if (slug) p += `${slug}/`;
  return p;
}

/** The change history of a detail page: `/nl/kaarten/a/geschiedenis/`, `/fr/cartes/a/historique/`, `/en/cards/a/history/`. */
export const HISTORY_SEGMENT = Object.fromEntries(Object.entries(ROUTES).map(([l, r]) => [l, r.history])) as Record<Lang, string>;

export function historyPathFor(lang: Lang, section: 'cards' | 'municipalities' | 'guides', slug: string): string {
  return `${pathFor(lang, section, slug)}${HISTORY_SEGMENT[lang]}/`;
}

/** Atom feeds: the whole site `/nl/feed.xml`; a card `/nl/kaarten/a/feed.xml`; a municipality `/nl/gemeenten/koekelberg/feed.xml`. */
export function feedPath(lang: Lang, section?: 'cards' | 'municipalities', slug?: string): string {
  return `${section && slug ? pathFor(lang, section, slug) : pathFor(lang)}feed.xml`;
}
