/**
 * Reads src/content/translations/<lang>.yaml for every language that the data files do not write
 * (see src/lib/data-translations.ts). A file that is missing is an empty set (every text falls
 * back); a broken file stops the build with its file, line and the fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { LANGUAGES, isWrittenLang } from '../i18n/languages.ts';
import { dataKey, type DataTranslations } from '../lib/data-translations.ts';

export const DATA_TRANSLATIONS_DIR = 'src/content/translations';

export interface DataTranslationProblem {
  file: string;
  line: number;
  message: string;
}

/** The file of a language's data texts, relative to the project. */
export const dataTranslationFile = (lang: string) => `${DATA_TRANSLATIONS_DIR}/${lang}.yaml`;

/** Reads one language's file: its texts, and what is wrong in it (with lines). */
export function readDataTranslationFile(lang: string, root = process.cwd()): { texts: Map<string, string>; lines: Map<string, number>; problems: DataTranslationProblem[] } {
  const file = dataTranslationFile(lang);
  const path = resolve(root, file);
  const texts = new Map<string, string>();
  const lines = new Map<string, number>();
  const problems: DataTranslationProblem[] = [];
  if (!existsSync(path)) return { texts, lines, problems };
  const source = readFileSync(path, 'utf8');
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : source.slice(0, offset).split('\n').length);
  const doc = parseDocument(source, { keepSourceTokens: false });
  for (const e of doc.errors) problems.push({ file, line: e.linePos?.[0]?.line ?? 1, message: `${e.message.split('\n')[0]} Fix: write each text as "Dutch text": "translation", one per line, both in double quotes.` });
  if (doc.errors.length) return { texts, lines, problems };
  const contents = doc.contents as { items?: Array<{ key: { value?: unknown; range?: number[] } | null; value: { value?: unknown } | null }> } | null;
  if (contents === null) return { texts, lines, problems };
  if (!Array.isArray(contents.items)) {
    problems.push({ file, line: 1, message: 'Expected a list of "Dutch text": "translation" lines. Fix: write each text on its own line as "Dutch text": "translation".' });
    return { texts, lines, problems };
  }
  for (const item of contents.items) {
    const line = lineOf(item.key?.range?.[0]);
    const key = item.key?.value;
    const value = item.value?.value;
    if (typeof key !== 'string' || key.trim() === '') problems.push({ file, line, message: 'A line without its Dutch text. Fix: write "Dutch text": "translation".' });
    else if (typeof value !== 'string' || value.trim() === '') problems.push({ file, line, message: `The translation of "${key}" is empty. Fix: write the translation after the colon, or remove the line (the page then shows the fallback language).` });
    else {
      const k = dataKey(key);
      if (texts.has(k)) problems.push({ file, line, message: `"${key}" is translated twice (first on line ${lines.get(k)}). Fix: keep one of the two lines.` });
      texts.set(k, value.trim());
      lines.set(k, line);
    }
  }
  return { texts, lines, problems };
}

let cache: { translations: DataTranslations; problems: DataTranslationProblem[] } | undefined;

/** Every language's data texts (read once per build). */
export function dataTranslations(root = process.cwd()): { translations: DataTranslations; problems: DataTranslationProblem[] } {
  if (cache && root === process.cwd()) return cache;
  const translations = new Map<string, ReadonlyMap<string, string>>();
  const problems: DataTranslationProblem[] = [];
  for (const l of LANGUAGES) {
    if (isWrittenLang(l.code)) continue;
    const r = readDataTranslationFile(l.code, root);
    translations.set(l.code, r.texts);
    problems.push(...r.problems);
  }
  const result = { translations, problems };
  if (root === process.cwd()) cache = result;
  return result;
}
