/**
 * Walks the zod schemas next to the data to find fields the schemas do not know.
 *
 * zod drops unknown fields without a word, so a misspelt optional field (`telefoon:` for
 * `phone:`, `validUntill:`) would silently vanish from the site. This reports them, with the
 * closest known name. Strict objects (fee rows) are left to zod, which reports them itself.
 */
import type { YamlText, PathSegment } from './load.ts';
import { fieldPath, type Problem } from './problem.ts';
import { closest } from './schema-errors.ts';

/* zod 4 keeps a schema's definition in `_zod.def`; only the kinds used by src/schemas are handled.
   Shared with the field reference (field-docs.ts). */
export interface Def {
  type: string;
  shape?: Record<string, Schemaish>;
  catchall?: Schemaish;
  innerType?: Schemaish;
  element?: Schemaish;
  options?: Schemaish[];
  discriminator?: string;
  in?: Schemaish;
  out?: Schemaish;
  entries?: Record<string, string | number>;
  values?: unknown[];
  keyType?: Schemaish;
  valueType?: Schemaish;
  format?: string;
  checks?: Array<{ _zod: { def: CheckDef } }>;
  defaultValue?: unknown;
}
export interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
}
export interface Schemaish {
  _zod: { def: Def };
  description?: string | undefined;
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

function unwrap(s: Schemaish): Schemaish {
  let cur = s;
  for (let i = 0; i < 20; i++) {
    const def = cur._zod.def;
    if (WRAPPERS.has(def.type) && def.innerType) cur = def.innerType;
    else if (def.type === 'pipe' && def.in && def.out) cur = def.in._zod.def.type === 'transform' ? def.out : def.in;
    else break;
  }
  return cur;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);

/** Every field name that appears in the schemas (for "did you mean"). */
export function knownFieldNames(schemas: readonly unknown[]): string[] {
  const names = new Set<string>();
  const seen = new Set<Schemaish>();
  const visit = (raw: Schemaish | undefined) => {
    if (!raw || seen.has(raw)) return;
    seen.add(raw);
    const s = unwrap(raw);
    const def = s._zod.def;
    if (def.type === 'object' && def.shape) {
      for (const [k, v] of Object.entries(def.shape)) {
        names.add(k);
        visit(v);
      }
    } else if (def.type === 'array') visit(def.element);
    else if (def.type === 'union') def.options?.forEach(visit);
  };
  schemas.forEach((s) => visit(s as Schemaish));
  return [...names].sort();
}

/** Unknown fields in `value`, reported at their line. */
export function unknownFields(schema: unknown, value: unknown, yaml: YamlText, prefix: PathSegment[], _known: readonly string[]): Problem[] {
  const out: Problem[] = [];
  const walk = (raw: Schemaish, v: unknown, path: PathSegment[]) => {
    const s = unwrap(raw);
    const def = s._zod.def;
    if (def.type === 'object' && def.shape) {
      if (!isPlainObject(v)) return;
      const strict = def.catchall?._zod.def.type === 'never';
      const keys = Object.keys(def.shape);
      for (const [k, child] of Object.entries(v)) {
        const sub = def.shape[k];
        if (sub) walk(sub, child, [...path, k]);
        else if (!strict) {
          const guess = closest(k, keys);
          const p = [...path, k];
          out.push({
            severity: 'error',
            rule: 'unknown-field',
            file: yaml.file,
            line: yaml.lineOf(p),
            field: fieldPath(p),
            message: `unknown field "${k}": the site would ignore it.${guess ? ` Did you mean "${guess}"?` : ` Known fields here: ${keys.join(', ')}.`}`,
            fix: guess ? `Write ${guess}: instead of ${k}: (capitals count), or remove the line.` : 'Correct the spelling (capitals count) or remove the line.',
            meant: guess,
          });
        }
      }
    } else if (def.type === 'array' && def.element) {
      if (Array.isArray(v)) v.forEach((item, i) => walk(def.element!, item, [...path, i]));
    } else if (def.type === 'union' && def.options) {
      if (!isPlainObject(v)) return;
      const objects = def.options.map(unwrap).filter((o) => o._zod.def.type === 'object');
      if (objects.length === 0) return;
      let pick: Schemaish | undefined;
      if (def.discriminator) {
        pick = objects.find((o) => {
          const d = o._zod.def.shape?.[def.discriminator!];
          return d ? (unwrap(d)._zod.def.values ?? []).includes(v[def.discriminator!]) : false;
        });
        if (!pick) return; // zod reports the unknown kind itself
      } else {
        // The option that knows most of the fields given.
        const score = (o: Schemaish) => Object.keys(v).filter((k) => !o._zod.def.shape?.[k]).length;
        pick = objects.reduce((a, b) => (score(b) < score(a) ? b : a));
      }
      walk(pick, v, path);
    }
  };
  walk(schema as Schemaish, value, prefix);
  return out;
}
