/**
 * Turns zod 4 issues into messages an editor can act on: the file, the field path
 * (`fees[3].validFrom`), the line, what was found, what is expected and a fix.
 *
 * Inspired by the error maps of Astro and Starlight: a union (a fee row has either `total` or
 * `surcharge`) is reported through the branch that fits best, and only what every branch
 * agrees on is reported when none fits better than another.
 */
import type { PathSegment, YamlText } from './load.ts';
import { fieldPath, showValue, type Problem } from './problem.ts';

/** The parts of a zod 4 issue this module reads (kept loose so it does not depend on zod's internal types). */
export interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  values?: unknown[];
  keys?: string[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  format?: string;
  pattern?: string;
  errors?: ZodIssueLike[][];
  note?: string;
  discriminator?: string;
  options?: unknown[];
}

export interface IssueContext {
  yaml: YamlText;
  /** The value that was validated (the whole file, or one entry of a list file). */
  data: unknown;
  /** Path of `data` inside the file (e.g. `[3]` for the fourth entry of a list file). */
  prefix?: PathSegment[];
  /** Field names the schemas know, to suggest a spelling for an unknown field. */
  knownFields?: readonly string[];
}

/** zod's own wording; a message from our schemas is used as written instead. */
const DEFAULT_MESSAGE = /^(Invalid|Too (small|big)|Unrecognized key|Expected (string|number|boolean|array|object)|Required)/;

export function issuesToProblems(issues: readonly ZodIssueLike[], ctx: IssueContext): Problem[] {
  const out: Problem[] = [];
  const seen = new Set<string>();
  for (const issue of flattenUnions(issues, [])) {
    for (const p of issueToProblems(issue, ctx)) {
      const key = `${p.field}|${p.message}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(p);
      }
    }
  }
  return out;
}

/**
 * Replaces each union issue by the issues of its best-fitting branch (fewest issues). When
 * branches tie, the issues they share are kept and the union's own message explains the rest.
 */
export function flattenUnions(issues: readonly ZodIssueLike[], base: PropertyKey[]): ZodIssueLike[] {
  const out: ZodIssueLike[] = [];
  for (const raw of issues) {
    const issue = { ...raw, path: [...base, ...raw.path] };
    if (issue.code !== 'invalid_union' || !issue.errors || issue.errors.length === 0) {
      out.push(issue);
      continue;
    }
    const branches = issue.errors.map((b) => flattenUnions(b, issue.path));
    const fewest = Math.min(...branches.map((b) => b.length));
    const best = branches.filter((b) => b.length === fewest);
    if (best.length === 1) {
      out.push(...best[0]!);
      continue;
    }
    const keyOf = (i: ZodIssueLike) => `${i.path.map(String).join('.')}|${i.code}|${i.message}`;
    const shared = best[0]!.filter((i) => best.every((b) => b.some((j) => keyOf(j) === keyOf(i))));
    out.push(...shared);
    if (shared.length < best[0]!.length) out.push({ ...issue, errors: [] });
  }
  return out;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg as string];
  }
  return v;
}

function expectedWords(expected: string | undefined): string {
  switch (expected) {
    case 'string':
      return 'a text';
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list: items on their own lines starting with "- ", or written [a, b]';
    case 'object':
      return 'a block of fields, indented under this line';
    case 'date':
      return 'a date written YYYY-MM-DD';
    default:
      return expected ? `a value of type ${expected}` : 'a different value';
  }
}

/** Levenshtein distance, for "did you mean" hints. */
export function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** The closest of `options` to `input` (case-insensitive), when it is close enough to be a typo. */
export function closest(input: string, options: readonly string[]): string | undefined {
  const q = input.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const o of options) {
    const d = distance(q, o.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = o;
    }
  }
  const limit = Math.max(1, Math.min(3, Math.floor(q.length / 3)));
  if (best !== undefined && bestD <= limit && best !== input) return best;
  // "phonenumber" for "phone", "cutoff" for "cutOff": one name inside the other.
  return options.find((o) => o.length >= 4 && q.length >= 4 && o !== input && (q.includes(o.toLowerCase()) || o.toLowerCase().includes(q)));
}

function issueToProblems(issue: ZodIssueLike, ctx: IssueContext): Problem[] {
  const prefix = ctx.prefix ?? [];
  const fullPath = [...prefix, ...(issue.path as PathSegment[])];
  const found = valueAt(ctx.data, issue.path);
  const custom = DEFAULT_MESSAGE.test(issue.message) ? undefined : issue.message;
  const base = { severity: 'error' as const, file: ctx.yaml.file };
  const at = (path: PathSegment[]) => ({ ...base, field: fieldPath(path) || undefined, line: ctx.yaml.lineOf(path) });
  const last = fullPath[fullPath.length - 1];
  const fieldName = typeof last === 'string' ? last : undefined;

  switch (issue.code) {
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((key) => {
        const guess = closest(key, ctx.knownFields ?? []);
        return {
          ...at([...fullPath, key]),
          rule: 'unknown-field',
          message: `unknown field "${key}": the site would ignore it.${guess ? ` Did you mean "${guess}"?` : ''}`,
          fix: guess ? `Write ${guess}: instead of ${key}: (capitals count), or remove the line.` : 'Correct the spelling (capitals count) or remove the line.',
          meant: guess,
        };
      });
    case 'invalid_type': {
      if (found === undefined) {
        return [
          {
            ...at(fullPath),
            rule: 'missing-field',
            message: `is missing. ${custom ?? `Expected ${expectedWords(issue.expected)}.`}`,
            fix: fieldName ? `Add the line "${fieldName}: …" to this block.` : 'Add the missing entry.',
          },
        ];
      }
      if (issue.expected === 'int' && typeof found === 'number') {
        const cents = Math.round(found * 100);
        const looksLikeEuro = Math.abs(found * 100 - cents) < 1e-6;
        return [
          {
            ...at(fullPath),
            rule: 'whole-number',
            message: `found ${found}; expected a whole number${custom ? `. ${custom}` : '.'}`,
            fix: /cents/.test(custom ?? '') && looksLikeEuro ? `If you meant EUR ${found.toFixed(2)}, write ${cents}.` : 'Write a whole number without a decimal point.',
          },
        ];
      }
      return [
        {
          ...at(fullPath),
          rule: 'wrong-type',
          message: `found ${showValue(found)}${custom ? said(custom) : `; expected ${expectedWords(issue.expected)}.`}`,
          fix: found === null ? 'Write a value after the colon, or remove the line when the field is optional.' : /euro cents/.test(custom ?? '') ? centsFix(found) : undefined,
        },
      ];
    }
    case 'invalid_value': {
      const options = (issue.values ?? []).map(String);
      const guess = typeof found === 'string' ? closest(found, options) : undefined;
      return [
        {
          ...at(fullPath),
          rule: 'not-allowed-value',
          message: `found ${showValue(found)}; expected one of: ${options.join(', ')}.${guess ? ` Did you mean "${guess}"?` : ''}`,
          fix: 'Use one of the listed words exactly as written (lower case).',
        },
      ];
    }
    case 'invalid_union': {
      if (issue.note === 'No matching discriminator' && issue.discriminator) {
        const options = (issue.options ?? []).map(String);
        const dpath = issue.path[issue.path.length - 1] === issue.discriminator ? fullPath : [...fullPath, issue.discriminator];
        const dfound = valueAt(ctx.data, issue.path[issue.path.length - 1] === issue.discriminator ? issue.path : [...issue.path, issue.discriminator]);
        const guess = typeof dfound === 'string' ? closest(dfound, options) : undefined;
        return [
          {
            ...at(dpath),
            rule: 'not-allowed-value',
            message: `found ${showValue(dfound)}; expected one of: ${options.join(', ')}.${guess ? ` Did you mean "${guess}"?` : ''}`,
            fix: 'The kind decides which other fields this block needs: see docs/editing.md.',
          },
        ];
      }
      return [{ ...at(fullPath), rule: 'no-variant-fits', message: custom ?? 'this block does not fit any of the allowed forms.', fix: custom ? undefined : 'Compare it with a similar block in another file.' }];
    }
    case 'too_small': {
      if (issue.origin === 'array') {
        const n = Array.isArray(found) ? found.length : 0;
        return [{ ...at(fullPath), rule: 'too-few', message: `the list has ${n} item${n === 1 ? '' : 's'}; at least ${String(issue.minimum)} needed.${custom ? ` ${custom}` : ''}` }];
      }
      if (issue.origin === 'string') {
        const len = typeof found === 'string' ? found.trim().length : 0;
        return [
          {
            ...at(fullPath),
            rule: 'too-short',
            message: len === 0 ? `is empty. ${custom ?? 'Write a text.'}` : `is too short (${len} characters; at least ${String(issue.minimum)}). ${custom ?? ''}`.trim(),
          },
        ];
      }
      return [{ ...at(fullPath), rule: 'too-small', message: `found ${showValue(found)}${custom ? said(custom) : `; it must be at least ${String(issue.minimum)}.`}` }];
    }
    case 'too_big': {
      if (issue.origin === 'string') {
        const len = typeof found === 'string' ? found.length : 0;
        return [{ ...at(fullPath), rule: 'too-long', message: `is too long (${len} characters; at most ${String(issue.maximum)}). ${custom ?? 'Shorten it.'}` }];
      }
      if (issue.origin === 'array') {
        return [{ ...at(fullPath), rule: 'too-many', message: `the list is too long (at most ${String(issue.maximum)} items). ${custom ?? ''}`.trim() }];
      }
      return [{ ...at(fullPath), rule: 'too-big', message: `found ${showValue(found)}${custom ? said(custom) : `; it must be at most ${String(issue.maximum)}.`}` }];
    }
    case 'invalid_format': {
      const expected =
        issue.format === 'email'
          ? 'an e-mail address such as bevolking@gemeente.be.'
          : issue.format === 'url'
            ? 'a full web address starting with https://'
            : issue.format === 'regex'
              ? patternWords(issue.pattern)
              : `a value in the ${issue.format ?? 'expected'} format.`;
      const message = `found ${showValue(found)}${custom ? said(custom) : `; expected ${expected}`}`;
      return [{ ...at(fullPath), rule: 'wrong-format', message, fix: formatFix(found, message) }];
    }
    default: {
      const impossibleDay = /does not exist in the calendar/.test(issue.message);
      return [
        {
          ...at(fullPath),
          rule: 'invalid-value',
          message: `found ${showValue(found)}${said(issue.message)}`,
          fix: impossibleDay ? 'February has 28 days (29 in leap years); April, June, September and November have 30. Dates are written YYYY-MM-DD.' : /YYYY-MM-DD/.test(issue.message) ? dateFix(found) : undefined,
        },
      ];
    }
  }
}

function patternWords(pattern: string | undefined): string {
  if (pattern === '/^[a-z0-9-]+$/') return 'lower-case letters a-z, digits and hyphens only (no spaces, capitals or accents).';
  return `text of the form ${pattern ?? 'shown in docs/editing.md'}.`;
}

/** Joins a schema message to "found …": `; expected …` when it states an expectation, else a new sentence. */
function said(message: string): string {
  return /^Expected /.test(message) ? `; expected ${message.slice('Expected '.length)}` : `. ${message}`;
}

/** "26,10", "€26", "EUR 26.10" → the amount in cents, when the text is an amount in euro. */
function centsFix(found: unknown): string {
  const general = 'Write the amount in whole euro cents, digits only: 2540 for EUR 25.40 (no comma, point or € sign).';
  if (typeof found !== 'string') return general;
  const text = found.replace(/€|\beuros?\b|\beur\b/gi, '').replace(/\s+/g, '').replace(',', '.');
  if (!/^\d+(?:\.\d{1,2})?$/.test(text)) return general;
  const euro = Number(text);
  const cents = Math.round(euro * 100);
  return `If you meant EUR ${euro.toFixed(2)}, write ${cents} (the amount in whole euro cents: no comma, point or € sign).`;
}

/** "01/01/2027", "1.1.2027", "01-01-2027" (day first, as in Belgium) → `2027-01-01`. */
function dateFix(found: unknown): string {
  const general = 'Write the date as year-month-day: 2027-01-31.';
  const m = typeof found === 'string' ? /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(found.trim()) : null;
  if (!m) return general;
  const [day, month, year] = [Number(m[1]), Number(m[2]), m[3]!];
  if (month < 1 || month > 12 || day < 1 || day > 31) return general;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return `If you meant ${day} ${MONTHS[month - 1]} ${year}, write ${iso} (year-month-day).`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A concrete fix for a value of the wrong form: a time, a phone number. */
function formatFix(found: unknown, message: string): string | undefined {
  if (typeof found !== 'string') return undefined;
  if (/HH:MM/.test(message)) {
    const m = /^(\d{1,2})\s*(?:u|h|\.|:|uur)\s*(\d{2})?$/i.exec(found.trim());
    if (m) {
      const [h, min] = [Number(m[1]), Number(m[2] ?? '0')];
      if (h <= 23 && min <= 59) return `Write "${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}" (hours:minutes on a 24-hour clock, in quotes).`;
    }
    return 'Write the time as "HH:MM" in quotes, from "00:00" to "23:59": "14:30" for half past two in the afternoon.';
  }
  if (/phone number/.test(message)) {
    const bad = [...new Set(found.replace(/[0-9 +/.]/g, ''))];
    const guess = found.replace(/[Oo]/g, '0').replace(/[Il]/g, '1');
    const wrong = bad.map((c) => `"${c}"`).join(', ');
    return /^[0-9 +/.]+$/.test(guess) && guess !== found
      ? `Remove ${wrong}: if you meant ${guess}, write that (a letter O or I is often typed for 0 or 1).`
      : `Remove ${wrong}: write the number with digits, spaces, + / and dots only, e.g. 02 600 15 21.`;
  }
  return undefined;
}
