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
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, problemPlace, validateContent, type Problem } from '../../src/validation/index.ts';
import integration from '../../src/integrations/validate-content.ts';
import { contentState } from '../../src/integrations/content-state.ts';

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
    expect(r.stdout).toMatch(/fr French[^:\n]*: card pages \d+\/\d+, guides \d+\/\d+/);
    expect(r.stdout).toMatch(/missing guides: .*testgids/);
  });

  it('refuses a wrong option with a usage line', () => {
    const r = spawnSync(node, [join(ROOT, 'scripts', 'check-content.ts'), '--today', '23/11/2026'], { encoding: 'utf8', cwd: ROOT });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--today must be a date written YYYY-MM-DD');
  });
});

/**
 * Issue 12, "Why": every mistake an editor made there has a fixture, and gives exactly one
 * message that names the file, the line, the field and the fix, the same through npm run check,
 * the build (the integration's config hook) and the dev server (its page in the browser).
 */
const WHY = [
  'amount-comma', // an amount written "26,10"
  'amount-not-cents', // 26.1
  'amount-euro-sign', // "€26"
  'date-slashes', // a date 01/01/2027
  'fee-card-upper-case', // a card "K"
  'missing-source', // a missing sources
  'cut-off-time-with-u', // a cut-off "14u30"
  'phone-with-letter', // a phone number with a letter
  'age-plus-sign', // age: 12+
  'misspelt-valid-from', // validfrom:
  'card-type-missing-translation', // a missing fr name
  'mdx-unclosed-details', // an unclosed <details>
  'mdx-fact-not-self-closing', // <Fact id="…"> without /
  'mdx-bare-less-than', // a bare <12
  'mdx-bare-brace', // a bare { in text
];

const expectedOf = (name: string) => JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;

interface Logged { level: 'info' | 'warn' | 'error'; text: string }
function fakeLogger(into: Logged[]) {
  const logger = {
    info: (text: string) => into.push({ level: 'info', text }),
    warn: (text: string) => into.push({ level: 'warn', text }),
    error: (text: string) => into.push({ level: 'error', text }),
    debug: () => {},
    fork: () => logger,
    label: 'test',
    options: {},
  };
  return logger;
}

type Hooks = ReturnType<typeof integration>['hooks'];
function configSetup(hooks: Hooks, root: string, command: 'build' | 'dev', logged: Logged[]) {
  const params = { config: { root: pathToFileURL(`${root}/`) }, command, logger: fakeLogger(logged), updateConfig: () => ({}) };
  return hooks['astro:config:setup']!(params as never);
}

/** The dev server's middleware and watcher, set up on a fake Vite server. */
function devServer(root: string) {
  const hooks = integration().hooks;
  const logged: Logged[] = [];
  configSetup(hooks, root, 'dev', logged);
  let middleware: ((req: unknown, res: unknown, next: () => void) => void) | undefined;
  const watchers: Array<(event: string, file: string) => void> = [];
  const sent: unknown[] = [];
  const server = { watcher: { on: (_e: string, fn: (event: string, file: string) => void) => watchers.push(fn) }, middlewares: { use: (fn: typeof middleware) => (middleware = fn) }, ws: { send: (m: unknown) => sent.push(m) } };
  hooks['astro:server:setup']!({ server, logger: fakeLogger(logged), toolbar: {} } as never);
  const get = (url: string) => {
    let passed = false;
    const res = { statusCode: 200, headers: {} as Record<string, string>, body: '', setHeader(k: string, v: string) { this.headers[k] = v; }, end(b?: string) { this.body = b ?? ''; } };
    middleware!({ method: 'GET', url }, res, () => (passed = true));
    return { passed, status: res.statusCode, body: res.body, type: res.headers['Content-Type'] };
  };
  const changed = (rel: string) => watchers.forEach((fn) => fn('change', join(root, rel)));
  return { get, changed, logged, sent };
}

const htmlText = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

describe('issue 12: the mistakes editors made', () => {
  afterAll(() => {
    contentState().tolerant = false;
  });

  it('each has a fixture that names it, and no other fixture claims to be one', () => {
    for (const name of WHY) expect(expectedOf(name).why, name).toBeTruthy();
    expect(cases.filter((c) => expectedOf(c).why).sort()).toEqual([...WHY].sort());
  });

  it.each(WHY)('%s: one message with file, line, field and fix, the same from npm run check, the build and the dev server', (name) => {
    const expected = expectedOf(name);
    const root = prepare(name);
    const { errors } = validateContent(root, { today: TODAY, git: false, translations: false });
    expect(errors.length, show(errors)).toBe(1);
    const p = errors[0]!;
    expect(p.file).toBe(expected.file);
    expect(p.line).toBeGreaterThan(0);
    expect(p.field).toBeTruthy();
    expect(p.fix).toBeTruthy();
    const message = formatProblem(p);
    expect(message).not.toMatch(/:0(?::0)?\b|undefined|NaN|\[object Object\]|\n\s+at |InvalidContentEntryDataError|Error:/);

    // npm run check: the content check prints the message as is, and stops before astro check.
    const check = spawnSync(join(ROOT, 'node_modules', '.bin', 'node'), [join(ROOT, 'scripts', 'check-content.ts'), '--root', root, '--today', TODAY, '--no-git', '--quiet'], { encoding: 'utf8', cwd: ROOT });
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(`${message}\n`);
    expect(check.stdout).toMatch(/files checked in \d+\.\d\d s: 1 error/);
    expect(check.stderr).toBe('');

    // The build: the integration prints the same message and stops with a short error, no stack.
    const logged: Logged[] = [];
    let thrown: (Error & { hint?: string }) | undefined;
    try {
      configSetup(integration().hooks, root, 'build', logged);
    } catch (err) {
      thrown = err as Error;
    }
    expect(thrown?.message).toBe('The site was not built: 1 content error, listed above with file and line.');
    expect(thrown?.stack).toBe('');
    expect(logged.filter((l) => l.level === 'error').map((l) => l.text)).toEqual([message]);

    // The dev server: every page is the list, with the same words.
    const dev = devServer(root);
    expect(dev.logged.filter((l) => l.level === 'error').map((l) => l.text)[0]).toBe(message);
    const page = dev.get('/nl/');
    expect(page.passed).toBe(false);
    expect(page.status).toBe(500);
    expect(page.type).toMatch(/^text\/html/);
    const text = htmlText(page.body);
    expect(text).toContain(problemPlace(p));
    expect(text).toContain(`${p.field}: ${p.message}`.replace(/\s+/g, ' '));
    expect(text).toContain(`Fix: ${p.fix}`.replace(/\s+/g, ' '));
  });

  it('the dev server shows the pages again once the file is fixed, and tells open pages to reload', () => {
    const root = prepare('amount-comma');
    const dev = devServer(root);
    expect(dev.get('/nl/gemeenten/testdorp/').passed).toBe(false);
    expect(dev.get('/_astro/page.css').passed).toBe(true); // the list page's own requests pass
    expect(dev.get('/@vite/client').passed).toBe(true);
    cpSync(join(FIXTURES, 'valid-municipality', 'files', 'src', 'content', 'municipalities', 'testdorp.yaml'), join(root, 'src', 'content', 'municipalities', 'testdorp.yaml'));
    dev.changed('src/content/municipalities/testdorp.yaml');
    expect(dev.get('/nl/gemeenten/testdorp/').passed).toBe(true);
    expect(dev.get('/data/fees/testdorp.json').passed).toBe(true);
  });

  it('the dev server lists a mistake made while it runs', async () => {
    const root = prepare('valid-municipality');
    const dev = devServer(root);
    expect(dev.get('/nl/').passed).toBe(true);
    cpSync(join(FIXTURES, 'mdx-bare-less-than', 'files', 'src', 'content', 'guides', 'nl', 'testgids.mdx'), join(root, 'src', 'content', 'guides', 'nl', 'testgids.mdx'));
    appendFileSync(join(root, 'src', 'content', 'guides.yaml'), readFileSync(join(FIXTURES, 'mdx-bare-less-than', 'append', 'src', 'content', 'guides.yaml'), 'utf8'));
    dev.changed('src/content/guides/nl/testgids.mdx');
    const page = dev.get('/fr/');
    expect(page.passed).toBe(false);
    expect(htmlText(page.body)).toContain('src/content/guides/nl/testgids.mdx:8:10 (text): a bare "<" before "12"');
    // After the pause for more saves, the dev server tells open pages to reload.
    await new Promise((r) => setTimeout(r, 400));
    expect(dev.sent).toContainEqual({ type: 'full-reload', path: '*' });
  });
});
