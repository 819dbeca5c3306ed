/**
 * The field reference for editors (docs/fields.md), generated from the zod schemas in
 * src/schemas/: every field an editor can write, its type or allowed values, whether it is
 * required or its default, and its `.describe()` text. `npm run docs:fields` writes the file;
 * a unit test fails when the file is not what this module generates, so it cannot drift.
 */
import { cardTypeSchema } from '../schemas/card-type.ts';
import { cardRefSchema, centsSchema, clockTimeSchema, isoDateSchema, localizedSchema, sourceRefSchema, sourcesSchema } from '../schemas/common.ts';
import { factSchema } from '../schemas/fact.ts';
import { federalPriceSchema } from '../schemas/federal-price.ts';
import { holidaySetSchema } from '../schemas/holiday.ts';
import { municipalitySchema } from '../schemas/municipality.ts';
import { cardPageSchema, guideMetaSchema, guidePageSchema, sectionPageSchema } from '../schemas/page.ts';
import { requirementSchema } from '../schemas/requirement.ts';
import { sourceSchema } from '../schemas/source.ts';
import { finderNodeSchema } from '../schemas/card-finder.ts';

import type { Def, Schemaish } from './schema-walk.ts';

export interface FieldRow {
  /** `fees[].cards`: the field `cards` of each row under `fees:`. */
  path: string;
  type: string;
  /** `required`, `optional`, `default: …`, or when it is needed (a union's branch). */
  required: string;
  description: string;
}

const S = (s: unknown) => s as Schemaish;

/** Shared schemas, named once instead of being spelt out (matched by definition: `.describe()` keeps it). */
const NAMED = new Map<Def, string>([
  [S(isoDateSchema)._zod.def, 'date `YYYY-MM-DD`'],
  [S(clockTimeSchema)._zod.def, 'time `"HH:MM"` (24-hour clock, in quotes)'],
  [S(localizedSchema)._zod.def, 'text in `nl`, `fr` and `en`'],
  [S(sourceRefSchema)._zod.def, 'source id'],
  [S(sourcesSchema)._zod.def, 'list of source ids (at least 1)'],
  [S(centsSchema)._zod.def, 'euro cents (whole number, 0 or more)'],
  [S(cardRefSchema)._zod.def, 'card id'],
]);

const PLURAL: Record<string, string> = { 'card id': 'card ids', 'source id': 'source ids' };

const code = (v: unknown) => `\`${typeof v === 'string' ? v : JSON.stringify(v)}\``;

interface Layers {
  core: Schemaish;
  optional: boolean;
  nullable: boolean;
  hasDefault: boolean;
  defaultValue: unknown;
  description: string;
}

/** Peels optional/default/nullable wrappers, collecting the first description on the way. */
function peel(s: Schemaish): Layers {
  let cur = s;
  const out: Layers = { core: s, optional: false, nullable: false, hasDefault: false, defaultValue: undefined, description: '' };
  for (let i = 0; i < 20; i++) {
    if (!out.description && cur.description) out.description = cur.description;
    if (NAMED.has(cur._zod.def)) break;
    const def = cur._zod.def;
    if (def.type === 'optional' && def.innerType) out.optional = true;
    else if (def.type === 'nullable' && def.innerType) out.nullable = true;
    else if ((def.type === 'default' || def.type === 'prefault') && def.innerType) {
      out.hasDefault = true;
      out.defaultValue = def.defaultValue;
    } else if (def.type === 'readonly' && def.innerType) {
      /* transparent */
    } else break;
    cur = def.innerType!;
  }
  out.core = cur;
  return out;
}

function defaultText(v: unknown): string {
  if (Array.isArray(v)) return v.length === 0 ? 'default: empty list' : `default: ${v.map(code).join(', ')}`;
  if (v && typeof v === 'object') return Object.keys(v).length === 0 ? 'default: empty' : `default: ${code(v)}`;
  return `default: ${code(v)}`;
}

function stringType(def: Def): string {
  if (def.format === 'email') return 'e-mail address';
  if (def.format === 'url') return 'web address (`https://…`)';
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  const pattern = checks.find((c) => c.check === 'string_format' && c.format === 'regex')?.pattern?.source;
  const min = checks.find((c) => c.check === 'min_length')?.minimum;
  const max = checks.find((c) => c.check === 'max_length')?.maximum;
  if (pattern === '^[a-z0-9-]+$') return 'id (lower-case letters, digits, hyphens)';
  if (pattern === '^[0-9a-f]{8}$') return 'hash: 8 characters `0-9`, `a-f`, in quotes';
  if (pattern === '^\\d{4}$') return 'four digits, in quotes';
  if (pattern === '^[0-9 +/.]+$') return 'text of digits, spaces, `+`, `/` and `.`';
  if (pattern) return `text matching \`${pattern}\``;
  if (min !== undefined && max !== undefined) return `text of ${min} to ${max} characters`;
  if (min !== undefined && min > 1) return `text of at least ${min} characters`;
  return 'text';
}

function numberType(def: Def): string {
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  const int = checks.some((c) => c.check === 'number_format' && /int/.test(c.format ?? ''));
  const gt = checks.find((c) => c.check === 'greater_than');
  const bound = gt ? (gt.inclusive ? `, ${gt.value} or more` : `, more than ${gt.value}`) : '';
  return `${int ? 'whole number' : 'number'}${bound}`;
}

function scalarType(s: Schemaish): string | undefined {
  const named = NAMED.get(s._zod.def);
  if (named) return named;
  const def = s._zod.def;
  switch (def.type) {
    case 'string':
      return stringType(def);
    case 'number':
      return numberType(def);
    case 'boolean':
      return '`true` or `false`';
    case 'enum':
      return `one of ${Object.values(def.entries ?? {}).map(code).join(', ')}`;
    case 'literal':
      return (def.values ?? []).map(code).join(' or ');
    case 'pipe':
      return def.out ? typeOf(def.in?._zod.def.type === 'transform' ? def.out : def.in!) : undefined;
    case 'union': {
      const parts = (def.options ?? []).map((o) => typeOf(o));
      return parts.every((p) => p !== undefined) ? parts.join(', or ') : undefined;
    }
    default:
      return undefined;
  }
}

/** The type of a schema in words, or undefined for blocks and lists of blocks (they get rows of their own). */
function typeOf(s: Schemaish): string | undefined {
  const { core, nullable } = peel(s);
  const scalar = scalarType(core);
  if (scalar !== undefined) return nullable ? `${scalar}, or \`null\`` : scalar;
  const def = core._zod.def;
  if (def.type === 'array' && def.element) {
    const el = typeOf(def.element);
    if (el === undefined) return undefined;
    const min = (def.checks ?? []).map((c) => c._zod.def).find((c) => c.check === 'min_length')?.minimum;
    return `list of ${PLURAL[el] ?? el.replace(/^one of /, 'values from ')}${min ? ` (at least ${min})` : ''}`;
  }
  if (def.type === 'record' && def.keyType && def.valueType) return `map: ${typeOf(def.keyType)} → ${typeOf(def.valueType)}`;
  return undefined;
}

const isObject = (s: Schemaish) => s._zod.def.type === 'object';

/** The rows of one field (and of the fields inside it). */
function fieldRows(path: string, s: Schemaish, required: string | undefined, rows: FieldRow[]): void {
  const l = peel(s);
  const req = required ?? (l.hasDefault ? defaultText(l.defaultValue) : l.optional ? 'optional' : 'required');
  const type = typeOf(s);
  if (type !== undefined) {
    rows.push({ path, type, required: req, description: l.description });
    return;
  }
  const def = l.core._zod.def;
  if (def.type === 'object') {
    rows.push({ path, type: 'block of fields', required: req, description: l.description });
    objectRows(`${path}.`, l.core, rows);
  } else if (def.type === 'array' && def.element) {
    const min = (def.checks ?? []).map((c) => c._zod.def).find((c) => c.check === 'min_length')?.minimum;
    rows.push({ path, type: `list of blocks${min ? ` (at least ${min})` : ''}`, required: req, description: l.description });
    blockRows(`${path}[].`, def.element, rows);
  } else if (def.type === 'union' || def.type === 'discriminatedUnion') {
    rows.push({ path, type: def.discriminator ? `block of fields, by \`${def.discriminator}\`` : 'block of fields', required: req, description: l.description });
    blockRows(`${path}.`, l.core, rows);
  } else {
    rows.push({ path, type: def.type, required: req, description: l.description });
  }
}

function objectRows(prefix: string, s: Schemaish, rows: FieldRow[]): void {
  for (const [k, v] of Object.entries(s._zod.def.shape ?? {})) fieldRows(`${prefix}${k}`, v, undefined, rows);
}

/** Rows for a block: an object, or a union of objects (a fee row: total or surcharge; a validity: by kind). */
function blockRows(prefix: string, s: Schemaish, rows: FieldRow[]): void {
  const core = peel(s).core;
  const def = core._zod.def;
  if (def.type === 'object') return objectRows(prefix, core, rows);
  if (def.type !== 'union' || !def.options) return;
  const options = def.options.map((o) => peel(o).core).filter(isObject);
  const disc = def.discriminator;
  const keysOf = (o: Schemaish) => Object.keys(o._zod.def.shape ?? {});
  const order: string[] = [];
  for (const o of options) for (const k of keysOf(o)) if (!order.includes(k)) order.push(k);
  const valueOf = (o: Schemaish) => (peel(o._zod.def.shape![disc!]!).core._zod.def.values ?? [])[0];
  for (const k of order) {
    const having = options.filter((o) => keysOf(o).includes(k));
    const first = having[0]!._zod.def.shape![k]!;
    if (disc && k === disc) {
      const described = options.map((o) => o._zod.def.shape![k]!.description).filter(Boolean);
      rows.push({ path: `${prefix}${k}`, type: `one of ${options.map((o) => code(valueOf(o))).join(', ')}`, required: 'required', description: described.join(' ') });
      continue;
    }
    let required: string | undefined;
    if (having.length < options.length) {
      if (disc) {
        const base = peel(first);
        const when = `when ${disc} is ${having.map((o) => code(valueOf(o))).join(' or ')}`;
        required = `${base.hasDefault ? defaultText(base.defaultValue) : base.optional ? 'optional' : 'required'}, ${when}`;
      } else {
        // A field of one form only: name the fields that replace it in the other forms.
        const others = options.filter((o) => !having.includes(o)).flatMap((o) => keysOf(o).filter((x) => !having.some((h) => keysOf(h).includes(x))));
        required = `required: give this or ${others.map(code).join(' or ')}, not both`;
      }
    }
    fieldRows(`${prefix}${k}`, first, required, rows);
  }
}

export interface FileDoc {
  title: string;
  file: string;
  /** One or two sentences on the file as a whole. */
  about: string;
  list: boolean;
  schema: unknown;
}

/** The files an editor writes, in the order the reference lists them. */
export const FILES: FileDoc[] = [
  { title: 'Municipality', file: 'src/content/municipalities/<id>.yaml', about: 'Everything about one municipality; the file name is its id. Start one with `npm run new:municipality -- <id> "<Name>"`.', list: false, schema: municipalitySchema },
  { title: 'Card type', file: 'src/content/card-types/<id>.yaml', about: "The facts about one card type; the file name is the card id. The card's prose lives in the card pages.", list: false, schema: cardTypeSchema },
  { title: 'Federal prices', file: 'src/content/federal-prices.yaml', about: 'The federal production price per product and period. A list: each entry starts with `- id:`.', list: true, schema: federalPriceSchema },
  { title: 'What everyone brings', file: 'src/content/requirements.yaml', about: "The general requirement rules (a municipality's own rules use the same fields under `requirements:`). A list: each entry starts with `- id:`.", list: true, schema: requirementSchema },
  { title: 'Public holidays', file: 'src/content/holidays.yaml', about: 'The national public holidays in force, as dated sets. A list: each entry starts with `- id:`.', list: true, schema: holidaySetSchema },
  { title: 'Sources', file: 'src/content/sources.yaml', about: 'Every source a fact refers to. A list: each entry starts with `- id:`.', list: true, schema: sourceSchema },
  { title: 'Facts', file: 'src/content/facts.yaml', about: 'Single figures for texts (`<Fact id="…" />`, `{…}` in requirement texts). A list: each entry starts with `- id:`.', list: true, schema: factSchema },
  { title: 'Find your card', file: 'src/content/card-finder.yaml', about: 'The questions, answers and outcomes of “Find your card”, with the sources of each outcome. A list: each node starts with `- id:`; the first node is the first question. The texts live in `src/i18n/finder.ts`, keyed by node id.', list: true, schema: finderNodeSchema },
  { title: 'Guides (shared)', file: 'src/content/guides.yaml', about: 'What every language of a guide shares. A list: each entry starts with `- id:`.', list: true, schema: guideMetaSchema },
  { title: 'Card page', file: 'src/content/cards/<lang>/<id>.mdx', about: "The front matter of a card's own text, per language.", list: false, schema: cardPageSchema },
  { title: 'Card-page section', file: 'src/content/sections/<lang>/<id>.mdx', about: 'The front matter of a section every card page shares, per language.', list: false, schema: sectionPageSchema },
  { title: 'Guide', file: 'src/content/guides/<lang>/<id>.mdx', about: 'The front matter of a guide, per language.', list: false, schema: guidePageSchema },
];

/** Every field of one file's schema, as table rows. */
export function schemaRows(schema: unknown): FieldRow[] {
  const rows: FieldRow[] = [];
  blockRows('', S(schema), rows);
  return rows;
}

/** Code-like bits of a description (`<Fact id="…" />`, `src/content/<lang>/`) in backticks, `|` escaped, for a table cell. */
function cell(text: string): string {
  const wrapped = text
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/<[A-Z][^>]*\/>/g, (m) => `\`${m}\``).replace(/(^|\s)([^\s`]*<[a-z-]+>[^\s`]*?)(?=[.,;:)]?(\s|$))/g, (_m, pre: string, tok: string) => `${pre}\`${tok}\``)))
    .join('');
  return wrapped.replace(/\|/g, '\\|');
}

const anchor = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');

/** The whole of docs/fields.md. */
export function fieldReference(): string {
  const out: string[] = [
    '# Field reference',
    '',
    '<!-- Generated by `npm run docs:fields` from the schemas in src/schemas/ (their .describe() texts). Do not edit: change the schema, then run the command. -->',
    '',
    'Every field an editor can write, per file: its type or allowed values, whether it is',
    'required (or its default) and what it means. It is generated from the schemas the site and',
    '`npm run check` use, so it always matches them. How to work with these files:',
    '[editing.md](editing.md) (in Dutch: [bewerken.md](bewerken.md)).',
    '',
    'Reading a path: `fees[].cards` is the field `cards` of each row under `fees:`;',
    '`address.street` is `street` inside the `address:` block. *required* means required in its',
    'block: `address.street` is needed only when you write an `address:`.',
    '',
    `Contents: ${FILES.map((f) => `[${f.title}](#${anchor(f.title)})`).join(' · ')}`,
  ];
  for (const f of FILES) {
    out.push('', `## ${f.title}`, '', `\`${f.file}\`: ${f.about}`, '', '| field | type / allowed values | required | description |', '|---|---|---|---|');
    for (const r of schemaRows(f.schema)) out.push(`| \`${r.path}\` | ${cell(r.type)} | ${cell(r.required)} | ${cell(r.description)} |`);
  }
  return `${out.join('\n')}\n`;
}
