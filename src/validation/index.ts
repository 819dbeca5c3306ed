/**
 * Content validation for editors: `validateContent(rootDir)` reads `<rootDir>/src/content`,
 * checks every file against its schema and the cross-file rules, and returns friendly problems
 * (file, line, field, what was found, what is expected, a fix), freshness warnings and the
 * translation status. Used by `npm run check` (scripts/check-content.ts) and before every build
 * (src/integrations/validate-content.ts).
 */
import { checkDataTranslations } from './data-translations.ts';
import { parseIsoDate, todayInBelgium, type PlainDate } from '../lib/plain-date.ts';
import { freshness } from './freshness.ts';
import { loadContent } from './load.ts';
import { mdxSyntax } from './mdx-syntax.ts';
import { buildModel } from './model.ts';
import type { Problem } from './problem.ts';
import { crossFileRules, warningRules } from './rules.ts';
import { translationReport, type TranslationReport } from './translations.ts';
import { upstreamChanges } from './upstream.ts';

export type { Problem } from './problem.ts';
export type { TranslationReport, TranslationItem } from './translations.ts';
export { translationState, type TranslationState } from '../lib/translation-source.ts';
export { formatProblem, formatProblems, formatTranslationReport, problemPlace, problemText } from './format.ts';
export { AHEAD_DAYS, UPSTREAM_RULES } from './upstream.ts';

export interface ValidateOptions {
  /** The day freshness is measured against (`YYYY-MM-DD` or a PlainDate). Default: today in Belgium. */
  today?: string | PlainDate;
  /** Ignored: the translation status compares recorded hashes and needs no git history (kept so older callers still type-check). */
  git?: boolean;
  /** Build the translation report. Default: true. */
  translations?: boolean;
}

export interface ValidationResult {
  errors: Problem[];
  warnings: Problem[];
  report: TranslationReport | undefined;
  /** Number of content files read and time taken. */
  stats: { files: number; ms: number };
}

function byPlace(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || (a.field ?? '').localeCompare(b.field ?? '');
}

export function validateContent(rootDir: string, options: ValidateOptions = {}): ValidationResult {
  const started = performance.now();
  const today = typeof options.today === 'string' ? parseIsoDate(options.today) : (options.today ?? todayInBelgium());
  if (!today) throw new Error(`validateContent: "today" must be a date written YYYY-MM-DD, got ${String(options.today)}`);

  const tree = loadContent(rootDir);
  const { model, problems } = buildModel(tree);
  // MDX syntax, compiled as the build compiles it (a page without front matter already has its error).
  const pages = [...tree.cardPages, ...tree.guides, ...tree.sections].filter((m) => m.hasFrontMatter);
  const syntax = pages.flatMap((m) => mdxSyntax(m) ?? []);
  const crossFile = crossFileRules(model);
  // A reference rule ("the card EU+ does not exist. Did you mean eu-plus?") says more than the
  // schema's format message for the same field: keep one message per mistake.
  const referenced = new Set(crossFile.filter((p) => p.rule.startsWith('unknown-')).map((p) => `${p.file}|${p.field}`));
  // A misspelt field ("validfrom") also leaves the real one missing: the misspelling is the one mistake.
  const misspelt = new Set(
    problems.flatMap((p) => {
      if (p.rule !== 'unknown-field' || !p.meant || !p.field) return [];
      const parent = p.field.replace(/(?:^|\.)[^.[\]]+$/, '');
      const keys = [`${p.file}|missing-field|${parent ? `${parent}.` : ''}${p.meant}`];
      if (p.meant === 'validFrom' || p.meant === 'seenOn') keys.push(`${p.file}|undated-row|${parent}`);
      return keys;
    }),
  );
  const consequence = (p: Problem) => misspelt.has(`${p.file}|${p.rule}|${p.field ?? ''}`);
  const schemaProblems = problems.filter((p) => !(p.rule === 'wrong-format' && referenced.has(`${p.file}|${p.field}`)) && !consequence(p));
  const dataTexts = checkDataTranslations(model, rootDir);
  const all = [...schemaProblems, ...syntax, ...crossFile.filter((p) => !consequence(p)), ...warningRules(model), ...freshness(model, today), ...upstreamChanges(model, today), ...dataTexts.problems];

  const seen = new Set<string>();
  const unique = all.filter((p) => {
    const key = `${p.severity}|${p.file}|${p.line}|${p.field}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const errors = unique.filter((p) => p.severity === 'error').sort(byPlace);
  const warnings = unique.filter((p) => p.severity === 'warning').sort(byPlace);
  const report = options.translations === false ? undefined : translationReport(model, dataTexts.status);
  const files =
    tree.cardTypes.length +
    tree.municipalities.length +
    tree.cardPages.length +
    tree.guides.length +
    tree.sections.length +
    [tree.federalPrices, tree.sources, tree.facts, tree.requirements, tree.guideMeta, tree.holidays, tree.cardFinder].filter(Boolean).length;
  return { errors, warnings, report, stats: { files, ms: performance.now() - started } };
}

/**
 * What stops a build: every error, and the placeholders (`# TODO` lines) that npm run check
 * only warns about, so a skeleton can be previewed but never published.
 */
export function forBuild(result: Pick<ValidationResult, 'errors' | 'warnings'>): { errors: Problem[]; warnings: Problem[] } {
  const blocking = result.warnings.filter((p) => p.rule === 'placeholder');
  return {
    errors: [...result.errors, ...blocking.map((p) => ({ ...p, severity: 'error' as const }))],
    warnings: result.warnings.filter((p) => !blocking.includes(p)),
  };
}
