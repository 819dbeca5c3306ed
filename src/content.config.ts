import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { cardTypeSchema } from './schemas/card-type.ts';
import { requirementSchema } from './schemas/requirement.ts';
import { holidaySetSchema } from './schemas/holiday.ts';
import { factSchema } from './schemas/fact.ts';
import { federalPriceSchema } from './schemas/federal-price.ts';
import { municipalitySchema } from './schemas/municipality.ts';
import { cardPageSchema, guideMetaSchema, guidePageSchema, sectionPageSchema } from './schemas/page.ts';
import { sourceSchema } from './schemas/source.ts';
import { finderNodeSchema } from './schemas/card-finder.ts';
import { yamlFolderLoader, yamlListLoader } from './lib/yaml-loader.ts';
// In `astro dev` a wrong entry does not stop the dev server: it shows the content check's list instead of pages.
import { tolerantInDev } from './integrations/content-state.ts';

/** Entry id `<lang>/<file name>`, whatever the front matter says: a translated `slug` only changes the URL. */
const fileId = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');

/** One YAML file per document type: facts only (src/content/card-types/<id>.yaml). */
const cardTypes = defineCollection({ loader: tolerantInDev(yamlFolderLoader('src/content/card-types')), schema: cardTypeSchema });

/** Prose of each card page per language (src/content/cards/<lang>/<card-id>.mdx); id `<lang>/<card-id>`. */
const cardPages = defineCollection({ loader: tolerantInDev(glob({ pattern: '*/*.mdx', base: './src/content/cards', generateId: fileId })), schema: cardPageSchema });

/** One YAML file per municipality; the file name is its id (src/content/municipalities/<id>.yaml). */
const municipalities = defineCollection({
  // MUNICIPALITIES_DIR points at another folder (the scale benchmark's synthetic municipalities);
  // SITE_MUNICIPALITY=<id> builds the site for one municipality only.
  loader: tolerantInDev(yamlFolderLoader(process.env.MUNICIPALITIES_DIR ?? 'src/content/municipalities', { only: process.env.SITE_MUNICIPALITY || undefined })),
  schema: municipalitySchema,
});

/** Federal production prices per product and period. */
const federalPrices = defineCollection({ loader: tolerantInDev(yamlListLoader('src/content/federal-prices.yaml')), schema: federalPriceSchema });

/** Shared guides per language (src/content/guides/<lang>/<guide-id>.mdx); id `<lang>/<guide-id>`. */
const guides = defineCollection({ loader: tolerantInDev(glob({ pattern: '*/*.mdx', base: './src/content/guides', generateId: fileId })), schema: guidePageSchema });

/** Sources every fact refers to by id. */
const sources = defineCollection({ loader: tolerantInDev(yamlListLoader('src/content/sources.yaml')), schema: sourceSchema });

/** Single figures used in prose through <Fact id="…" />. */
const facts = defineCollection({ loader: tolerantInDev(yamlListLoader('src/content/facts.yaml')), schema: factSchema });

/** What to bring to the counter, for every municipality (a municipality's own items live in its file). */
const requirements = defineCollection({ loader: tolerantInDev(yamlListLoader('src/content/requirements.yaml')), schema: requirementSchema });

/** Facts about each guide that every language shares: order, cards, sources (src/content/guides.yaml). */
const guideMeta = defineCollection({ loader: tolerantInDev(yamlListLoader('src/content/guides.yaml')), schema: guideMetaSchema });

/** Sections every card page shares, written once per language (src/content/sections/<lang>/<id>.mdx). */
const sections = defineCollection({ loader: tolerantInDev(glob({ pattern: '*/*.mdx', base: './src/content/sections', generateId: fileId })), schema: sectionPageSchema });

/** The national public holidays in force, as dated rows (src/content/holidays.yaml). */
const holidays = defineCollection({ loader: tolerantInDev(yamlListLoader('src/content/holidays.yaml')), schema: holidaySetSchema });

/** "Find your card": the questions, answers and outcomes with their sources (src/content/card-finder.yaml). */
const cardFinder = defineCollection({ loader: tolerantInDev(yamlListLoader('src/content/card-finder.yaml')), schema: finderNodeSchema });

export const collections = { cardTypes, cardPages, municipalities, federalPrices, guides, guideMeta, sections, sources, facts, requirements, holidays, cardFinder };
