/**
 * Which text a page shows in a language, and what the page must say about it. A page's prose is
 * stored per language (`<lang>/<id>` entries of cards, sections and guides). A language without
 * the file shows the text of its first fallback language that has it (src/i18n/languages.ts),
 * never silently: the page carries a notice. A translation records the Dutch text it follows
 * (its `source:` hashes), so a page whose Dutch text changed since says so.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { language, type Lang } from '../i18n/languages.ts';
import { partHash, readSourceText, sourceParts, translationState } from '../lib/translation-source.ts';

interface Entry {
  id: string;
  filePath?: string | undefined;
  data: object;
}

export interface PageText<E extends Entry> {
  entry: E;
  /** The language the text is written in (the page's own, or its fallback). */
  textLang: Lang;
  /** True when the page's language has no text of its own and shows `textLang`'s. */
  fallback: boolean;
  /** For a translation: does it follow the current Dutch text? `null` for Dutch itself. */
  state: 'up-to-date' | 'behind' | 'unmarked' | null;
  /** A short code of the Dutch text the page was made from (its parts' hashes, hashed). */
  version: string | undefined;
}

const raw = new Map<string, string | undefined>();
function fileText(e: Entry): string | undefined {
  if (!e.filePath) return undefined;
  if (!raw.has(e.filePath)) {
    try {
      raw.set(e.filePath, readFileSync(resolve(process.cwd(), e.filePath), 'utf8'));
    } catch {
      raw.set(e.filePath, undefined);
    }
  }
  return raw.get(e.filePath);
}

/** The version of a Dutch page: one short hash over the hashes of its parts. */
export function dutchVersion(nl: Entry): string | undefined {
  const text = fileText(nl);
  return text === undefined ? undefined : partHash(sourceParts(readSourceText(text)).map((p) => `${p.key}:${p.hash}`).join(' '));
}

/** The text of page `id` (e.g. a card id, a section id, a guide id) in `lang`, or its fallback. */
export function pageText<E extends Entry>(entries: readonly E[], lang: Lang, id: string): PageText<E> | undefined {
  const find = (l: Lang) => entries.find((e) => e.id === `${l}/${id}`);
  const nl = find('nl');
  for (const l of [lang, ...language(lang).fallback] as Lang[]) {
    const entry = find(l);
    if (!entry) continue;
    let state: PageText<E>['state'] = null;
    if (l !== 'nl' && nl) {
      const source = fileText(nl);
      state = source === undefined ? 'unmarked' : translationState(source, entry.data).state;
    }
    return { entry, textLang: l, fallback: l !== lang, state, version: nl ? dutchVersion(nl) : undefined };
  }
  return undefined;
}
