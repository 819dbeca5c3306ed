import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildFeeIndex, feeDataSchema, feeIndexSchema, feeJsonSchema } from '../../src/pages/data/_fee-data.ts';
import { computeFee } from '../../src/lib/fee-engine.ts';
import { feeDataFiles, loadContent } from './fee-fixtures.ts';

const files = feeDataFiles();
const content = loadContent();

describe('open fee data (/data/fees/<id>.json)', () => {
  it('matches the zod schema for every municipality', () => {
    for (const [id, file] of files) {
      const r = feeDataSchema.safeParse(file);
      expect(r.success, `${id}: ${r.success ? '' : r.error.message}`).toBe(true);
    }
  });

  it('matches the generated JSON Schema (checked with a JSON Schema validator), and a wrong file does not', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const schema = feeJsonSchema('https://verblijfskaart.be');
    ajv.addSchema(schema);
    const validate = ajv.getSchema(schema.$id as string)!;
    for (const [id, file] of files) expect(validate(JSON.parse(JSON.stringify(file))), `${id}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    const broken = JSON.parse(JSON.stringify(files.get('koekelberg')));
    broken.segments[0].total = -5;
    expect(validate(broken)).toBe(false);
    const validateIndex = ajv.getSchema(`${schema.$id as string}#/$defs/FeeIndex`)!;
    const index = buildFeeIndex([...content.municipalities].map(([id, data]) => ({ id, data })), '2025-06-01');
    expect(validateIndex(index), ajv.errorsText(validateIndex.errors)).toBe(true);
    expect(feeIndexSchema.safeParse(index).success).toBe(true);
  });

  it('carries raw rows with sources, expanded segments, conflicts, federal prices and the sources they name', () => {
    const k = files.get('koekelberg')!;
    expect(k.rows).toHaveLength(content.municipalities.get('koekelberg')!.fees.length);
    expect(k.rows.every((r) => r.sources.length > 0)).toBe(true);
    expect(k.segments.length).toBeGreaterThanOrEqual(k.rows.length);
    expect(k.conflicts.map((c) => c.id).sort()).toEqual(['first-vs-renewal', 'kids-normal', 'kids-urgent']);
    expect(k.conflicts.find((c) => c.id === 'kids-normal')!.cards).toEqual(expect.arrayContaining(['a', 'eu', 'f-plus']));
    expect(k.federalPrices.map((p) => p.id)).toContain('biometric-2025');
    const named = new Set([...k.segments.flatMap((s) => s.sources), ...k.checklist.flatMap((c) => c.sources), ...k.federalPrices.flatMap((p) => p.sources)]);
    for (const id of named) expect(k.sources[id], `source ${id}`).toBeDefined();
    const v = files.get('voorbeeldgemeente')!;
    // Undated source: every segment keeps the day it was read and has no start day.
    expect(v.rows.every((r) => r.seenOn === '2026-11-23' && r.validFrom === undefined)).toBe(true);
    expect(v.segments.every((s) => s.seenOn === '2026-11-23' && s.validFrom === undefined && s.total !== null)).toBe(true);
    expect(v.segments.map((s) => s.total).sort((a, b) => a! - b!)).toEqual(expect.arrayContaining([770, 1070, 2110, 2160, 11840]));
    expect(v.segments.some((s) => s.cards.includes('n') && s.procedure === 'normal')).toBe(false);
  });

  it('has no undefined values and survives a JSON round trip unchanged, so the browser computes the same results', () => {
    for (const file of files.values()) {
      const copy = JSON.parse(JSON.stringify(file));
      expect(copy).toEqual(file);
      const req = { municipality: file.municipality.id, card: 'eu', age: 8, procedure: 'urgent', reason: 'first', date: '2025-02-01' };
      expect(computeFee(copy, req)).toEqual(computeFee(file, req));
    }
  });

  it('names only existing cards and sources in the requirement entries (src/content/requirements.yaml and each municipality’s list)', () => {
    const entries = [...content.requirements.general, ...[...content.requirements.local.values()].flat()];
    expect(entries.length).toBeGreaterThan(0);
    const problems = entries.flatMap((i) => [
      ...i.cards.filter((c) => !content.cards.has(c)).map((c) => `${i.id}: no card "${c}"`),
      ...i.sources.filter((x) => !content.sources.has(x)).map((x) => `${i.id}: no source "${x}"`),
      ...(i.municipality && !content.municipalities.has(i.municipality) ? [`${i.id}: no municipality "${i.municipality}"`] : []),
    ]);
    expect(problems).toEqual([]);
    expect(new Set(content.requirements.general.map((i) => i.id)).size).toBe(content.requirements.general.length);
    for (const [id, local] of content.requirements.local) expect(new Set(local.map((i) => i.id)).size, id).toBe(local.length);
  });

  it('carries the general entries in every file, and each municipality’s own entries only in its own', () => {
    const general = content.requirements.general.map((c) => c.id).sort();
    for (const [id, file] of files) {
      expect(file.checklist.filter((c) => !c.municipality).map((c) => c.id).sort()).toEqual(general);
      expect(file.checklist.filter((c) => c.municipality).every((c) => c.municipality === id)).toBe(true);
    }
    const k = files.get('koekelberg')!.checklist;
    const v = files.get('voorbeeldgemeente')!.checklist;
    expect(k.find((c) => c.id === 'payment-methods')).toMatchObject({ municipality: 'koekelberg' });
    expect(k.some((c) => c.id === 'passport' && c.municipality === 'koekelberg')).toBe(true);
    expect(v.some((c) => c.municipality === 'koekelberg')).toBe(false);
    expect(v.map((c) => c.id)).toContain('photo');
  });
});
