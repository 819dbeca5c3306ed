/** Plain-text output for editors: one or two lines per problem, no stack traces. */
import { LANGS } from '../schemas/common.ts';
import type { Problem } from './problem.ts';
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

const STATUS_WORDS: Record<TranslationItem['status'], string> = {
  missing: 'missing',
  'no-dutch-source': 'no Dutch source',
  'checked-before-source': 'older than the Dutch page',
  'committed-before-source': 'possibly outdated',
};

export function formatTranslationReport(report: TranslationReport): string {
  const lines = [`Translation status (Dutch is the source${report.git ? '; git history compared' : '; git history not available, lastChecked compared'}):`];
  for (const lang of LANGS) {
    const r = report.langs[lang];
    lines.push(`  ${lang}: card pages ${r.cardPages.present}/${r.cardPages.expected}, guides ${r.guides.present}/${r.guides.expected}${r.items.length === 0 ? ', up to date' : ''}`);
    for (const kind of ['card page', 'guide'] as const) {
      const missing = r.items.filter((i) => i.kind === kind && i.status === 'missing');
      if (missing.length) lines.push(`      missing ${kind}s: ${missing.map((i) => i.id).join(', ')}`);
    }
    for (const i of r.items.filter((x) => x.status !== 'missing')) {
      lines.push(`      ${STATUS_WORDS[i.status]}: ${i.file} (${i.detail})`);
    }
  }
  return lines.join('\n');
}
