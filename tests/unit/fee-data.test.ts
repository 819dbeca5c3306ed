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
    const surcharge = v.segments.filter((s) => s.parts);
    expect(surcharge.some((s) => s.parts!.federal === null && s.total === null)).toBe(true);
    expect(surcharge.find((s) => s.parts!.federalPriceId === 'non-biometric-2024')).toMatchObject({ total: 2110, parts: { federal: 1910, surcharge: 200 } });
  });

  it('has no undefined values and survives a JSON round trip unchanged, so the browser computes the same results', () => {
    for (const file of files.values()) {
      const copy = JSON.parse(JSON.stringify(file));
      expect(copy).toEqual(file);
      const req = { municipality: file.municipality.id, card: 'eu', age: 8, procedure: 'urgent', reason: 'first', date: '2025-02-01' };
      expect(computeFee(copy, req)).toEqual(computeFee(file, req));
    }
  });

  // Skipped until it is rewritten for the dated, seenOn and situation model (issue 11 follow-up).
  it.skip('names only existing cards, municipalities and sources in the checklist (src/content/checklists.yaml)', () => {
    const problems = content.requirements.general.flatMap((i) => [
      ...i.cards.filter((c) => !content.cards.has(c)).map((c) => `${i.id}: no card "${c}"`),
      ...i.sources.filter((x) => !content.sources.has(x)).map((x) => `${i.id}: no source "${x}"`),
    ]);
    expect(problems).toEqual([]);
    expect(new Set(content.requirements.general.map((i) => i.id)).size).toBe(content.requirements.general.length);
  });

  // Skipped until it is rewritten for the dated, seenOn and situation model (issue 11 follow-up).
  it.skip('keeps each municipality’s own checklist items out of the others’ files', () => {
    const v = files.get('voorbeeldgemeente')!.checklist.map((c) => c.id);
    const k = files.get('koekelberg')!.checklist.map((c) => c.id);
    expect(k).toContain('payment-koekelberg');
    expect(v).not.toContain('payment-koekelberg');
    expect(v).toContain('photo');
  });
});
