/** Translation status (recorded hashes of the Dutch text, no git) and freshness warnings of the content check, on a copy of the content. */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTranslationReport, validateContent, type TranslationItem } from '../../src/validation/index.ts';
import { LANGS } from '../../src/i18n/languages.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const work = mkdtempSync(join(tmpdir(), 'validation-translations-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const file = (rel: string) => join(work, rel);
const edit = (rel: string, f: (s: string) => string) => writeFileSync(file(rel), f(readFileSync(file(rel), 'utf8')));
const translations = (...args: string[]) => spawnSync(NODE, [join(ROOT, 'scripts', 'translations.ts'), '--root', work, ...args], { encoding: 'utf8', cwd: work });

beforeAll(() => {
  cpSync(join(ROOT, 'src', 'content'), join(work, 'src', 'content'), { recursive: true });
});

const find = (items: TranslationItem[], id: string, kind = 'card page') => items.filter((i) => i.id === id && i.kind === kind).map((i) => i.status);
const item = (items: TranslationItem[], id: string, kind = 'card page') => items.find((i) => i.id === id && i.kind === kind);

describe('translation status', () => {
  it('reports nothing for the content as committed: every translation records the Dutch text it follows', () => {
    const { report } = validateContent(ROOT, { today: '2026-11-23' });
    for (const lang of LANGS) {
      expect(report!.langs[lang].items.filter((i) => i.status === 'not-marked' || i.status === 'source-on-dutch-page')).toEqual([]);
    }
    const copy = validateContent(work, { today: '2026-11-23' }).report!;
    expect(copy.langs.fr.items).toEqual([]);
    expect(copy.langs.en.items).toEqual([]);
    expect(formatTranslationReport(copy)).toContain('fr French (machine-assisted, not yet reviewed): card pages 16/16, guides 11/11, sections 5/5, up to date');
  });

  it('names the Dutch sections and fields that changed, were added or were removed, per translation', () => {
    // A sentence changes in one section of the Dutch A page, and a section is added.
    edit('src/content/cards/nl/a.mdx', (s) => `${s.replace('Vraag het aan de dienst', 'Vraag het altijd aan de dienst')}\n## Wat kost het?\n\nZie uw gemeente.\n`);
    // The Dutch F page loses its last section; its description changes.
    edit('src/content/cards/nl/f.mdx', (s) => s.replace(/\n## Wat onze bronnen niet zeggen[\s\S]*$/, '\n').replace(/^description: (.*)$/m, 'description: $1 Nieuw.'));
    // A Dutch paragraph is only re-wrapped: not a change.
    edit('src/content/cards/nl/b.mdx', (s) => s.replace(/\. /, '.\n   '));
    // A section's Dutch title changes.
    edit('src/content/sections/nl/collection.mdx', (s) => s.replace(/^title: .*$/m, 'title: "Uw kaart afhalen"'));
    // The English K page is missing; a French guide has no Dutch page; the French L page records nothing.
    rmSync(file('src/content/cards/en/k.mdx'));
    writeFileSync(
      file('src/content/guides/fr/seulement-en-francais.mdx'),
      '---\ntitle: Seulement en français\ndescription: Un guide qui n’existe pas encore en néerlandais, pour le test.\nlastChecked: 2026-11-01\n---\n\nTexte.\n',
    );
    appendFileSync(file('src/content/guides.yaml'), '- id: seulement-en-francais\n  sources: [dofi]\n');
    edit('src/content/cards/fr/l.mdx', (s) => s.replace(/^source:\n(?:  .*\n)*/m, ''));

    const { report, errors } = validateContent(work, { today: '2026-11-23' });
    expect(errors).toEqual([]);
    const fr = report!.langs.fr.items;
    const en = report!.langs.en.items;
    const a = item(fr, 'a')!;
    expect(a.status).toBe('behind');
    expect(a.changed!.map((p) => [p.label, p.line])).toEqual([['"Wat onze bronnen niet zeggen"', 12]]);
    expect(a.added!.map((p) => p.label)).toEqual(['"Wat kost het?"']);
    expect(find(en, 'a')).toEqual(['behind']);
    const f = item(en, 'f')!;
    expect(f.changed!.map((p) => p.label)).toEqual(['the description']);
    expect(f.removed).toEqual(['sections.wat-onze-bronnen-niet-zeggen']);
    expect(find(fr, 'b')).toEqual([]);
    expect(item(fr, 'collection', 'section')!.changed!.map((p) => p.label)).toEqual(['the title']);
    expect(find(en, 'k')).toEqual(['missing']);
    expect(find(fr, 'seulement-en-francais', 'guide')).toEqual(['no-dutch-source']);
    expect(find(fr, 'l')).toEqual(['not-marked']);
    expect(find(en, 'l')).toEqual([]);
    expect(report!.langs.nl.items).toEqual([]);
    expect(report!.langs.en.cardPages).toEqual({ present: 15, expected: 16 });

    const text = formatTranslationReport(report!);
    expect(text).toContain('en English (machine-assisted, not yet reviewed): card pages 15/16, guides 11/11, sections 5/5\n');
    expect(text).toContain('missing card pages: k');
    expect(text).toContain(
      [
        '      behind the Dutch page: src/content/cards/fr/a.mdx',
        '          changed in Dutch: src/content/cards/nl/a.mdx:12  "Wat onze bronnen niet zeggen"',
        '          new in Dutch:     src/content/cards/nl/a.mdx:16  "Wat kost het?"',
        '          Update the translation, then record it: npm run translations -- --mark src/content/cards/fr/a.mdx',
      ].join('\n'),
    );
    expect(text).toContain('changed in Dutch: src/content/cards/nl/f.mdx:2  the description');
    expect(text).toContain('no longer in Dutch: the section "wat-onze-bronnen-niet-zeggen"');
    expect(text).toContain('not marked: src/content/cards/fr/l.mdx (records no Dutch source text. Compare it with src/content/cards/nl/l.mdx, then run npm run translations -- --mark src/content/cards/fr/l.mdx)');
    expect(text).not.toMatch(/undefined|NaN/);
  });

  it('npm run translations -- --mark records the current Dutch text and changes only the source: block', () => {
    const before = readFileSync(file('src/content/cards/fr/a.mdx'), 'utf8');
    const r = translations('--mark', 'src/content/cards/fr/a.mdx', 'src/content/cards/fr/l.mdx');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('src/content/cards/fr/a.mdx: recorded the current Dutch text of src/content/cards/nl/a.mdx (description, 3 sections).');
    const after = readFileSync(file('src/content/cards/fr/a.mdx'), 'utf8');
    const withoutSource = (s: string) => s.replace(/^source:\n(?:  .*\n)*/m, '');
    expect(withoutSource(after)).toBe(withoutSource(before));
    expect(after).toMatch(/^source:\n  description: "[0-9a-f]{8}"\n  sections:\n    voor-wie-is-deze-kaart: "[0-9a-f]{8}"\n/m);

    const { report } = validateContent(work, { today: '2026-11-23' });
    expect(find(report!.langs.fr.items, 'a')).toEqual([]);
    expect(find(report!.langs.fr.items, 'l')).toEqual([]);
    expect(find(report!.langs.en.items, 'a')).toEqual(['behind']);
    // Marking again changes nothing.
    expect(translations('--mark', 'src/content/cards/fr/a.mdx').stdout).toContain('already records the current Dutch text');
    expect(readFileSync(file('src/content/cards/fr/a.mdx'), 'utf8')).toBe(after);
  });

  it('refuses a Dutch page, a missing file and a page without a Dutch source, in one line each', () => {
    const r = translations('--mark', 'src/content/cards/nl/a.mdx', 'src/content/cards/fr/zz.mdx', 'src/content/guides/fr/seulement-en-francais.mdx');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('src/content/cards/nl/a.mdx: Dutch pages are the source and record nothing. Give the French or English file');
    expect(r.stderr).toContain('src/content/cards/fr/zz.mdx: there is no such file.');
    expect(r.stderr).toContain('src/content/guides/fr/seulement-en-francais.mdx: there is no Dutch page src/content/guides/nl/seulement-en-francais.mdx');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(translations('--mark').status).toBe(2);
  });

  it('npm run translations prints the status alone', () => {
    const r = translations();
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Translation status \(Dutch is the source/);
    expect(r.stdout).toContain('behind the Dutch page: src/content/cards/en/a.mdx');
  });
});

describe('freshness', () => {
  it('warns about entries not checked for 12 months, measured from the given day', () => {
    edit('src/content/cards/fr/b.mdx', (s) => s.replace(/lastChecked: .*/, 'lastChecked: 2020-01-01'));
    const late = validateContent(work, { today: '2028-01-01', translations: false });
    const stale = late.warnings.filter((w) => w.rule === 'stale');
    expect(stale.some((w) => w.file === 'src/content/municipalities/koekelberg.yaml' && w.field === 'lastChecked')).toBe(true);
    expect(stale.some((w) => w.file === 'src/content/sources.yaml' && /^\[\d+\]\.lastChecked$/.test(w.field ?? ''))).toBe(true);
    expect(stale.some((w) => w.file === 'src/content/cards/fr/b.mdx')).toBe(true);
    const now = validateContent(work, { today: '2026-11-23', translations: false });
    const staleNow = now.warnings.filter((w) => w.rule === 'stale').map((w) => w.file);
    expect(staleNow).toContain('src/content/cards/fr/b.mdx');
    expect(staleNow).not.toContain('src/content/cards/nl/b.mdx');
  });

  it('warns when a municipality has no fee row valid today, and not while a row is valid', () => {
    // tests/fixtures/no-current-fee: one row from 2026-01-01 to 2026-06-30.
    cpSync(join(ROOT, 'tests/fixtures/no-current-fee/files/src/content/municipalities/testdorp.yaml'), file('src/content/municipalities/testdorp.yaml'));
    const noFee = (today: string) =>
      validateContent(work, { today, translations: false }).warnings.filter((w) => w.rule === 'no-current-fee' && w.file.endsWith('testdorp.yaml'));
    expect(noFee('2026-03-01')).toEqual([]);
    expect(noFee('2026-06-30')).toEqual([]);
    expect(noFee('2026-07-01')[0]?.message).toContain('no fee row is valid today (2026-07-01): the latest ended on 2026-06-30');
    expect(noFee('2025-12-31')[0]?.message).toContain('the first starts on 2026-01-01');
    rmSync(file('src/content/municipalities/testdorp.yaml'));
  });
});
