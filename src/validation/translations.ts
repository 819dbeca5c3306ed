/**
 * Translation status: per language, which card pages and guides are missing, and which may be
 * older than their Dutch source. "Older" means an earlier `lastChecked` in the front matter, or,
 * where git history is available, a last commit before the Dutch file's last commit (a file
 * changed but not yet committed counts as changed now).
 */
import { spawnSync } from 'node:child_process';
import { LANGS, type Lang } from '../schemas/common.ts';
import type { Model, PageEntry } from './model.ts';

export type TranslationStatus = 'missing' | 'no-dutch-source' | 'checked-before-source' | 'committed-before-source';

export interface TranslationItem {
  kind: 'card page' | 'guide';
  id: string;
  lang: Lang;
  status: TranslationStatus;
  /** The file that is missing or outdated. */
  file: string;
  detail: string;
}

export interface TranslationReport {
  /** Per language: how many pages exist of how many expected, and what needs work. */
  langs: Record<Lang, { cardPages: { present: number; expected: number }; guides: { present: number; expected: number }; items: TranslationItem[] }>;
  /** True when git history was used for the comparison. */
  git: boolean;
}

export interface GitTimes {
  /** Last commit (seconds) that touched each file; files changed but not committed count as changed now. */
  changed: Map<string, number>;
  /** Last commit that modified each file after it was added (adding a file is not a change of its text). */
  modified: Map<string, number>;
}

/** Change times of every file under the content page folders, from git; undefined without git. */
export function gitTimes(root: string): GitTimes | undefined {
  const folders = ['src/content/cards', 'src/content/guides'];
  const log = spawnSync('git', ['-C', root, 'log', '--format=%x00%ct', '--name-status', '--relative', '--', ...folders], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  if (log.status !== 0 || log.error) return undefined;
  const changed = new Map<string, number>();
  const modified = new Map<string, number>();
  let ts = 0;
  for (const line of log.stdout.split('\n')) {
    if (line.startsWith('\0')) {
      ts = Number(line.slice(1));
      continue;
    }
    const parts = line.split('\t');
    if (parts.length < 2) continue;
    const status = parts[0]!;
    const path = parts[parts.length - 1]!;
    if (!changed.has(path)) changed.set(path, ts);
    if (status.startsWith('M') && !modified.has(path)) modified.set(path, ts);
  }
  const status = spawnSync('git', ['-C', root, 'status', '--porcelain', '--untracked-files=all', '--', ...folders], { encoding: 'utf8' });
  if (status.status === 0) {
    const prefix = spawnSync('git', ['-C', root, 'rev-parse', '--show-prefix'], { encoding: 'utf8' }).stdout.trim();
    const now = Math.floor(Date.now() / 1000);
    for (const line of status.stdout.split('\n')) {
      if (line.length < 4) continue;
      const code = line.slice(0, 2);
      let path = line.slice(3).trim();
      if (path.includes(' -> ')) path = path.split(' -> ')[1]!;
      path = path.replace(/^"|"$/g, '');
      if (prefix && path.startsWith(prefix)) path = path.slice(prefix.length);
      changed.set(path, now);
      if (code.includes('M')) modified.set(path, now);
    }
  }
  return { changed, modified };
}

const when = (seconds: number) => `${new Date(seconds * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

function lastChecked(p: PageEntry<unknown>): string | undefined {
  const raw = p.raw as { lastChecked?: unknown } | undefined;
  const v = raw?.lastChecked;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
}

export function translationReport(model: Model, options: { git?: boolean } = {}): TranslationReport {
  const times = options.git === false ? undefined : gitTimes(model.tree.root);
  const empty = () => ({ cardPages: { present: 0, expected: 0 }, guides: { present: 0, expected: 0 }, items: [] as TranslationItem[] });
  const report: TranslationReport = { langs: { nl: empty(), fr: empty(), en: empty() }, git: times !== undefined };

  const groups: Array<{ kind: TranslationItem['kind']; dir: string; pages: PageEntry<unknown>[]; expected: string[]; key: 'cardPages' | 'guides' }> = [];
  const cardIds = model.cardTypes.map((c) => c.id).sort();
  groups.push({ kind: 'card page', dir: 'src/content/cards', pages: model.cardPages, expected: cardIds, key: 'cardPages' });
  const guideIds = [...new Set(model.guides.filter((g) => g.mdx.folder === 'nl').map((g) => g.mdx.name))].sort();
  groups.push({ kind: 'guide', dir: 'src/content/guides', pages: model.guides, expected: guideIds, key: 'guides' });

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
        if (lang === 'nl') continue;
        const source = find('nl', id);
        if (!source) continue;
        const mine = lastChecked(page);
        const theirs = lastChecked(source);
        if (mine && theirs && mine < theirs) {
          r.items.push({ kind, id, lang, status: 'checked-before-source', file, detail: `lastChecked ${mine} is before the Dutch page's ${theirs}` });
          continue;
        }
        const tMine = times?.changed.get(file);
        const tTheirs = times?.modified.get(`${dir}/nl/${id}.mdx`);
        if (tMine !== undefined && tTheirs !== undefined && tMine < tTheirs) {
          r.items.push({ kind, id, lang, status: 'committed-before-source', file, detail: `the Dutch page changed on ${when(tTheirs)}, this translation last on ${when(tMine)}` });
        }
      }
      // Pages in this language with no Dutch page to translate from (guides only: card pages follow the card types).
      if (kind === 'guide' && lang !== 'nl') {
        for (const p of pages.filter((x) => x.mdx.folder === lang && !expected.includes(x.mdx.name))) {
          r.items.push({ kind, id: p.mdx.name, lang, status: 'no-dutch-source', file: p.mdx.file, detail: `there is no Dutch page ${dir}/nl/${p.mdx.name}.mdx (the same file name in every language)` });
        }
      }
    }
  }
  return report;
}
