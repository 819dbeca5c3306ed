/** `npm run new:municipality`: the skeleton passes the content check as written, and bad ids are refused. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { forBuild, formatProblem, validateContent } from '../../src/validation/index.ts';
import { schemaRows } from '../../src/validation/field-docs.ts';
import { municipalitySchema } from '../../src/schemas/municipality.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const work = mkdtempSync(join(tmpdir(), 'new-municipality-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
function site(): string {
  const root = join(work, `site-${n++}`);
  cpSync(join(ROOT, 'src', 'content'), join(root, 'src', 'content'), { recursive: true });
  return root;
}
const run = (root: string, ...args: string[]) => spawnSync(NODE, [join(ROOT, 'scripts', 'new-municipality.ts'), '--root', root, ...args], { encoding: 'utf8', cwd: ROOT });
const file = (root: string, id: string) => join(root, 'src', 'content', 'municipalities', `${id}.yaml`);

describe('new:municipality', () => {
  it('writes a commented skeleton that passes the check, with a source entry', () => {
    const root = site();
    const before = validateContent(root, { git: false, translations: false });
    const r = run(root, 'sint-testdorp', 'Sint-Testdorp');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Created src/content/municipalities/sint-testdorp.yaml');
    const text = readFileSync(file(root, 'sint-testdorp'), 'utf8');
    const data = parse(text) as { name: { nl: string }; sources: string[] };
    expect(data.name.nl).toBe('Sint-Testdorp');
    expect(data.sources).toEqual(['sint-testdorp-page']);
    // Every field has a comment (a line starting with # or a trailing comment) right before or on it.
    expect(text.split('\n').filter((l) => l.startsWith('#')).length).toBeGreaterThan(15);
    expect(readFileSync(join(root, 'src', 'content', 'sources.yaml'), 'utf8')).toContain('- id: sint-testdorp-page');

    const after = validateContent(root, { git: false, translations: false });
    expect(after.errors.map(formatProblem)).toEqual([]);
    const placeholders = after.warnings.filter((w) => w.rule === 'placeholder');
    expect(placeholders.map((w) => w.file).sort()).toEqual(['src/content/municipalities/sint-testdorp.yaml', 'src/content/sources.yaml']);
    expect(after.warnings.length).toBeGreaterThan(before.warnings.length);
    // A build refuses the placeholders...
    expect(forBuild(after).errors.map((e) => e.rule)).toEqual(['placeholder', 'placeholder']);
    // ...until the editor has filled them in and removed the TODO comments.
    for (const f of [file(root, 'sint-testdorp'), join(root, 'src', 'content', 'sources.yaml')]) {
      writeFileSync(f, readFileSync(f, 'utf8').replace(/ *# TODO:.*$/gm, ''));
    }
    expect(forBuild(validateContent(root, { git: false, translations: false })).errors).toEqual([]);
  });

  it('writes every field of the municipality schema, each under a comment; the optional ones commented out', () => {
    const root = site();
    expect(run(root, 'veldendorp', 'Veldendorp').status).toBe(0);
    const text = readFileSync(file(root, 'veldendorp'), 'utf8');
    // "# field: example" is a commented-out field: removing "# " makes it part of the file.
    const FIELD = /^(\s*)# (\s*(?:- )?[a-z][A-Za-z0-9]*:(?: .*)?)$/;
    const uncommented = text
      .split('\n')
      .map((l) => l.replace(FIELD, '$1$2'))
      .join('\n');
    expect(uncommented).not.toBe(text);
    const data = parse(uncommented) as unknown;
    const parsed = municipalitySchema.safeParse(data);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);

    // Every field path the schema knows (docs/fields.md's rows) is written in the skeleton.
    const written = new Set<string>();
    const walk = (v: unknown, path: string) => {
      if (Array.isArray(v)) v.forEach((x) => walk(x, `${path}[]`));
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          const p = path ? `${path}.${k}` : k;
          written.add(p);
          walk(x, p);
        }
      }
    };
    walk(data, '');
    const fields = schemaRows(municipalitySchema).map((r) => r.path);
    expect(fields.filter((f) => !written.has(f))).toEqual([]);
    expect(fields).toContain('payment.methods');

    // Each top-level field has a comment line right above it (or above its commented-out form).
    const lines = text.split('\n');
    for (const key of Object.keys(municipalitySchema.shape)) {
      const at = lines.findIndex((l) => l.startsWith(`${key}:`) || l.startsWith(`# ${key}:`));
      expect(at, `${key} is not in the skeleton`).toBeGreaterThan(0);
      const above = lines[at - 1]!;
      expect(above.startsWith('#') && !FIELD.test(above) ? above : `no comment above ${key}`, key).toMatch(/^# /);
    }
    // The payment block is written (with a TODO), not left out.
    expect(text).toMatch(/^payment:\n  methods: \[cash, card\] # TODO/m);
  });

  it('refuses an id that exists', () => {
    const root = site();
    const r = run(root, 'koekelberg', 'Koekelberg');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('The municipality "koekelberg" already exists');
    expect(readFileSync(file(root, 'koekelberg'), 'utf8')).toBe(readFileSync(file(ROOT, 'koekelberg'), 'utf8'));
  });

  it('refuses an invalid id and suggests a valid one', () => {
    const root = site();
    const r = run(root, 'Sint Gillis', 'Sint-Gillis');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('"Sint Gillis" cannot be an id');
    expect(r.stderr).toContain('npm run new:municipality -- sint-gillis "Sint-Gillis"');
    expect(existsSync(file(root, 'Sint Gillis'))).toBe(false);
    for (const bad of ['élouges', 'sint--gillis', '-gent', 'gent-']) expect(run(root, bad, 'X').status).toBe(1);
  });

  it('asks for a name', () => {
    const root = site();
    const r = run(root, 'gent');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage: npm run new:municipality -- <id> "<Name>"');
    expect(run(root, 'gent', '  ').status).toBe(2);
    expect(existsSync(file(root, 'gent'))).toBe(false);
  });

  it('keeps a name with quotes and colons intact', () => {
    const root = site();
    expect(run(root, 'test-a', 'Sint-Jans: "Molenbeek"').status).toBe(0);
    const data = parse(readFileSync(file(root, 'test-a'), 'utf8')) as { name: { fr: string } };
    expect(data.name.fr).toBe('Sint-Jans: "Molenbeek"');
    expect(validateContent(root, { git: false, translations: false }).errors).toEqual([]);
  });
});
