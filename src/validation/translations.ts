/**
 * Translation status: per language, which card pages, guides and shared sections are missing,
 * and which translations no longer follow their Dutch page. A translation records, in its
 * front matter's `source:`, a hash of each part of the Dutch page it was made from (the title,
 * the description, each `##` section; see src/lib/translation-source.ts); the report compares
 * them with the Dutch page as it is now and names the parts that changed, were added or were
 * removed. No git history is needed: a fresh clone reports the same as the editor's tree.
 */
import type { DataTextStatus } from './data-translations.ts';
import { LANGS, type Lang } from '../schemas/common.ts';
import { translationState, TRANSLATED_FIELDS, type SourcePart, type SourceText } from '../lib/translation-source.ts';
import type { Model, PageEntry } from './model.ts';
import type { MdxFile } from './load.ts';

export type TranslationStatus = 'missing' | 'no-dutch-source' | 'not-marked' | 'behind' | 'source-on-dutch-page';

export type TranslationKind = 'card page' | 'guide' | 'section';

export interface TranslationItem {
  kind: TranslationKind;
  id: string;
  lang: Lang;
  status: TranslationStatus;
  /** The file that is missing or needs work. */
  file: string;
  detail: string;
  /** For `behind`: the Dutch parts that changed since the translation was made. */
  changed?: SourcePart[];
  /** For `behind`: the Dutch parts the translation has no record of (new in the Dutch page). */
  added?: SourcePart[];
  /** For `behind`: recorded parts the Dutch page no longer has (e.g. `sections.old-heading`). */
  removed?: string[];
}

type Count = { present: number; expected: number };

export interface TranslationReport {
  /** Per language: how many pages exist of how many expected, and what needs work. */
  langs: Record<Lang, { cardPages: Count; guides: Count; sections: Count; items: TranslationItem[]; dataTexts?: DataTextStatus | undefined }>;
}

/** The Dutch page as a source text for {@link translationState}, with line numbers of its file. */
export function sourceTextOf(mdx: MdxFile, frontMatter: unknown): SourceText {
  const fm = frontMatter && typeof frontMatter === 'object' && !Array.isArray(frontMatter) ? (frontMatter as Record<string, unknown>) : {};
  const fieldLines: SourceText['fieldLines'] = {};
  for (const f of TRANSLATED_FIELDS) {
    const line = mdx.frontMatter.lineOf([f]);
    if (line !== undefined && fm[f] !== undefined) fieldLines[f] = line;
  }
  return { body: mdx.body, frontMatter: fm, bodyLine: mdx.bodyLine, fieldLines };
}

export function translationReport(model: Model, dataTexts?: ReadonlyMap<string, DataTextStatus>): TranslationReport {
  const empty = () => ({ cardPages: { present: 0, expected: 0 }, guides: { present: 0, expected: 0 }, sections: { present: 0, expected: 0 }, items: [] as TranslationItem[] });
  const report: TranslationReport = { langs: Object.fromEntries(LANGS.map((l) => [l, { ...empty(), dataTexts: dataTexts?.get(l) }])) as TranslationReport['langs'] };

  const dutchIds = (pages: PageEntry<unknown>[]) => [...new Set(pages.filter((g) => g.mdx.folder === 'nl').map((g) => g.mdx.name))].sort();
  const groups: Array<{ kind: TranslationKind; dir: string; pages: PageEntry<unknown>[]; expected: string[]; key: 'cardPages' | 'guides' | 'sections' }> = [
    { kind: 'card page', dir: 'src/content/cards', pages: model.cardPages, expected: model.cardTypes.map((c) => c.id).sort(), key: 'cardPages' },
    { kind: 'guide', dir: 'src/content/guides', pages: model.guides, expected: dutchIds(model.guides), key: 'guides' },
    { kind: 'section', dir: 'src/content/sections', pages: model.sections, expected: dutchIds(model.sections), key: 'sections' },
  ];

  for (const { kind, dir, pages, expected, key } of groups) {
    const find = (lang: string, id: string) => pages.find((p) => p.mdx.folder === lang && p.mdx.name === id);
    for (const lang of LANGS) {
      const r = report.langs[lang];
      r[key].expected = expected.length;
      for (const id of expected) {
        const page = find(lang, id);
        const file = `${dir}/${lang}/${id}.mdx`;
        if (!page) {
          r.items.push({ kind, id, lang, status: 'missing', file, detail: lang === 'nl' ? 'the Dutch source page is missing' : 'not translated yet' });
          continue;
        }
        r[key].present++;
        const raw = page.raw as Record<string, unknown> | undefined;
        if (lang === 'nl') {
          if (raw && raw.source !== undefined) {
            r.items.push({ kind, id, lang, status: 'source-on-dutch-page', file, detail: 'a Dutch page is the source and records no source: remove its source: block' });
          }
          continue;
        }
        const dutch = find('nl', id);
        if (!dutch || page.raw === undefined || dutch.raw === undefined) continue; // an unreadable front matter is an error of its own
        const state = translationState(sourceTextOf(dutch.mdx, dutch.raw), page.raw);
        if (state.state === 'unmarked') {
          r.items.push({
            kind,
            id,
            lang,
            status: 'not-marked',
            file,
            detail: `records no Dutch source text. Compare it with ${dir}/nl/${id}.mdx, then run npm run translations -- --mark ${file}`,
          });
        } else if (state.state === 'behind') {
          const n = state.changed.length + state.added.length + state.removed.length;
          r.items.push({
            kind,
            id,
            lang,
            status: 'behind',
            file,
            detail: `${n} ${n === 1 ? 'part' : 'parts'} of ${dir}/nl/${id}.mdx changed since this translation was made`,
            changed: state.changed,
            added: state.added,
            removed: state.removed,
          });
        }
      }
      // Pages in this language with no Dutch page to translate from (card pages follow the card types).
      if (kind !== 'card page' && lang !== 'nl') {
        for (const p of pages.filter((x) => x.mdx.folder === lang && !expected.includes(x.mdx.name))) {
          r.items.push({ kind, id: p.mdx.name, lang, status: 'no-dutch-source', file: p.mdx.file, detail: `there is no Dutch page ${dir}/nl/${p.mdx.name}.mdx (the same file name in every language)` });
        }
      }
    }
  }
  return report;
}
