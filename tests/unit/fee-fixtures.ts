/**
 * Loads the real content files (YAML) through their zod schemas and builds each municipality's
 * open-data file with the same pure function as the build, so engine tests run on the data the
 * site publishes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { filled } from './_lang.ts';
import { cardTypeSchema, type CardType } from '../../src/schemas/card-type.ts';
import { requirementSchema } from '../../src/schemas/requirement.ts';
import { factSchema } from '../../src/schemas/fact.ts';
import { assembleRequirements } from '../../src/data/requirement-entries.ts';
import { federalPriceSchema } from '../../src/schemas/federal-price.ts';
import { municipalitySchema } from '../../src/schemas/municipality.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { expandFeeRows } from '../../src/lib/fee-schedule.ts';
import type { FeeData } from '../../src/lib/fee-engine.ts';
import { buildFeeData } from '../../src/pages/data/_fee-data.ts';

const yaml = (path: string) => parse(readFileSync(path, 'utf8')) as unknown;

const ids = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort();

export function loadContent() {
  const cards = new Map<string, CardType>(ids('src/content/card-types').map((id) => [id, filled(cardTypeSchema.parse(yaml(`src/content/card-types/${id}.yaml`)))]));
  const federalPrices = (yaml('src/content/federal-prices.yaml') as unknown[]).map((p) => filled(federalPriceSchema.parse(p)));
  const sources = new Map((yaml('src/content/sources.yaml') as unknown[]).map((s) => filled(sourceSchema.parse(s))).map((s) => [s.id, s]));
  const rules = (yaml('src/content/requirements.yaml') as unknown[]).map((c) => filled(requirementSchema.parse(c)));
  const facts = new Map((yaml('src/content/facts.yaml') as unknown[]).map((f) => filled(factSchema.parse(f))).map((f) => [f.id, f]));
  const municipalities = new Map(ids('src/content/municipalities').map((id) => [id, filled(municipalitySchema.parse(yaml(`src/content/municipalities/${id}.yaml`)))]));
  const cardList = [...cards].map(([id, c]) => ({ id, kind: c.kind, feeGroup: c.feeGroup }));
  const requirements = assembleRequirements(rules, [...municipalities].map(([id, data]) => ({ id, data })), cardList, facts);
  return { cards, federalPrices, sources, facts, requirements, municipalities };
}

let cache: Map<string, FeeData> | undefined;

/** The open-data file of every municipality, by id. */
export function feeDataFiles(): Map<string, FeeData> {
  if (cache) return cache;
  const c = loadContent();
  cache = new Map(
    [...c.municipalities].map(([id, m]) => [
      id,
      buildFeeData({ id, municipality: m, cards: c.cards, federalPrices: c.federalPrices, segments: expandFeeRows(m.fees, c.cards, c.federalPrices), requirements: [...c.requirements.general, ...(c.requirements.local.get(id) ?? [])], sources: c.sources }),
    ]),
  );
  return cache;
}
