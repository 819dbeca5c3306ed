/**
 * The zod schemas in src/schemas/ with valid and invalid examples, and the editor message each
 * invalid example turns into (src/validation/schema-errors.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cardTypeSchema } from '../../src/schemas/card-type.ts';
import { centsSchema, clockTimeSchema, isoDateSchema, localizedSchema, sourcesSchema } from '../../src/schemas/common.ts';
import { factSchema } from '../../src/schemas/fact.ts';
import { federalPriceSchema } from '../../src/schemas/federal-price.ts';
import { feeRowSchema, municipalitySchema } from '../../src/schemas/municipality.ts';
import { cardPageSchema, guidePageSchema } from '../../src/schemas/page.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { readYamlText } from '../../src/validation/load.ts';
import { closest, flattenUnions, issuesToProblems, type ZodIssueLike } from '../../src/validation/schema-errors.ts';
import { formatProblem } from '../../src/validation/format.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const yamlOf = (rel: string) => parse(readFileSync(join(ROOT, rel), 'utf8'), { version: '1.2', schema: 'core' }) as Record<string, unknown>;

/** Validates a YAML text the way `npm run check` does and returns the formatted messages. */
function messages(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: unknown[] } } }, text: string, file = 'src/content/x.yaml'): string[] {
  const yaml = readYamlText(text, file);
  expect(yaml.syntax).toEqual([]);
  const r = schema.safeParse(yaml.data);
  if (r.success) return [];
  return issuesToProblems(r.error!.issues as ZodIssueLike[], { yaml, data: yaml.data }).map(formatProblem);
}

describe('common field types', () => {
  it('dates: real days only, written YYYY-MM-DD', () => {
    for (const ok of ['2024-02-29', '2025-01-01', '2025-12-31']) expect(isoDateSchema.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['2025-02-29', '2027-02-30', '2025-13-01', '2025-00-10', '2025-2-1', '01/02/2025', '', 20250201]) {
      expect(isoDateSchema.safeParse(bad).success, String(bad)).toBe(false);
    }
    // Front matter read by js-yaml gives a Date at UTC midnight: kept as the same day.
    expect(isoDateSchema.parse(new Date(Date.UTC(2026, 10, 23)))).toBe('2026-11-23');
  });

  it('clock times: 00:00 to 23:59', () => {
    for (const ok of ['00:00', '09:05', '14:30', '23:59']) expect(clockTimeSchema.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['24:00', '25:00', '9:30', '14h30', '14:60', 870]) expect(clockTimeSchema.safeParse(bad).success, String(bad)).toBe(false);
  });

  it('amounts: whole, non-negative cents', () => {
    expect(centsSchema.safeParse(2540).success).toBe(true);
    expect(centsSchema.safeParse(0).success).toBe(true);
    const r = centsSchema.safeParse(25.4);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('2540 for EUR 25.40');
    expect(centsSchema.safeParse(-100).success).toBe(false);
    expect(centsSchema.safeParse('25,40').success).toBe(false);
  });

  it('texts in three languages, none empty', () => {
    expect(localizedSchema.safeParse({ nl: 'a', fr: 'b', en: 'c' }).success).toBe(true);
    const r = localizedSchema.safeParse({ nl: 'a', fr: '  ', en: 'c' });
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['fr']);
    expect(localizedSchema.safeParse({ nl: 'a', en: 'c' }).error?.issues[0]?.path).toEqual(['fr']);
  });

  it('sources: at least one id', () => {
    expect(sourcesSchema.safeParse(['dofi']).success).toBe(true);
    expect(sourcesSchema.safeParse([]).error?.issues[0]?.message).toBe('Give at least one source id for this fact.');
    expect(sourcesSchema.safeParse('dofi').error?.issues[0]?.message).toContain('list of source ids');
    expect(sourcesSchema.safeParse(['Koekelberg Page']).success).toBe(false);
  });
});

describe('fee rows', () => {
  const row = { cards: ['a'], validFrom: '2025-01-01', sources: ['dofi'] };

  it('take either total or surcharge, and fill in the defaults', () => {
    const parsed = feeRowSchema.parse({ ...row, total: 2540 });
    expect(parsed).toMatchObject({ age: 'any', procedure: 'normal', reasons: ['first', 'renewal', 'duplicate'], total: 2540 });
    expect(feeRowSchema.safeParse({ ...row, surcharge: 200 }).success).toBe(true);
    expect(feeRowSchema.safeParse({ ...row, total: 2540, surcharge: 200 }).success).toBe(false);
    expect(feeRowSchema.safeParse(row).success).toBe(false);
  });

  it('refuse unknown fields (a misspelt validUntil would otherwise vanish)', () => {
    expect(feeRowSchema.safeParse({ ...row, total: 1, validUntill: '2025-12-31' }).success).toBe(false);
  });

  it('give one editor message per mistake, through the branch that fits', () => {
    const text = 'fees:\n  - cards: [a]\n    validFrom: 2025-01-01\n    total: 25.4\n    sources: [dofi]\n';
    const schema = municipalitySchema.shape.fees;
    const yaml = readYamlText(text, 'm.yaml');
    const data = (yaml.data as { fees: unknown }).fees;
    const r = schema.safeParse(data);
    const problems = issuesToProblems(r.error!.issues as ZodIssueLike[], { yaml, data, prefix: ['fees'] });
    expect(problems.map(formatProblem)).toEqual([
      'm.yaml:4  fees[0].total: found 25.4; expected a whole number. Amounts are written in whole euro cents: 2540 for EUR 25.40, not 25.4.\n    Fix: If you meant EUR 25.40, write 2540.',
    ]);
  });

  it('explain a row with both amounts, or neither, once', () => {
    const both = messages(feeRowSchema, 'cards: [a]\nvalidFrom: 2025-01-01\ntotal: 100\nsurcharge: 100\nsources: [dofi]\n');
    expect(both).toEqual(['src/content/x.yaml:1  A fee row needs either `total` (the full amount in cents) or `surcharge` (the municipal part in cents), not both.']);
    const neither = messages(feeRowSchema, 'cards: [a]\nvalidFrom: 2025-02-30\nsources: [dofi]\n');
    expect(neither).toHaveLength(2);
    expect(neither[0]).toContain('validFrom: found "2025-02-30". This day does not exist');
    expect(neither[1]).toContain('either `total`');
  });
});

describe('files', () => {
  it('the real card types, municipalities and list files are valid', () => {
    for (const id of ['a', 'eu-plus', 'child', 'orange']) expect(cardTypeSchema.safeParse(yamlOf(`src/content/card-types/${id}.yaml`)).error).toBeUndefined();
    for (const id of ['koekelberg', 'voorbeeldgemeente']) expect(municipalitySchema.safeParse(yamlOf(`src/content/municipalities/${id}.yaml`)).error).toBeUndefined();
    for (const [file, schema] of [
      ['src/content/sources.yaml', sourceSchema],
      ['src/content/facts.yaml', factSchema],
      ['src/content/federal-prices.yaml', federalPriceSchema],
    ] as const) {
      const list = yamlOf(file) as unknown as unknown[];
      for (const item of list) expect(schema.safeParse(item).error, JSON.stringify(item)).toBeUndefined();
    }
  });

  it('card type: an unknown validity kind names the allowed kinds and the closest one', () => {
    const text = readFileSync(join(ROOT, 'src/content/card-types/a.yaml'), 'utf8').replace('kind: authorised-stay', 'kind: authorized-stay');
    const [msg, ...rest] = messages(cardTypeSchema, text, 'src/content/card-types/a.yaml');
    expect(rest).toEqual([]);
    expect(msg).toMatch(/^src\/content\/card-types\/a\.yaml:\d+  validity\.kind: found "authorized-stay"; expected one of: years, authorised-stay, conflict, unknown\. Did you mean "authorised-stay"\?/);
  });

  it('municipality: a missing required field names the field and the line of its block', () => {
    const text = readFileSync(join(ROOT, 'tests/fixtures/valid-municipality/files/src/content/municipalities/testdorp.yaml'), 'utf8');
    expect(messages(municipalitySchema, text)).toEqual([]);
    const broken = text.replace('  collection: true\n', '');
    expect(messages(municipalitySchema, broken)).toEqual(['src/content/x.yaml:16  appointments.collection: is missing. Expected true or false.\n    Fix: Add the line "collection: …" to this block.']);
  });

  it('source: a web address must be complete', () => {
    const r = sourceSchema.safeParse({ id: 'x', kind: 'municipal-page', publisher: 'P', title: { nl: 'a', fr: 'b', en: 'c' }, url: 'www.example.be', lastChecked: '2026-01-01' });
    expect(r.error?.issues[0]?.message).toBe('Expected a full web address starting with https://');
  });

  it('pages: a description between 20 and 200 characters', () => {
    const page = { description: 'Een korte beschrijving van de pagina.', sources: ['dofi'], lastChecked: '2026-01-01' };
    expect(cardPageSchema.safeParse(page).success).toBe(true);
    expect(cardPageSchema.safeParse({ ...page, description: 'Te kort.' }).error?.issues[0]?.message).toContain('at least 20 characters');
    expect(guidePageSchema.safeParse({ ...page, title: 'T', slug: 'Met Spaties' }).error?.issues[0]?.message).toContain('lower-case letters');
  });
});

describe('message helpers', () => {
  it('closest() suggests only near matches', () => {
    expect(closest('brusels', ['flanders', 'brussels', 'wallonia'])).toBe('brussels');
    expect(closest('phonenumber', ['phone', 'email'])).toBe('phone');
    expect(closest('zzz', ['a', 'b'])).toBeUndefined();
    expect(closest('dofi', ['dofi'])).toBeUndefined();
  });

  it('flattenUnions() keeps what all tied branches agree on and the union message', () => {
    const issue: ZodIssueLike = {
      code: 'invalid_union',
      path: ['fees', 0],
      message: 'either total or surcharge',
      errors: [
        [{ code: 'custom', path: ['validFrom'], message: 'bad day' }, { code: 'invalid_type', path: ['total'], message: 'x' }],
        [{ code: 'custom', path: ['validFrom'], message: 'bad day' }, { code: 'invalid_type', path: ['surcharge'], message: 'y' }],
      ],
    };
    const flat = flattenUnions([issue], []);
    expect(flat.map((i) => `${i.path.join('.')}:${i.message}`)).toEqual(['fees.0.validFrom:bad day', 'fees.0:either total or surcharge']);
  });
});
