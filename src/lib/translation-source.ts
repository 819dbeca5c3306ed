/**
 * Does a translation follow the current Dutch text? Each translated page (card page, guide,
 * shared section) records in its front matter a short hash of every part of the Dutch page it
 * was made from:
 *
 * ```yaml
 * source:
 *   description: "3f2a9c1b"
 *   sections:
 *     intro: "0c4e8d21"
 *     voor-wie-is-deze-kaart: "9ab03f6e"
 * ```
 *
 * The parts are the translatable front-matter fields (`title`, `description`) and the body
 * split at its `##` headings (the text before the first heading is `intro`; a section's key is
 * its Dutch heading written in lower case with hyphens). A hash is the first 8 hex digits of
 * the SHA-256 of the part's text with every run of white space turned into one space, so
 * re-wrapping a paragraph changes nothing and any change of words does.
 *
 * {@link translationState} compares a recorded `source:` with the current Dutch page; pure and
 * build-time only (it uses node:crypto).
 */
import { createHash } from 'node:crypto';
import { parse } from 'yaml';

/** Front-matter fields whose text is translated (and so recorded in `source:`). */
export const TRANSLATED_FIELDS = ['title', 'description'] as const;
export type TranslatedField = (typeof TRANSLATED_FIELDS)[number];

/** Key of the text before the first `##` heading. */
export const INTRO_KEY = 'intro';

/** The front-matter field a translation records its Dutch source in. */
export const SOURCE_FIELD = 'source';

/** What a translation records: a hash per translated field and per section of its Dutch page. */
export interface SourceRecord {
  title?: string;
  description?: string;
  sections: Record<string, string>;
}

/** One part of a Dutch page: a front-matter field or a section of the body. */
export interface SourcePart {
  /** `title`, `description`, or `sections.<key>`. */
  key: string;
  /** What an editor recognises: the Dutch heading, `the title`, `the text before the first heading`. */
  label: string;
  /** Line of the part in the Dutch file (the heading line for a section), when known. */
  line?: number | undefined;
  hash: string;
}

/** The Dutch page a translation follows: its body and its front matter (parsed). */
export interface SourceText {
  body: string;
  frontMatter: Record<string, unknown>;
  /** Line of the file where the body starts (1 when the text has no front matter). Default: 1. */
  bodyLine?: number;
  /** Lines of the front-matter fields, when known (for messages). */
  fieldLines?: Partial<Record<TranslatedField, number>>;
}

/** First 8 hex digits of the SHA-256 of `text` with white space normalised. */
export function partHash(text: string): string {
  const normalised = text.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalised, 'utf8').digest('hex').slice(0, 8);
}

/** A Dutch heading as a key: lower case, accents dropped, anything else a hyphen (`Wat kost het?` → `wat-kost-het`). */
export function headingKey(heading: string): string {
  const key = heading
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return key || 'section';
}

export interface BodySection {
  key: string;
  /** The heading as written (without `## `); empty for the intro. */
  heading: string;
  /** Line within the body (1-based) of the heading, or of the intro's first line. */
  line: number;
  /** The heading line and the text under it, up to the next `##` heading. */
  text: string;
}

/**
 * The body split at its level-2 headings (`## …`; `###` and deeper stay inside their section,
 * and lines inside ``` or ~~~ fences are never headings). A blank intro is left out; keys that
 * would repeat get `-2`, `-3`, ….
 */
export function splitSections(body: string): BodySection[] {
  const lines = body.split(/\r?\n/);
  const out: Array<{ heading: string; line: number; lines: string[] }> = [{ heading: '', line: 1, lines: [] }];
  let fence: string | undefined;
  lines.forEach((l, i) => {
    const f = /^\s*(`{3,}|~{3,})/.exec(l);
    if (f) {
      if (!fence) fence = f[1]![0];
      else if (f[1]![0] === fence) fence = undefined;
    }
    const h = fence ? null : /^##[ \t]+(.*?)[ \t]*#*[ \t]*$/.exec(l);
    if (h && !l.startsWith('###')) out.push({ heading: h[1]!, line: i + 1, lines: [l] });
    else out[out.length - 1]!.lines.push(l);
  });
  const used = new Set<string>([INTRO_KEY]);
  const sections: BodySection[] = [];
  for (const [i, s] of out.entries()) {
    const text = s.lines.join('\n');
    if (i === 0) {
      if (text.trim() === '') continue;
      const first = s.lines.findIndex((l) => l.trim() !== '');
      sections.push({ key: INTRO_KEY, heading: '', line: first + 1, text });
      continue;
    }
    const base = headingKey(s.heading);
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
    used.add(key);
    sections.push({ key, heading: s.heading, line: s.line, text });
  }
  return sections;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Reads a whole MDX text (front matter and body) as a {@link SourceText}. */
export function readSourceText(text: string): SourceText {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { body: text, frontMatter: {}, bodyLine: 1 };
  let frontMatter: Record<string, unknown> = {};
  try {
    const data: unknown = parse(m[1] ?? '');
    if (data && typeof data === 'object' && !Array.isArray(data)) frontMatter = data as Record<string, unknown>;
  } catch {
    frontMatter = {};
  }
  const bodyLine = m[0].split('\n').length - (m[0].endsWith('\n') ? 0 : 1);
  return { body: text.slice(m[0].length), frontMatter, bodyLine };
}

const FIELD_LABEL: Record<TranslatedField, string> = { title: 'the title', description: 'the description' };

/** Every part of a Dutch page with its current hash, front-matter fields first. */
export function sourceParts(source: SourceText): SourcePart[] {
  const parts: SourcePart[] = [];
  for (const f of TRANSLATED_FIELDS) {
    const v = source.frontMatter[f];
    if (typeof v === 'string' && v.trim() !== '') parts.push({ key: f, label: FIELD_LABEL[f], line: source.fieldLines?.[f], hash: partHash(v) });
  }
  const offset = (source.bodyLine ?? 1) - 1;
  for (const s of splitSections(source.body)) {
    parts.push({
      key: `sections.${s.key}`,
      label: s.key === INTRO_KEY ? 'the text before the first heading' : `"${s.heading}"`,
      line: s.line + offset,
      hash: partHash(s.text),
    });
  }
  return parts;
}

/** The record a translation of `source` writes in its front matter now. */
export function sourceRecord(source: SourceText): SourceRecord {
  const record: SourceRecord = { sections: {} };
  for (const p of sourceParts(source)) {
    if (p.key.startsWith('sections.')) record.sections[p.key.slice('sections.'.length)] = p.hash;
    else record[p.key as TranslatedField] = p.hash;
  }
  return record;
}

export interface TranslationState {
  /**
   * `up-to-date`: every recorded hash matches the Dutch page. `behind`: a part changed, was
   * added or was removed since the translation was made. `unmarked`: the translation records
   * no `source:` (it was never compared with the Dutch page by hash).
   */
  state: 'up-to-date' | 'behind' | 'unmarked';
  /** Parts whose Dutch text changed since the translation was made. */
  changed: SourcePart[];
  /** Parts of the Dutch page the translation has no record of (added to the Dutch page since). */
  added: SourcePart[];
  /** Recorded parts that the Dutch page no longer has (key as recorded, e.g. `sections.old-heading`). */
  removed: string[];
}

/** The `source:` record of a translation's front matter, or undefined when it has none or it is not a record. */
export function readRecord(translationFrontMatter: unknown): SourceRecord | undefined {
  if (!translationFrontMatter || typeof translationFrontMatter !== 'object') return undefined;
  const raw = (translationFrontMatter as Record<string, unknown>)[SOURCE_FIELD];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const r = raw as Record<string, unknown>;
  const record: SourceRecord = { sections: {} };
  for (const f of TRANSLATED_FIELDS) if (r[f] !== undefined && r[f] !== null) record[f] = String(r[f]);
  if (r.sections && typeof r.sections === 'object' && !Array.isArray(r.sections)) {
    for (const [k, v] of Object.entries(r.sections as Record<string, unknown>)) record.sections[k] = String(v);
  }
  return record;
}

/**
 * Whether a translation follows its Dutch source. `source` is the Dutch page (its whole MDX
 * text, or its body and front matter); `translationFrontMatter` is the translation's front
 * matter (parsed), whose `source:` record says which Dutch text it was made from.
 */
export function translationState(source: string | SourceText, translationFrontMatter: unknown): TranslationState {
  const parts = sourceParts(typeof source === 'string' ? readSourceText(source) : source);
  const record = readRecord(translationFrontMatter);
  if (!record) return { state: 'unmarked', changed: [], added: [], removed: [] };
  const recorded = new Map<string, string>();
  for (const f of TRANSLATED_FIELDS) if (record[f] !== undefined) recorded.set(f, record[f]!);
  for (const [k, v] of Object.entries(record.sections)) recorded.set(`sections.${k}`, v);
  const changed: SourcePart[] = [];
  const added: SourcePart[] = [];
  for (const p of parts) {
    const h = recorded.get(p.key);
    if (h === undefined) added.push(p);
    else if (h !== p.hash) changed.push(p);
  }
  const current = new Set(parts.map((p) => p.key));
  const removed = [...recorded.keys()].filter((k) => !current.has(k));
  const behind = changed.length + added.length + removed.length > 0;
  return { state: behind ? 'behind' : 'up-to-date', changed, added, removed };
}

const PLAIN_KEY = /^[a-z][a-z0-9-]*$/;
const YAML_WORDS = new Set(['y', 'n', 'yes', 'no', 'on', 'off', 'true', 'false', 'null']);
const yamlKey = (k: string) => (PLAIN_KEY.test(k) && !YAML_WORDS.has(k) ? k : JSON.stringify(k));

/** The `source:` block for a front matter, in YAML (hashes in quotes so YAML never reads them as numbers). */
export function formatRecord(record: SourceRecord, eol = '\n'): string {
  const lines = [`${SOURCE_FIELD}:`];
  for (const f of TRANSLATED_FIELDS) if (record[f] !== undefined) lines.push(`  ${f}: "${record[f]}"`);
  const keys = Object.keys(record.sections);
  if (keys.length === 0) lines.push('  sections: {}');
  else {
    lines.push('  sections:');
    for (const k of keys) lines.push(`    ${yamlKey(k)}: "${record.sections[k]}"`);
  }
  return lines.join(eol);
}

/**
 * `text` (a whole MDX file) with its front matter's `source:` block replaced by `record` (or
 * added at the end of the front matter). Every other line stays as it is. Undefined when the
 * text has no front matter.
 */
export function withRecord(text: string, record: SourceRecord): string | undefined {
  const m = FRONT_MATTER.exec(text);
  if (!m) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = (m[1] ?? '').split(/\r?\n/);
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (/^source[ \t]*:/.test(lines[i]!)) {
      // Skip the block: the key line and every following line that is indented or blank.
      while (i + 1 < lines.length && (/^[ \t]/.test(lines[i + 1]!) || lines[i + 1]!.trim() === '')) i++;
      continue;
    }
    kept.push(lines[i]!);
  }
  while (kept.length > 0 && kept[kept.length - 1]!.trim() === '') kept.pop();
  const front = [...kept, formatRecord(record, eol)].join(eol);
  const closing = m[0].slice(m[0].lastIndexOf('---'));
  return `---${eol}${front}${eol}${closing}${text.slice(m[0].length)}`;
}
