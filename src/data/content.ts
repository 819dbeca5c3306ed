/**
 * Build-time access to the content collections, loaded once per build and shared by all
 * pages. Pages stay thin: they ask these functions for ready-made data.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../schemas/common.ts';
import { costRange, costRangeSources, expandFeeRows, type FeeSegment } from '../lib/fee-schedule.ts';
import { childCardIds } from '../lib/cards.ts';
import type { AgeBand } from '../lib/vocabulary.ts';
import { MAX_AGE, type FeeData } from '../lib/fee-engine.ts';
import { numericFact, type UiFigures } from './figures.ts';
import { buildFeeData } from '../pages/data/_fee-data.ts';
import { assembleRequirements } from './requirement-entries.ts';
import { finderTree } from '../lib/finder.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { fillDataTranslations } from '../lib/data-translations.ts';
import { dataTranslations } from './data-translations.ts';
import { pageText } from './page-texts.ts';

export type CardTypeEntry = CollectionEntry<'cardTypes'>;
export type MunicipalityEntry = CollectionEntry<'municipalities'>;
export type GuideEntry = CollectionEntry<'guides'>;
export type SourceEntry = CollectionEntry<'sources'>;

let cache: Promise<Awaited<ReturnType<typeof load>>> | undefined;

/**
 * Up to this many municipalities, card pages show every municipality's fee table and local
 * requirements inline (a single-municipality deployment, or a site with a few). Above it, a card
 * page shows a municipality picker instead, so its size does not grow with the number of
 * municipalities (see docs/scale.md).
 */
export const INLINE_FEE_TABLES_MAX = 5;

async function load() {
  const [cardTypes, cardPages, municipalities, federalPrices, guides, guideMeta, sections, sources, facts, requirements, holidays, cardFinder] = await Promise.all([
    getCollection('cardTypes'),
    getCollection('cardPages'),
    getCollection('municipalities'),
    getCollection('federalPrices'),
    getCollection('guides'),
    getCollection('guideMeta'),
    getCollection('sections'),
    getCollection('sources'),
    getCollection('facts'),
    getCollection('requirements'),
    getCollection('holidays'),
    getCollection('cardFinder'),
  ]);
  // The languages the data files do not write get their texts from src/content/translations/.
  const { translations, problems } = dataTranslations();
  if (problems.length) throw new Error(problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
  const missingDataTexts = new Map<string, Set<string>>();
  for (const entries of [cardTypes, municipalities, sources, requirements, facts, holidays, cardFinder, guideMeta, federalPrices]) {
    for (const e of entries) fillDataTranslations(e.data, LANGUAGES, translations, missingDataTexts);
  }
  cardTypes.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  municipalities.sort((a, b) => a.data.name.nl.localeCompare(b.data.name.nl, 'nl'));
  const cardMap = new Map(cardTypes.map((c) => [c.id, c.data]));
  const prices = federalPrices.map((p) => p.data);
  const feeSegments = new Map<string, FeeSegment[]>(municipalities.map((m) => [m.id, expandFeeRows(m.data.fees, cardMap, prices)]));
  const municipalityMap = new Map(municipalities.map((m) => [m.id, m]));
  const factMap = new Map(facts.map((f) => [f.id, f.data]));
  const sourceMap = new Map(sources.map((s) => [s.id, s.data]));
  const cardList = cardTypes.map((c) => ({ id: c.id, kind: c.data.kind, feeGroup: c.data.feeGroup }));
  // What to bring: the general rules, and per municipality its own rules and payment methods.
  const { general: generalRequirements, local: localRequirements } = assembleRequirements(requirements.map((r) => r.data), municipalities, cardList, factMap);
  // The open-data file of each municipality: the static tables, the picker and the calculator read the same data.
  const feeData = new Map<string, FeeData>(
    municipalities.map((m) => [
      m.id,
      buildFeeData({ id: m.id, municipality: m.data, cards: cardMap, federalPrices: prices, segments: feeSegments.get(m.id) ?? [], requirements: [...generalRequirements, ...(localRequirements.get(m.id) ?? [])], sources: sourceMap }),
    ]),
  );
  // The cost range of a card across all municipalities, worked out once per card, age and day
  // (card pages and the <CardCost /> tags in their prose ask for the same ranges again and again).
  const ranges = new Map<string, ReturnType<typeof costRange>>();
  const cachedCostRange = (card: string, iso: string, age: AgeBand) => {
    const key = `${card}|${iso}|${age}`;
    if (!ranges.has(key)) ranges.set(key, costRange(feeSegments.values(), card, iso, age));
    return ranges.get(key)!;
  };
  const sourcesOfRange = new Map<string, string[]>();
  const cachedCostSources = (card: string, iso: string, age: AgeBand) => {
    const key = `${card}|${iso}|${age}`;
    if (!sourcesOfRange.has(key)) sourcesOfRange.set(key, costRangeSources(feeSegments.values(), card, iso, age));
    return sourcesOfRange.get(key)!;
  };
  const meta = new Map(guideMeta.map((g) => [g.id, g.data]));
  // Guides: the Dutch files name them; every language has every guide, in its own text or its fallback's.
  const guideIds = guides.filter((g) => splitLangId(g.id).lang === 'nl').map((g) => splitLangId(g.id).id).sort((a, b) => (meta.get(a)?.order ?? 100) - (meta.get(b)?.order ?? 100) || a.localeCompare(b));
  const guideText = (lang: Lang, id: string) => pageText(guides, lang, id);
  const guideSlugIn = (lang: Lang, id: string): string => {
    const own = guides.find((g) => g.id === `${lang}/${id}`) ?? guides.find((g) => g.id === `en/${id}`) ?? guides.find((g) => g.id === `nl/${id}`);
    return own ? guideSlug(own) : id;
  };
  // Figures UI strings name by placeholder, from data: a string never types them.
  const uiFigures: UiFigures = { childAge: numericFact(factMap, 'child-age-limit'), pinMinWeeks: numericFact(factMap, 'pin-letter-min-weeks'), pinMaxWeeks: numericFact(factMap, 'pin-letter-max-weeks'), maxAge: MAX_AGE };
  return {
    cardTypes,
    cardMap,
    cardPages,
    /** Card types a child under 12 can hold: those with a federal price for children (from the card data). */
    childCards: childCardIds(cardTypes.map((c) => ({ id: c.id, ...c.data }))),
    municipalities,
    federalPrices: prices,
    guides,
    /** Order, cards and sources of a guide (src/content/guides.yaml), by guide id. */
    guideMeta: meta,
    /** Every guide's id (from the Dutch files), in guide order. */
    guideIds,
    /** A guide's text in a language: its own, or its fallback language's (with the notice's facts). */
    guideText,
    /** A guide's URL slug in a language: its own file's, or until it is translated the English (else Dutch) one. */
    guideSlugIn,
    /** A card page's own prose in a language, or its fallback's. */
    cardText: (lang: Lang, card: string) => pageText(cardPages, lang, card),
    /** A shared card-page section in a language, or its fallback's. */
    sectionText: (lang: Lang, id: string) => pageText(sections, lang, id),
    sections,
    /** The national public holidays in force, as dated rows. */
    holidays: holidays.map((h) => h.data),
    uiFigures,
    /** Per language, the Dutch keys of data texts not yet translated (shown in the fallback language). */
    missingDataTexts,
    /** "Find your card": the decision tree (src/content/card-finder.yaml). */
    finder: finderTree(cardFinder.map((n) => n.data)),
    sources: sourceMap,
    facts: factMap,
    generalRequirements,
    localRequirements,
    feeData,
    feeSegments,
    municipalityMap,
    costRange: cachedCostRange,
    /** The sources of the two ends of a card's cost range (the figures <CardCost /> shows). */
    costSources: cachedCostSources,
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
