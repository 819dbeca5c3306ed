/** One thing an editor must fix (error) or should look at (warning). */
export interface Problem {
  severity: 'error' | 'warning';
  /** Short stable name of the rule, e.g. `fee-overlap` (used by tests and in docs/editing.md). */
  rule: string;
  /** Path relative to the site root, with forward slashes. */
  file: string;
  /** 1-based line in that file, when known. */
  line?: number | undefined;
  /** 1-based column on that line, when the place is that precise (MDX syntax). */
  column?: number | undefined;
  /** Field path such as `fees[3].validFrom`; empty for the file as a whole. */
  field?: string | undefined;
  /** What is wrong: what was found and what is expected, in plain words. */
  message: string;
  /** What to do about it. */
  fix?: string | undefined;
  /** For an unknown field: the known field name it is probably a misspelling of (`validFrom` for `validfrom`). */
  meant?: string | undefined;
}

/** `['fees', 3, 'validFrom']` → `fees[3].validFrom`. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}

/** Shows a found value in a message: strings in quotes, lists and blocks described in words. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return value.trim() === '' ? 'an empty text' : JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an unreadable date' : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object') return 'a block of fields';
  return String(value);
}
