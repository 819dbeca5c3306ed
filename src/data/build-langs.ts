/**
 * The languages this build renders pages for: all of them (the default), or a shard's share when
 * `BUILD_LANGS=de,ar,tr` is set. `npm run build` with `BUILD_SHARDS` runs several such builds
 * side by side and merges them (scripts/build.mjs, docs/scale.md). Links, hreflang and the
 * language switcher always name every language: the other shards build those pages.
 * Build time only (reads the environment).
 */
import { LANGS, isLang, type Lang } from '../i18n/languages.ts';

export function parseBuildLangs(value: string | undefined): readonly Lang[] {
  if (value === undefined || value.trim() === '') return LANGS;
  const asked = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = asked.filter((l) => !isLang(l));
  if (unknown.length) throw new Error(`BUILD_LANGS="${value}": ${unknown.map((u) => `"${u}"`).join(', ')} is not a language of src/i18n/languages.ts. Use codes from: ${LANGS.join(', ')}.`);
  return LANGS.filter((l) => asked.includes(l));
}

export const BUILT_LANGS: readonly Lang[] = parseBuildLangs(process.env.BUILD_LANGS);
