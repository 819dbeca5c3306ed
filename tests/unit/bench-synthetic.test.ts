/**
 * The scale benchmark's synthetic municipalities (scripts/bench/synthetic.mjs): valid against
 * the municipality schema and the project's own content validation, deterministic, and clearly fake.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { municipalitySchema } from '../../src/schemas/municipality.ts';
import { cardTypeSchema, type CardType } from '../../src/schemas/card-type.ts';
import { federalPriceSchema } from '../../src/schemas/federal-price.ts';
import { expandFeeRows } from '../../src/lib/fee-schedule.ts';
import { parseYaml } from '../../src/lib/yaml-loader.ts';
import { validateContent } from '../../src/validation/index.ts';
import { SYNTHETIC_SOURCE, syntheticId, syntheticYaml, writeSyntheticMunicipalities } from '../../scripts/bench/synthetic.mjs';

const gen = { syntheticId, syntheticYaml, writeSyntheticMunicipalities };

const work = mkdtempSync(join(tmpdir(), 'bench-synthetic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cardIds = readdirSync('src/content/card-types').map((f) => f.replace(/\.yaml$/, ''));
const cards = new Map<string, CardType>(cardIds.map((id) => [id, cardTypeSchema.parse(parse(readFileSync(`src/content/card-types/${id}.yaml`, 'utf8')))]));
const prices = (parse(readFileSync('src/content/federal-prices.yaml', 'utf8')) as unknown[]).map((p) => federalPriceSchema.parse(p));
const sourceIds = (parse(readFileSync('src/content/sources.yaml', 'utf8')) as Array<{ id: string }>).map((s) => s.id);
/** Every municipality number the benchmark's largest run writes, and a few beyond. */
const SAMPLE = [1, 2, 3, 4, 5, 29, 30, 42, 99, 100, 199, 200, 333, 564, 565, 1000, 9999];

describe('synthetic municipalities for the scale benchmark', () => {
  it('parse through the site loader and match the municipality schema, with known cards and sources', () => {
    for (const n of SAMPLE) {
      const text = gen.syntheticYaml(n);
      const r = municipalitySchema.safeParse(parseYaml(text, `${gen.syntheticId(n)}.yaml`));
      expect(r.success, `${n}: ${r.success ? '' : r.error.message}`).toBe(true);
      if (!r.success) continue;
      const m = r.data;
      const used = new Set([...m.fees.flatMap((f) => f.cards), ...m.services.flatMap((s) => s.cards)]);
      expect([...used].filter((c) => !cards.has(c)), `${n}: unknown card ids`).toEqual([]);
      const sources = new Set([...m.sources, ...m.fees.flatMap((f) => f.sources), ...m.conflicts.flatMap((c) => c.sources)]);
      expect([...sources].every((s) => sourceIds.includes(s))).toBe(true);
      // Every fee row names a declared conflict or none.
      for (const f of m.fees) if (f.conflict) expect(m.conflicts.map((c) => c.id)).toContain(f.conflict);
    }
  });

  it('give a total for every fee row from 2024 or 2025, with a federal price where a surcharge needs one', () => {
    for (const n of SAMPLE) {
      const m = municipalitySchema.parse(parseYaml(gen.syntheticYaml(n), 'x.yaml'));
      const segments = expandFeeRows(m.fees, cards, prices);
      expect(segments.length).toBeGreaterThanOrEqual(m.fees.length);
      const priced = segments.filter((s) => s.validFrom !== undefined && s.validFrom < '2026-01-01');
      expect(priced.length).toBeGreaterThan(0);
      expect(priced.filter((s) => s.total === null), `${n}: rows without a total before 2026`).toEqual([]);
      for (const s of segments) if (s.total !== null) expect(Number.isInteger(s.total) && s.total >= 0).toBe(true);
    }
  });

  it('vary between municipalities: the three fee shapes, regions, cut-off times and amounts', () => {
    const all = Array.from({ length: 60 }, (_, i) => municipalitySchema.parse(parseYaml(gen.syntheticYaml(i + 1), 'x.yaml')));
    expect(new Set(all.map((m) => m.region))).toEqual(new Set(['flanders', 'wallonia', 'brussels']));
    expect(all.some((m) => m.fees.some((f) => 'surcharge' in f))).toBe(true);
    expect(all.some((m) => m.fees.every((f) => 'total' in f))).toBe(true);
    expect(all.some((m) => m.conflicts.length > 0)).toBe(true);
    expect(new Set(all.map((m) => m.urgent.cutOff ?? 'none')).size).toBeGreaterThan(3);
    expect(all.some((m) => m.urgent.cutOff === undefined)).toBe(true);
    const adultNormal = all.map((m) => JSON.stringify(m.fees.filter((f) => f.age === '12-plus' && f.procedure === 'normal')));
    expect(new Set(adultNormal).size).toBeGreaterThan(30);
    expect(new Set(all.map((m) => m.services.length))).toEqual(new Set([1, 2]));
  });

  it('are deterministic: the same number always gives the same file', () => {
    for (const n of SAMPLE) expect(gen.syntheticYaml(n)).toBe(gen.syntheticYaml(n));
    expect(gen.syntheticYaml(7)).not.toBe(gen.syntheticYaml(8));
    const a = join(work, 'a');
    const b = join(work, 'b');
    gen.writeSyntheticMunicipalities(a, 12);
    gen.writeSyntheticMunicipalities(b, 12);
    const files = readdirSync(a).sort();
    expect(files).toHaveLength(12);
    expect(files[0]).toBe('testgemeente-0001.yaml');
    for (const f of files) expect(readFileSync(join(a, f), 'utf8')).toBe(readFileSync(join(b, f), 'utf8'));
  });

  it('are clearly fake: test names, postcodes below 1000, reserved e-mail domain, a note that says so', () => {
    for (const n of SAMPLE) {
      const m = municipalitySchema.parse(parseYaml(gen.syntheticYaml(n), 'x.yaml'));
      const num = String(n).padStart(4, '0');
      expect(gen.syntheticId(n)).toBe(`testgemeente-${num}`);
      expect(m.name).toEqual({ nl: `Testgemeente ${num}`, fr: `Commune-test ${num}`, en: `Test municipality ${num}` });
      if (m.address) expect(Number(m.address.postcode)).toBeLessThan(1000);
      if (m.email) expect(m.email).toMatch(/\.example$/);
      expect(m.phone).toBeUndefined();
      expect(m.website).toBeUndefined();
      expect(m.notes.map((x) => x.text.en).join(' ')).toMatch(/does not exist/);
      expect(m.notes.map((x) => x.text.nl).join(' ')).toMatch(/bestaat niet/);
      expect(m.notes.map((x) => x.text.fr).join(' ')).toMatch(/n'existe pas/);
      expect(m.sources).toEqual([SYNTHETIC_SOURCE]);
      expect(gen.syntheticYaml(n)).toMatch(/^# SYNTHETIC TEST DATA/);
    }
  });

  it('never go into src/content, and reject numbers outside 1..9999', () => {
    expect(() => gen.writeSyntheticMunicipalities(join(process.cwd(), 'src', 'content', 'municipalities'), 1)).toThrow(/Refusing/);
    expect(existsSync('src/content/municipalities/testgemeente-0001.yaml')).toBe(false);
    for (const bad of [0, -1, 1.5, 10000, Number.NaN]) expect(() => gen.syntheticId(bad)).toThrow(/1 to 9999/);
  });

  it('pass the content validation of the build (no error, no warning) next to the real municipalities', () => {
    const root = join(work, 'site');
    cpSync('src/content', join(root, 'src', 'content'), { recursive: true });
    gen.writeSyntheticMunicipalities(join(work, 'synthetic'), 60);
    cpSync(join(work, 'synthetic'), join(root, 'src', 'content', 'municipalities'), { recursive: true });
    expect(readdirSync(join(root, 'src', 'content', 'municipalities'))).toHaveLength(60 + readdirSync('src/content/municipalities').length);
    const r = validateContent(root, { today: '2026-11-23', git: false, translations: false });
    expect(r.errors.map((p) => `${p.file}:${p.line} ${p.rule} ${p.message}`)).toEqual([]);
    const own = r.warnings.filter((p) => p.file.includes('testgemeente'));
    expect(own.map((p) => `${p.file}:${p.line} ${p.rule} ${p.message}`)).toEqual([]);
  });
});
