/**
 * Build-time access to the content collections, loaded once per build and shared by all
 * pages. Pages stay thin: they ask these functions for ready-made data.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../schemas/common.ts';
import { costRange, expandFeeRows, type FeeSegment } from '../lib/fee-schedule.ts';
import type { AgeBand } from '../schemas/municipality.ts';

export type CardTypeEntry = CollectionEntry<'cardTypes'>;
export type MunicipalityEntry = CollectionEntry<'municipalities'>;
export type GuideEntry = CollectionEntry<'guides'>;
export type SourceEntry = CollectionEntry<'sources'>;

let cache: Promise<Awaited<ReturnType<typeof load>>> | undefined;

/**
 * Up to this many municipalities, card pages show every municipality's fee table inline (a
 * single-municipality deployment, or a site with a few). Above it, a card page shows a
 * municipality picker instead, so its size does not grow with the number of municipalities
 * (see docs/scale.md).
 */
export const INLINE_FEE_TABLES_MAX = 5;

async function load() {
  const [cardTypes, cardPages, municipalities, federalPrices, guides, sources, facts, checklists] = await Promise.all([
    getCollection('cardTypes'),
    getCollection('cardPages'),
    getCollection('municipalities'),
    getCollection('federalPrices'),
    getCollection('guides'),
    getCollection('sources'),
    getCollection('facts'),
    getCollection('checklists'),
  ]);
  cardTypes.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  municipalities.sort((a, b) => a.data.name.nl.localeCompare(b.data.name.nl, 'nl'));
  const cardMap = new Map(cardTypes.map((c) => [c.id, c.data]));
  const prices = federalPrices.map((p) => p.data);
  const feeSegments = new Map<string, FeeSegment[]>(municipalities.map((m) => [m.id, expandFeeRows(m.data.fees, cardMap, prices)]));
  const municipalityMap = new Map(municipalities.map((m) => [m.id, m]));
  // The cost range of a card across all municipalities, worked out once per card, age and day
  // (card pages and the <CardCost /> tags in their prose ask for the same ranges again and again).
  const ranges = new Map<string, ReturnType<typeof costRange>>();
  const cachedCostRange = (card: string, iso: string, age: AgeBand) => {
    const key = `${card}|${iso}|${age}`;
    if (!ranges.has(key)) ranges.set(key, costRange(feeSegments.values(), card, iso, age));
    return ranges.get(key)!;
  };
  return {
    cardTypes,
    cardMap,
    cardPages,
    municipalities,
    federalPrices: prices,
    guides,
    sources: new Map(sources.map((s) => [s.id, s.data])),
    facts: new Map(facts.map((f) => [f.id, f.data])),
    checklist: checklists.map((c) => c.data),
    feeSegments,
    municipalityMap,
    costRange: cachedCostRange,
    /** True when card pages show every municipality's fee table inline (see INLINE_FEE_TABLES_MAX). */
    feeTablesInline: municipalities.length <= INLINE_FEE_TABLES_MAX,
    /** The municipality of a single-municipality site (SITE_MUNICIPALITY, or a folder with one file), else null. */
    singleMunicipality: municipalities.length === 1 ? municipalities[0]! : null,
  };
}

export function content() {
  cache ??= load();
  return cache;
}

/** `nl/a` → `{ lang: 'nl', id: 'a' }` for entries stored per language. */
export function splitLangId(id: string): { lang: Lang; id: string } {
  const [lang, ...rest] = id.split('/');
  return { lang: lang as Lang, id: rest.join('/') };
}

/** The URL slug of a guide in a language (its front-matter `slug`, or its file name). */
export function guideSlug(entry: GuideEntry): string {
  return entry.data.slug ?? splitLangId(entry.id).id;
}
