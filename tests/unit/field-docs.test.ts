/** docs/fields.md is generated from the schemas (npm run docs:fields) and covers every field, with a description. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILES, fieldReference, schemaRows } from '../../src/validation/field-docs.ts';
import { knownFieldNames } from '../../src/validation/schema-walk.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const rowsOf = (title: string) => schemaRows(FILES.find((f) => f.title === title)!.schema);

describe('docs/fields.md', () => {
  it('is exactly what npm run docs:fields generates from the schemas (run it after changing a schema)', () => {
    const committed = readFileSync(join(ROOT, 'docs', 'fields.md'), 'utf8');
    expect(committed, 'docs/fields.md is out of date: run npm run docs:fields and commit the result').toBe(fieldReference());
    const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'node'), [join(ROOT, 'scripts', 'docs-fields.ts'), '--check'], { encoding: 'utf8', cwd: ROOT });
    expect(r.stdout).toContain('docs/fields.md is up to date.');
    expect(r.status).toBe(0);
  });

  it('gives every field of every file a type, a required/default column and a description', () => {
    for (const f of FILES) {
      for (const row of schemaRows(f.schema)) {
        expect(row.description, `${f.file} ${row.path} has no .describe() text`).not.toBe('');
        expect(row.type, `${f.file} ${row.path}`).not.toMatch(/undefined|NaN|^(object|array|union|pipe|record)$/);
        expect(row.required).toMatch(/^(required|optional|default: )/);
      }
    }
    expect(fieldReference()).not.toMatch(/undefined|NaN|\[object Object\]/);
  });

  it('lists every field name the schemas know', () => {
    const documented = new Set(FILES.flatMap((f) => schemaRows(f.schema).map((r) => r.path.split('.').pop()!.replace('[]', ''))));
    const known = knownFieldNames(FILES.map((f) => f.schema));
    // nl, fr and en are the keys of every text in three languages: its type names them.
    expect(known.filter((k) => !documented.has(k))).toEqual(['en', 'fr', 'nl']);
    expect(fieldReference()).toContain('| `name` | text in `nl`, `fr` and `en` | required |');
  });

  it('documents payment, e-mail, website, notes, a fee row’s note, total or surcharge and the federal products', () => {
    const m = new Map(rowsOf('Municipality').map((r) => [r.path, r]));
    expect(m.get('payment')!.required).toBe('optional');
    expect(m.get('payment.methods')!.type).toBe('list of values from `cash`, `card`, `bank-transfer` (at least 1)');
    expect(m.get('email')!.type).toBe('e-mail address');
    expect(m.get('website')!.type).toBe('web address (`https://…`)');
    expect(m.get('notes[].situations')!.required).toBe('default: empty list');
    expect(m.get('notes[].text')!.type).toBe('text in `nl`, `fr` and `en`');
    expect(m.get('fees[].note')!.description).toMatch(/remark shown with the row/);
    expect(m.get('fees[].total')!.required).toBe('required: give this or `surcharge`, not both');
    expect(m.get('fees[].age')!.required).toBe('default: `any`');
    expect(m.get('urgent.cutOff')!.type).toMatch(/^time `"HH:MM"`/);
    const product = rowsOf('Federal prices').find((r) => r.path === 'product')!;
    expect(product.type).toBe('one of `biometric`, `non-biometric`, `urgent`, `child-non-biometric`, `child-biometric`');
    const validity = new Map(rowsOf('Card type').map((r) => [r.path, r]));
    expect(validity.get('validity.years')!.required).toBe('required, when kind is `years`');
  });

  it('is linked from both editors’ guides', () => {
    expect(readFileSync(join(ROOT, 'docs', 'editing.md'), 'utf8')).toContain('](fields.md)');
    expect(readFileSync(join(ROOT, 'docs', 'bewerken.md'), 'utf8')).toContain('](fields.md)');
  });
});
