/**
 * The data texts of the languages the data files do not write (src/content/translations/<lang>.yaml,
 * keyed by the Dutch text; see src/lib/data-translations.ts):
 * - a file that cannot be read, an empty translation or a text translated twice: an error;
 * - a translation that drops or adds a {placeholder} of its Dutch text (a figure would vanish): an error;
 * - a line whose Dutch text no longer appears in any data file (the Dutch text changed): a warning;
 * - per language, how many of the Dutch texts are translated (the translation status).
 */
import { LANGUAGES, isWrittenLang } from '../i18n/languages.ts';
import { dataKey, writtenTexts } from '../lib/data-translations.ts';
import { dataTranslationFile, readDataTranslationFile } from '../data/data-translations.ts';
import type { Model } from './model.ts';
import type { Problem } from './problem.ts';

export interface DataTextStatus {
  present: number;
  expected: number;
  /** Dutch texts without a translation (they are shown in the fallback language). */
  missing: string[];
}

const placeholders = (s: string) => [...s.matchAll(/\{[^{}\s]+\}/g)].map((m) => m[0]).sort().join(' ');

/** Every Dutch text of the data files, by key. */
export function dutchDataTexts(model: Model): Set<string> {
  const keys = new Set<string>();
  const lists = [model.cardTypes, model.municipalities, model.federalPrices, model.sources, model.facts, model.requirements, model.guideMeta, model.holidays, model.finder] as Array<Array<{ data?: unknown }>>;
  for (const list of lists) for (const e of list) for (const t of writtenTexts(e.data)) keys.add(dataKey(t.nl));
  return keys;
}

export function checkDataTranslations(model: Model, root: string): { problems: Problem[]; status: Map<string, DataTextStatus> } {
  const dutch = dutchDataTexts(model);
  const problems: Problem[] = [];
  const status = new Map<string, DataTextStatus>();
  for (const l of LANGUAGES) {
    if (isWrittenLang(l.code)) continue;
    const file = dataTranslationFile(l.code);
    const read = readDataTranslationFile(l.code, root);
    problems.push(...read.problems.map((p): Problem => ({ severity: 'error', rule: 'data-translation', file: p.file, line: p.line, message: p.message })));
    for (const [key, text] of read.texts) {
      const line = read.lines.get(key);
      if (!dutch.has(key)) {
        problems.push({ severity: 'warning', rule: 'data-translation-stale', file, line, message: `no data file has the Dutch text "${key}" any more (it was changed or removed), so this ${l.english} translation is not used.`, fix: 'Translate the new Dutch text (npm run translations lists it as missing), then remove this line.' });
      } else if (placeholders(key) !== placeholders(text)) {
        problems.push({ severity: 'error', rule: 'data-translation-placeholder', file, line, message: `the ${l.english} text does not have the same {placeholders} as its Dutch text (Dutch: ${placeholders(key) || 'none'}; ${l.english}: ${placeholders(text) || 'none'}). A figure or name would be lost.`, fix: 'Keep every {…} of the Dutch text, written exactly the same, in the translation.' });
      }
    }
    const missing = [...dutch].filter((k) => !read.texts.has(k)).sort();
    status.set(l.code, { present: dutch.size - missing.length, expected: dutch.size, missing });
  }
  return { problems, status };
}
