/** Plain-text output for editors: one or two lines per problem, no stack traces. */
import { LANGS } from '../schemas/common.ts';
import { language } from '../i18n/languages.ts';
import { dataTranslationFile } from '../data/data-translations.ts';
import type { Problem } from './problem.ts';
import type { SourcePart } from '../lib/translation-source.ts';
import type { TranslationItem, TranslationReport } from './translations.ts';

/**
 * `src/content/municipalities/koekelberg.yaml:87  fees[5].validUntil: 2025-01-31 is before validFrom 2025-02-01.`
 * followed, when there is one, by an indented `Fix: …` line. An MDX syntax problem also names
 * the column: `src/content/guides/nl/photo.mdx:12:9  <details>: …`.
 */
export function formatProblem(p: Problem): string {
  return `${problemPlace(p)}  ${problemText(p)}${p.fix ? `\n    Fix: ${p.fix}` : ''}`;
}

/** `file:line:column` (as far as known). */
export function problemPlace(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''}`;
}

/** `field: what is wrong`, or the message alone (capitalised) for the file as a whole. */
export function problemText(p: Problem): string {
  return p.field ? `${p.field}: ${p.message}` : capitalise(p.message);
}

function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

export function formatProblems(errors: readonly Problem[], warnings: readonly Problem[]): string {
  const lines: string[] = [];
  if (errors.length) {
    lines.push(`${errors.length} ${errors.length === 1 ? 'error' : 'errors'} (must be fixed before the site can be built):`, '');
    for (const p of errors) lines.push(formatProblem(p), '');
  }
  if (warnings.length) {
    lines.push(`${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'} (they do not stop the check; please look at them):`, '');
    for (const p of warnings) lines.push(formatProblem(p), '');
  }
  return lines.join('\n');
}

const STATUS_WORDS: Record<Exclude<TranslationItem['status'], 'missing' | 'behind'>, string> = {
  'no-dutch-source': 'no Dutch source',
  'not-marked': 'not marked',
  'source-on-dutch-page': 'source: on a Dutch page',
};

const KIND_PLURAL: Record<TranslationItem['kind'], string> = { 'card page': 'card pages', guide: 'guides', section: 'sections' };

/** One part of a Dutch page, for the report: `src/content/cards/nl/a.mdx:6  "Voor wie is deze kaart?"`. */
function partLine(dutchFile: string, p: SourcePart): string {
  return `${dutchFile}${p.line ? `:${p.line}` : ''}  ${p.label}`;
}

function removedLabel(key: string): string {
  return key.startsWith('sections.') ? `the section "${key.slice('sections.'.length)}"` : `the ${key}`;
}

export function formatTranslationReport(report: TranslationReport): string {
  const lines = ['Translation status (Dutch is the source; each translation records the Dutch text it was made from):'];
  for (const lang of LANGS) {
    const r = report.langs[lang];
    const data = r.dataTexts ? `, data texts ${r.dataTexts.present}/${r.dataTexts.expected}` : '';
    const counts = `card pages ${r.cardPages.present}/${r.cardPages.expected}, guides ${r.guides.present}/${r.guides.expected}, sections ${r.sections.present}/${r.sections.expected}${data}`;
    const meta = language(lang);
    const review = meta.review === 'reviewed' ? ' (reviewed by a native speaker)' : meta.review === 'machine-assisted' ? ' (machine-assisted, not yet reviewed)' : '';
    const upToDate = r.items.length === 0 && (r.dataTexts?.missing.length ?? 0) === 0;
    lines.push(`  ${lang} ${meta.english}${review}: ${counts}${lang === 'nl' ? ' (the source)' : upToDate ? ', up to date' : ''}`);
    if (r.dataTexts?.missing.length) lines.push(`      data texts not translated yet (${dataTranslationFile(lang)}): ${r.dataTexts.missing.map((k) => `"${k.length > 60 ? `${k.slice(0, 57)}…` : k}"`).join(', ')}`);
    for (const kind of ['card page', 'guide', 'section'] as const) {
      const missing = r.items.filter((i) => i.kind === kind && i.status === 'missing');
      if (missing.length) lines.push(`      missing ${KIND_PLURAL[kind]}: ${missing.map((i) => i.id).join(', ')}`);
    }
    for (const i of r.items) {
      if (i.status === 'missing') continue;
      if (i.status !== 'behind') {
        lines.push(`      ${STATUS_WORDS[i.status]}: ${i.file} (${i.detail})`);
        continue;
      }
      const dutchFile = i.file.replace(`/${i.lang}/`, '/nl/');
      lines.push(`      behind the Dutch page: ${i.file}`);
      for (const p of i.changed ?? []) lines.push(`          changed in Dutch: ${partLine(dutchFile, p)}`);
      for (const p of i.added ?? []) lines.push(`          new in Dutch:     ${partLine(dutchFile, p)}`);
      for (const k of i.removed ?? []) lines.push(`          no longer in Dutch: ${removedLabel(k)}`);
      lines.push(`          Update the translation, then record it: npm run translations -- --mark ${i.file}`);
    }
  }
  return lines.join('\n');
}
