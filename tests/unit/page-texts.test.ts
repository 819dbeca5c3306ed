/**
 * Which text a page shows in a language (src/data/page-texts.ts): its own, or its fallback
 * language's, marked; and whether a translation follows the current Dutch text.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageText } from '../../src/data/page-texts.ts';
import { readSourceText, sourceRecord } from '../../src/lib/translation-source.ts';

const dir = mkdtempSync(join(tmpdir(), 'page-texts-'));
const DUTCH = '---\ntitle: Titel\n---\n\n## Voor wie\n\nVoor iedereen.\n';
function entry(lang: string, text: string, data: object = {}) {
  mkdirSync(join(dir, lang), { recursive: true });
  const file = join(dir, lang, 'a.mdx');
  writeFileSync(file, text);
  return { id: `${lang}/a`, filePath: relative(process.cwd(), file), data };
}

describe('pageText', () => {
  const nl = entry('nl', DUTCH);
  const record = sourceRecord(readSourceText(DUTCH));
  const en = entry('en', '---\ntitle: Title\n---\n\n## Who\n\nEveryone.\n', { source: record });

  it('a language with its own file shows it, following the Dutch text', () => {
    const t = pageText([nl, en], 'en', 'a')!;
    expect(t).toMatchObject({ textLang: 'en', fallback: false, state: 'up-to-date' });
    expect(t.version).toMatch(/^[0-9a-f]{8}$/);
  });

  it('a language without its file shows its first fallback that has one, marked as such', () => {
    // Turkish falls back to English first (src/i18n/languages.ts).
    expect(pageText([nl, en], 'tr', 'a')).toMatchObject({ textLang: 'en', fallback: true, entry: en });
    // Without the English file: the next fallback, Dutch.
    expect(pageText([nl], 'tr', 'a')).toMatchObject({ textLang: 'nl', fallback: true, state: null });
  });

  it('a translation made from an older Dutch text is behind; one that records nothing is unmarked', () => {
    const old = { ...en, data: { source: { ...record, sections: { ...record.sections, 'voor-wie': '00000000' } } } };
    expect(pageText([nl, old], 'en', 'a')!.state).toBe('behind');
    expect(pageText([nl, { ...en, data: {} }], 'en', 'a')!.state).toBe('unmarked');
  });

  it('no page in any language: undefined, never an empty page', () => {
    expect(pageText([], 'ar', 'a')).toBeUndefined();
  });
});
