/**
 * The open fee data: the shape of `/data/fees/<id>.json` and `/data/fees/index.json` as zod
 * schemas (the JSON Schema `/data/fees.schema.json` is generated from them), and the pure
 * functions that build those files from the content collections.
 *
 * The file starts with an underscore, so Astro does not turn it into a page.
 */
import { z } from 'astro/zod';
import type { CardType } from '../../schemas/card-type.ts';
import { FEE_GROUPS } from '../../schemas/card-type.ts';
import { siteTextSchema as localizedSchema, WRITTEN_LANGS } from '../../schemas/common.ts';
import { federalPriceSchema, type FederalPrice } from '../../schemas/federal-price.ts';
import { AGE_BANDS, PROCEDURES, REASONS, feeRowSchema, type Municipality } from '../../schemas/municipality.ts';
import type { Source } from '../../schemas/source.ts';
import type { FeeData } from '../../lib/fee-engine.ts';
import type { FeeSegment } from '../../lib/fee-schedule.ts';
import type { RequirementEntry } from '../../lib/requirements.ts';
import { CARD_KINDS, PAYMENT_METHODS, REGIONS, SITUATIONS, STAGES } from '../../lib/vocabulary.ts';

export const FEE_DATA_VERSION = 1 as const;
export const SCHEMA_PATH = '/data/fees.schema.json';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ description: 'A calendar day written YYYY-MM-DD (Belgian calendar date, no time zone).' });
const cents = z.number().int().nonnegative().meta({ description: 'An amount in euro cents (2540 = EUR 25.40).' });
const sourceIds = z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1).meta({ description: 'Ids of entries in `sources`.' });
const datedRowOptions = feeRowSchema.options.map((o) => o.extend({ validFrom: isoDate.optional(), validUntil: isoDate.optional(), seenOn: isoDate.optional() }));

export const feeSegmentSchema = z
  .object({
    cards: z.array(z.string()).min(1).meta({ description: 'Card ids the amount applies to.' }),
    age: z.enum(AGE_BANDS),
    procedure: z.enum(PROCEDURES),
    reasons: z.array(z.enum(REASONS)).min(1),
    validFrom: isoDate.optional().meta({ description: 'First day, as the source states it; absent when the source gives no start date (then `seenOn` is present).' }),
    validUntil: isoDate.optional().meta({ description: 'Last day; absent when open-ended.' }),
    seenOn: isoDate.optional().meta({ description: 'For an undated source: the day an editor read it and saw this amount.' }),
    total: cents.nullable().meta({ description: 'Amount in cents; null when the federal price of that period is unknown.' }),
    parts: z
      .object({
        federal: cents.nullable().meta({ description: 'Federal production price; null when unknown for the period.' }),
        federalPriceId: z.string().optional(),
        surcharge: cents.meta({ description: 'Municipal surcharge.' }),
      })
      .optional()
      .meta({ description: 'Present when the row is a surcharge row: the federal part and the municipal part.' }),
    sources: sourceIds,
    conflict: z.string().optional().meta({ description: 'Id of an entry in `conflicts`: sources give different amounts for this case.' }),
    note: localizedSchema.optional(),
    row: z.number().int().nonnegative().meta({ description: 'Index (0-based) of the row in `rows` this segment comes from.' }),
  })
  .meta({ description: 'A fee row expanded to one period with a concrete total.' });

export const feeDataSchema = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(FEE_DATA_VERSION),
    municipality: z.object({ id: z.string().regex(/^[a-z0-9-]+$/), name: localizedSchema, region: z.enum(REGIONS), lastChecked: isoDate }),
    currency: z.literal('EUR'),
    cards: z
      .record(z.string(), z.object({ code: z.string(), feeGroup: z.enum(FEE_GROUPS), kind: z.enum(CARD_KINDS) }))
      .meta({ description: 'Every card type by id: the code on the card, the federal fee group and the kind of document.' }),
    rows: z.array(z.union(datedRowOptions)).meta({ description: 'The fee rows as the municipality file holds them: a published total or a municipal surcharge on the federal price.' }),
    segments: z.array(feeSegmentSchema).meta({ description: 'The rows expanded into dated amounts (one per federal price period).' }),
    conflicts: z
      .array(z.object({ id: z.string(), about: localizedSchema, cards: z.array(z.string()), sources: sourceIds }))
      .meta({ description: 'Places where sources disagree. Rows naming the same conflict give different amounts for the same case: show them all.' }),
    federalPrices: z.array(federalPriceSchema.extend({ validFrom: isoDate, validUntil: isoDate.optional() })).meta({ description: 'Federal production prices per product and period.' }),
    payment: z.object({ methods: z.array(z.enum(PAYMENT_METHODS)), sources: sourceIds }).nullable(),
    checklist: z
      .array(
        z.object({
          id: z.string(),
          stage: z.enum(STAGES),
          situations: z.array(z.enum(SITUATIONS)).min(1),
          age: z.enum(AGE_BANDS),
          cards: z.array(z.string()).meta({ description: 'Card ids; empty means every card.' }),
          order: z.number().int(),
          text: localizedSchema,
          validFrom: isoDate.optional(),
          validUntil: isoDate.optional(),
          sources: sourceIds,
          municipality: z.string().optional().meta({ description: 'Present when the rule is this municipality’s own, absent for a general rule.' }),
        }),
      )
      .meta({ description: 'What to bring when you apply and when you collect the card in this municipality: the general rules and its own.' }),
    sources: z.record(z.string(), z.object({ publisher: z.string(), title: localizedSchema, url: z.string().optional() })).meta({ description: 'Every source named in this file, by id.' }),
  })
  .strict()
  .meta({ title: 'Residence card fees of one Belgian municipality', description: 'The file /data/fees/<municipality>.json of verblijfskaart.be.' });

export const feeIndexSchema = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(FEE_DATA_VERSION),
    generated: isoDate.meta({ description: 'Build date of the site.' }),
    municipalities: z.array(
      z.object({ id: z.string(), name: localizedSchema, region: z.enum(REGIONS), lastChecked: isoDate, url: z.string().meta({ description: 'Path of the municipality file.' }) }),
    ),
  })
  .strict()
  .meta({ title: 'List of the municipality fee files', description: 'The file /data/fees/index.json of verblijfskaart.be.' });

/** The JSON Schema document: the municipality file at the top, the index file in `$defs.FeeIndex`. */
export function feeJsonSchema(site?: string): Record<string, unknown> {
  const data = z.toJSONSchema(feeDataSchema, { io: 'output', target: 'draft-2020-12' }) as Record<string, unknown>;
  const index = z.toJSONSchema(feeIndexSchema, { io: 'output', target: 'draft-2020-12' }) as Record<string, unknown>;
  delete index.$schema;
  const { $schema, ...rest } = data;
  return {
    $schema,
    $id: site ? new URL(SCHEMA_PATH, site).href : SCHEMA_PATH,
    ...rest,
    $defs: { ...((data.$defs as object | undefined) ?? {}), FeeIndex: index },
  };
}

export interface FeeDataInput {
  id: string;
  municipality: Municipality;
  cards: ReadonlyMap<string, CardType>;
  federalPrices: readonly FederalPrice[];
  segments: readonly FeeSegment[];
  /** The requirement entries of this municipality: the general ones and its own. */
  requirements: readonly RequirementEntry[];
  sources: ReadonlyMap<string, Source>;
}

/** Builds the open-data file of one municipality. Pure: the endpoint and the tests share it. */
export function buildFeeData(input: FeeDataInput): FeeData {
  const m = input.municipality;
  const conflicts = m.conflicts.map((c) => ({
    id: c.id,
    about: c.about,
    cards: c.cards.length ? c.cards : [...new Set(m.fees.filter((f) => f.conflict === c.id).flatMap((f) => f.cards))],
    sources: c.sources,
  }));
  const checklist = [...input.requirements];
  const used = new Set<string>([
    ...m.fees.flatMap((f) => f.sources),
    ...input.segments.flatMap((s) => s.sources),
    ...conflicts.flatMap((c) => c.sources),
    ...input.federalPrices.flatMap((p) => p.sources),
    ...checklist.flatMap((i) => i.sources),
    ...(m.payment?.sources ?? []),
  ]);
  const sources: FeeData['sources'] = {};
  for (const id of [...used].sort()) {
    const s = input.sources.get(id);
    if (s) sources[id] = { publisher: s.publisher, title: s.title, ...(s.url ? { url: s.url } : {}) };
  }
  const cards: FeeData['cards'] = {};
  for (const [id, c] of input.cards) cards[id] = { code: c.code, feeGroup: c.feeGroup, kind: c.kind };
  // JSON has no `undefined`: drop absent optional fields so the file matches the schema exactly.
  const clean = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
  return clean({
    $schema: SCHEMA_PATH,
    version: FEE_DATA_VERSION,
    municipality: { id: input.id, name: m.name, region: m.region, lastChecked: m.lastChecked },
    currency: 'EUR',
    cards,
    // As the file holds them: the notes in the three languages the file writes (the segments carry every language).
    rows: m.fees.map((r) => (r.note ? { ...r, note: Object.fromEntries(WRITTEN_LANGS.map((l) => [l, r.note![l]])) as typeof r.note } : r)),
    segments: [...input.segments],
    conflicts,
    federalPrices: [...input.federalPrices],
    payment: m.payment ?? null,
    checklist,
    sources,
  });
}

/** The path of a municipality's file. */
export const feeDataPath = (id: string) => `/data/fees/${id}.json`;

/** Builds `/data/fees/index.json`. */
export function buildFeeIndex(municipalities: ReadonlyArray<{ id: string; data: Pick<Municipality, 'name' | 'region' | 'lastChecked'> }>, generated: string) {
  return {
    $schema: `${SCHEMA_PATH}#/$defs/FeeIndex`,
    version: FEE_DATA_VERSION,
    generated,
    municipalities: municipalities.map((m) => ({ id: m.id, name: m.data.name, region: m.data.region, lastChecked: m.data.lastChecked, url: feeDataPath(m.id) })),
  };
}
