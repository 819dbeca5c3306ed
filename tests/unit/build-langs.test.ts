import { describe, expect, it } from 'vitest';
import { parseBuildLangs } from '../../src/data/build-langs.ts';
import { LANGS } from '../../src/i18n/languages.ts';

describe('BUILD_LANGS (a shard of languages)', () => {
  it('builds every language by default, and a shard in the order of languages.ts', () => {
    expect(parseBuildLangs(undefined)).toEqual(LANGS);
    expect(parseBuildLangs('  ')).toEqual(LANGS);
    expect(parseBuildLangs('uk, de,ar')).toEqual(['de', 'ar', 'uk']);
  });

  it('names an unknown code and lists the known ones', () => {
    expect(() => parseBuildLangs('nl,xx')).toThrow(/BUILD_LANGS="nl,xx": "xx" is not a language of src\/i18n\/languages.ts. Use codes from: nl, fr, en/);
  });
});
