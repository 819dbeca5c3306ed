/**
 * The editors' content validation (src/validation/) against a corpus of broken content.
 *
 * Each folder in tests/fixtures/ holds one mistake: `files/` is laid over a copy of the real
 * src/content (new or replaced files), `append/` is added to the end of existing files, and
 * `expected.json` says which message the editor must get (rule, file, field, line, words).
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, validateContent, type Problem } from '../../src/validation/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures');
const TODAY = '2026-11-23';
const work = mkdtempSync(join(tmpdir(), 'validation-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Expected {
  description: string;
  /** The mistake as issue 12 names it, for the mistakes an editor made there (see WHY below). */
  why?: string;
  /** Number of errors (default 1). */
  errors?: number;
  rule?: string;
  severity?: 'error' | 'warning';
  file?: string;
  field?: string;
  /** For entries appended to a list file, whose index depends on the real file: a regular expression. */
  fieldPattern?: string;
  line?: number;
  column?: number;
  message?: string;
  fix?: string;
  translation?: { lang: 'nl' | 'fr' | 'en'; id: string; status: string };
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

/** Copies the real content, then applies the fixture; returns the site root to validate. */
function prepare(name: string): string {
  const dir = join(FIXTURES, name);
  const root = join(work, name);
  cpSync(join(ROOT, 'src', 'content'), join(root, 'src', 'content'), { recursive: true });
  for (const f of filesUnder(join(dir, 'files'))) cpSync(f, join(root, relative(join(dir, 'files'), f)));
  for (const f of filesUnder(join(dir, 'append'))) appendFileSync(join(root, relative(join(dir, 'append'), f)), readFileSync(f, 'utf8'));
  return root;
}

const show = (ps: Problem[]) => ps.map(formatProblem).join('\n');
const cases = readdirSync(FIXTURES).filter((n) => existsSync(join(FIXTURES, n, 'expected.json'))).sort();

describe('real content', () => {
  it('has no errors', () => {
    const r = validateContent(ROOT, { today: TODAY, git: false });
    expect(show(r.errors)).toBe('');
    expect(r.stats.files).toBeGreaterThan(50);
  });
});

describe('broken content corpus', () => {
  it('holds at least 20 distinct mistakes', () => {
    const rules = new Set(cases.map((c) => (JSON.parse(readFileSync(join(FIXTURES, c, 'expected.json'), 'utf8')) as Expected).rule).filter(Boolean));
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(rules.size).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('%s', (name) => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
    const result = validateContent(prepare(name), { today: TODAY, git: false });
    const errorCount = expected.errors ?? 1;
    expect(result.errors.length, `${expected.description}\n${show(result.errors)}`).toBe(errorCount);

    if (expected.rule) {
      const pool = expected.severity === 'warning' ? result.warnings : result.errors;
      const hit = pool.find((p) => p.rule === expected.rule && p.file === expected.file);
      expect(hit, `no ${expected.rule} problem for ${expected.file} in:\n${show(pool)}`).toBeDefined();
      const p = hit!;
      if (expected.field !== undefined) expect(p.field).toBe(expected.field);
      if (expected.fieldPattern !== undefined) expect(p.field).toMatch(new RegExp(expected.fieldPattern));
      if (expected.line !== undefined) expect(p.line).toBe(expected.line);
      if (expected.column !== undefined) expect(p.column).toBe(expected.column);
      if (expected.message) expect(p.message).toContain(expected.message);
      if (expected.fix) expect(p.fix).toContain(expected.fix);
      // What the editor reads: the file (with line), then the field, then the message; no stack trace.
      const text = formatProblem(p);
      expect(text.startsWith(`${expected.file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''}  `), text).toBe(true);
      if (expected.field) expect(text).toContain(`  ${expected.field}: `);
      if (p.field) expect(text).toContain(`  ${p.field}: `);
      expect(text).not.toMatch(/\n\s+at |undefined|NaN|\[object Object\]/);
      expect(text.split('\n').length).toBeLessThanOrEqual(2);
    }
    if (expected.translation) {
      const { lang, id, status } = expected.translation;
      expect(result.report?.langs[lang].items).toContainEqual(expect.objectContaining({ id, status }));
    }
  });
});

describe('npm run check (scripts/check-content.ts)', () => {
  const node = join(ROOT, 'node_modules', '.bin', 'node');
  const run = (root: string) =>
    spawnSync(node, [join(ROOT, 'scripts', 'check-content.ts'), '--root', root, '--today', TODAY, '--no-git'], { encoding: 'utf8', cwd: ROOT });

  it('exits 1 and prints the friendly message, without a stack trace, when content is broken', () => {
    const r = run(prepare('fee-overlap'));
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('src/content/municipalities/testdorp.yaml:30  fees[1]: overlaps fees[0] (line 24)');
    expect(r.stdout).toContain('Fix: If fees[1] replaces the older fee, end fees[0] with "validUntil: 2027-01-31"');
    expect(r.stdout).toMatch(/files checked in \d+\.\d\d s: 1 error/);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
  });

  it('exits 0 with warnings only, and prints the translation status', () => {
    const r = run(prepare('guide-missing-translation'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Translation status');
    expect(r.stdout).toMatch(/fr: card pages \d+\/\d+, guides \d+\/\d+/);
    expect(r.stdout).toMatch(/missing guides: .*testgids/);
  });

  it('refuses a wrong option with a usage line', () => {
    const r = spawnSync(node, [join(ROOT, 'scripts', 'check-content.ts'), '--today', '23/11/2026'], { encoding: 'utf8', cwd: ROOT });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--today must be a date written YYYY-MM-DD');
  });
});

