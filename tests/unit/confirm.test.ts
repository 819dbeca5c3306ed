/** `npm run confirm -- <id>` (scripts/confirm.ts): sets confirmed: to today in Belgium, changes nothing else, refuses unknown ids. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { todayInBelgium, toIsoDate } from '../../src/lib/plain-date.ts';
import { setConfirmed } from '../../src/validation/confirm.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const work = mkdtempSync(join(tmpdir(), 'confirm-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
function site(): string {
  const root = join(work, `site-${n++}`);
  cpSync(join(ROOT, 'src', 'content', 'municipalities'), join(root, 'src', 'content', 'municipalities'), { recursive: true });
  return root;
}
const run = (root: string, ...args: string[]) => spawnSync(NODE, [join(ROOT, 'scripts', 'confirm.ts'), '--root', root, ...args], { encoding: 'utf8', cwd: ROOT });
const file = (root: string, id: string) => join(root, 'src', 'content', 'municipalities', `${id}.yaml`);

describe('npm run confirm', () => {
  it("sets confirmed: to today in Belgium and leaves every other line as it was", () => {
    const root = site();
    const before = readFileSync(file(root, 'koekelberg'), 'utf8');
    expect(before).toContain('\nconfirmed: 2026-11-23\n');
    const r = run(root, 'koekelberg');
    const today = toIsoDate(todayInBelgium());
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`src/content/municipalities/koekelberg.yaml: confirmed: ${today} (was 2026-11-23).`);
    const after = readFileSync(file(root, 'koekelberg'), 'utf8');
    expect(after).toBe(before.replace('\nconfirmed: 2026-11-23\n', `\nconfirmed: ${today}\n`));
    // The other municipality is untouched.
    expect(readFileSync(file(root, 'voorbeeldgemeente'), 'utf8')).toBe(readFileSync(file(ROOT, 'voorbeeldgemeente'), 'utf8'));
  });

  it('adds the line after lastChecked when the file has none', () => {
    const root = site();
    const f = file(root, 'voorbeeldgemeente');
    const without = readFileSync(f, 'utf8').replace(/^# The day an editor last confirmed.*\nconfirmed: .*\n/m, '');
    expect(without).not.toContain('confirmed:');
    writeFileSync(f, without);
    const r = run(root, 'voorbeeldgemeente');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('(added)');
    expect(readFileSync(f, 'utf8')).toBe(without.replace('lastChecked: 2026-11-23\n', `lastChecked: 2026-11-23\nconfirmed: ${toIsoDate(todayInBelgium())}\n`));
  });

  it('refuses an unknown id in one line, with the closest id', () => {
    const root = site();
    const r = run(root, 'koekelbreg');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('There is no municipality "koekelbreg" (no file src/content/municipalities/koekelbreg.yaml). Did you mean "koekelberg"?');
    const far = run(root, 'zzzzzzzzzzzz');
    expect(far.status).toBe(1);
    expect(far.stderr.trim().split('\n')).toHaveLength(1);
    expect(far.stderr).toContain('Known ids: koekelberg, voorbeeldgemeente.');
  });

  it('asks for an id when none is given', () => {
    const r = run(site());
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Give the id of the municipality you reviewed.');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('setConfirmed', () => {
  it('keeps a trailing comment and refuses a file it cannot change safely', () => {
    const r = setConfirmed('name: x\nconfirmed: 2026-01-01 # after the 2026 prices\n', '2026-12-01');
    expect(r).toEqual({ ok: true, text: 'name: x\nconfirmed: 2026-12-01 # after the 2026 prices\n', previous: '2026-01-01' });
    expect(setConfirmed('- a\n- b\n', '2026-12-01').ok).toBe(false);
    expect(setConfirmed('name: [unclosed\n', '2026-12-01').ok).toBe(false);
  });
});
