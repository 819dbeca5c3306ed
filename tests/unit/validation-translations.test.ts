/** Translation status and freshness warnings of the content check, on a copy of the content in its own git repository. */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTranslationReport, validateContent, type TranslationItem } from '../../src/validation/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'validation-git-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function git(args: string[], date?: string) {
  const env = { ...process.env, GIT_AUTHOR_DATE: date ?? '', GIT_COMMITTER_DATE: date ?? '' };
  const r = spawnSync('git', ['-C', work, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(r.stderr);
}
const file = (rel: string) => join(work, rel);
const edit = (rel: string, f: (s: string) => string) => writeFileSync(file(rel), f(readFileSync(file(rel), 'utf8')));

beforeAll(() => {
  cpSync(join(ROOT, 'src', 'content'), join(work, 'src', 'content'), { recursive: true });
  git(['init', '-q']);
  git(['add', '.']);
  git(['commit', '-q', '-m', 'content'], '2026-01-10T10:00:00Z');
  // The Dutch A page is changed later; its translations are not.
  edit('src/content/cards/nl/a.mdx', (s) => `${s}\nEen extra zin.\n`);
  git(['commit', '-q', '-am', 'nl a'], '2026-03-01T10:00:00Z');
  // The Dutch F page is changed in the working tree, not committed yet.
  edit('src/content/cards/nl/f.mdx', (s) => `${s}\nNog een zin.\n`);
  // The French B page was checked before the Dutch one.
  edit('src/content/cards/fr/b.mdx', (s) => s.replace(/lastChecked: .*/, 'lastChecked: 2020-01-01'));
  // The English K page is missing; a French guide has no Dutch page.
  rmSync(file('src/content/cards/en/k.mdx'));
  writeFileSync(
    file('src/content/guides/fr/seulement-en-francais.mdx'),
    '---\ntitle: Seulement en français\ndescription: Un guide qui n’existe pas encore en néerlandais, pour le test.\nlastChecked: 2026-11-01\n---\n\nTexte.\n',
  );
  appendFileSync(file('src/content/guides.yaml'), '- id: seulement-en-francais\n  sources: [dofi]\n');
});

const find = (items: TranslationItem[], id: string, kind = 'card page') => items.filter((i) => i.id === id && i.kind === kind).map((i) => i.status);

describe('translation status', () => {
  it('reports missing, older and possibly outdated translations per language', () => {
    const { report, errors } = validateContent(work, { today: '2026-11-23' });
    expect(errors).toEqual([]);
    expect(report?.git).toBe(true);
    const fr = report!.langs.fr.items;
    const en = report!.langs.en.items;
    // Changed Dutch page, committed after the translations.
    expect(find(fr, 'a')).toEqual(['committed-before-source']);
    expect(find(en, 'a')).toEqual(['committed-before-source']);
    // Changed Dutch page, not committed yet.
    expect(find(fr, 'f')).toEqual(['committed-before-source']);
    // lastChecked before the Dutch page's.
    expect(find(fr, 'b')).toEqual(['checked-before-source']);
    expect(find(en, 'b')).toEqual([]);
    expect(find(en, 'k')).toEqual(['missing']);
    expect(find(fr, 'seulement-en-francais', 'guide')).toEqual(['no-dutch-source']);
    // Pages that were only added, never changed, are up to date.
    expect(find(fr, 'l')).toEqual([]);
    expect(report!.langs.nl.items).toEqual([]);
    expect(report!.langs.en.cardPages).toEqual({ present: 15, expected: 16 });

    const text = formatTranslationReport(report!);
    expect(text).toContain('en: card pages 15/16');
    expect(text).toContain('missing card pages: k');
    expect(text).toMatch(/possibly outdated: src\/content\/cards\/fr\/a\.mdx \(the Dutch page changed on 2026-03-01 10:00 UTC, this translation last on 2026-01-10 10:00 UTC\)/);
    expect(text).toContain('older than the Dutch page: src/content/cards/fr/b.mdx (lastChecked 2020-01-01');
  });

  it('works without git, from lastChecked only', () => {
    const { report } = validateContent(work, { today: '2026-11-23', git: false });
    expect(report?.git).toBe(false);
    expect(find(report!.langs.fr.items, 'a')).toEqual([]);
    expect(find(report!.langs.fr.items, 'b')).toEqual(['checked-before-source']);
    expect(formatTranslationReport(report!)).toContain('git history not available');
  });
});

describe('freshness', () => {
  it('warns about entries not checked for 12 months, measured from the given day', () => {
    const late = validateContent(work, { today: '2028-01-01', git: false, translations: false });
    const stale = late.warnings.filter((w) => w.rule === 'stale');
    expect(stale.some((w) => w.file === 'src/content/municipalities/koekelberg.yaml' && w.field === 'lastChecked')).toBe(true);
    expect(stale.some((w) => w.file === 'src/content/sources.yaml' && /^\[\d+\]\.lastChecked$/.test(w.field ?? ''))).toBe(true);
    expect(stale.some((w) => w.file === 'src/content/cards/fr/b.mdx')).toBe(true);
    const now = validateContent(work, { today: '2026-11-23', git: false, translations: false });
    const staleNow = now.warnings.filter((w) => w.rule === 'stale').map((w) => w.file);
    expect(staleNow).toContain('src/content/cards/fr/b.mdx');
    expect(staleNow).not.toContain('src/content/cards/nl/b.mdx');
  });

  it('warns when a municipality has no fee row valid today, and not while a row is valid', () => {
    // tests/fixtures/no-current-fee: one row from 2026-01-01 to 2026-06-30.
    cpSync(join(ROOT, 'tests/fixtures/no-current-fee/files/src/content/municipalities/testdorp.yaml'), file('src/content/municipalities/testdorp.yaml'));
    const noFee = (today: string) =>
      validateContent(work, { today, git: false, translations: false }).warnings.filter((w) => w.rule === 'no-current-fee' && w.file.endsWith('testdorp.yaml'));
    expect(noFee('2026-03-01')).toEqual([]);
    expect(noFee('2026-06-30')).toEqual([]);
    expect(noFee('2026-07-01')[0]?.message).toContain('no fee row is valid today (2026-07-01): the latest ended on 2026-06-30');
    expect(noFee('2025-12-31')[0]?.message).toContain('the first starts on 2026-01-01');
    rmSync(file('src/content/municipalities/testdorp.yaml'));
  });
});
