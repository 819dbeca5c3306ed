/**
 * The change history: dated rows become changes on their first day, last day or the day an
 * undated source was read; ids stay put when rows are added; changes still to come carry the day
 * their source was last checked; git dates are Belgian calendar days; no usable git history
 * (no repository, a shallow clone) gives null, so pages say less instead of something wrong.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardRuleChanges, changeId, feeChanges, federalPriceChanges, fileChanges, lastFileChange, requirementChanges, splitChanges, type ChangeInput, type Words } from '../../src/lib/history.ts';
import { parseGitLog, readFileHistory } from '../../src/data/git-history.ts';
import { trustT } from '../../src/i18n/trust.ts';
import type { FeeRow } from '../../src/schemas/municipality.ts';
import type { RequirementEntry } from '../../src/lib/requirements.ts';
import { loadContent } from './fee-fixtures.ts';

const tt = trustT('en');
const words: Words = {
  t: (k, v) => tt(k as never, v),
  euro: (c) => `EUR ${(c / 100).toFixed(2)}`,
  cardCode: (c) => c.toUpperCase(),
  cardName: (c) => `${c.toUpperCase()} card`,
  age: (a) => a,
  procedure: (p) => p,
  reason: (r) => r,
  product: (p) => p,
  municipalityName: (id) => (id === 'testdorp' ? 'Testdorp' : id),
};
const input: ChangeInput = { today: '2026-12-01', sourceChecked: (id) => (id === 'testdorp-page' ? '2026-11-20' : undefined) };
const row = (extra: Partial<FeeRow>): FeeRow => ({ cards: ['a', 'b'], age: '12-plus', procedure: 'normal', reasons: ['first', 'renewal', 'duplicate'], total: 2540, sources: ['testdorp-page'], ...extra }) as FeeRow;

describe('fee rows as changes', () => {
  it('a dated row changes on its first and its last day; an undated one on the day it was read', () => {
    const changes = feeChanges(input, 'testdorp', [row({ validFrom: '2026-01-01', validUntil: '2027-01-31' }), row({ validFrom: '2027-02-01', total: 2800 }), row({ seenOn: '2026-11-23', cards: ['k'] })], words);
    expect(changes.map((c) => [c.when, c.date])).toEqual([['from', '2026-01-01'], ['until', '2027-01-31'], ['from', '2027-02-01'], ['seen', '2026-11-23']]);
    expect(changes[2]!.text).toBe('A, B (12-plus, normal, first, renewal, duplicate) costs EUR 28.00 in Testdorp.');
    expect(changes[1]!.text).toContain('no longer applies');
    expect(changes[3]!.text).toContain('The source gives no start date.');
    expect(changes.every((c) => c.topic === 'fee' && c.page?.id === 'testdorp' && c.sources[0] === 'testdorp-page')).toBe(true);
  });

  it('a surcharge row says it comes on top of the federal price', () => {
    const { total: _total, ...rest } = row({ validFrom: '2025-01-01' }) as FeeRow & { total: number };
    const [c] = feeChanges(input, 'testdorp', [{ ...rest, surcharge: 200 } as FeeRow], words);
    expect(c!.text).toBe('For A, B (12-plus, normal, first, renewal, duplicate), Testdorp charges EUR 2.00 on top of the federal price.');
  });

  it('a change still to come was announced on the day its source was last checked, a past one on its own day', () => {
    const [past, , future] = feeChanges(input, 'testdorp', [row({ validFrom: '2026-01-01', validUntil: '2027-01-31' }), row({ validFrom: '2027-02-01' })], words);
    expect(past!.announced).toBe('2026-01-01');
    expect(future!.announced).toBe('2026-11-20');
    // A source never checked: the build day, never a day after the change.
    const [unknown] = feeChanges(input, 'testdorp', [row({ validFrom: '2027-02-01', sources: ['other'] })], words);
    expect(unknown!.announced).toBe('2026-12-01');
  });

  it('keeps its id when rows are added before it, and two different rows get different ids', () => {
    const a = feeChanges(input, 'testdorp', [row({ validFrom: '2027-02-01' })], words)[0]!;
    const b = feeChanges(input, 'testdorp', [row({ seenOn: '2026-11-23' }), row({ validFrom: '2027-02-01' })], words)[1]!;
    expect(b.id).toBe(a.id);
    expect(a.id).toMatch(/^change-[0-9a-f]{8}$/);
    expect(changeId('x')).not.toBe(changeId('y'));
  });
});

describe('rules, federal prices and what to bring', () => {
  it('reads the real card data: the A card’s renewal window and fingerprint age, read on the day of their source', () => {
    const { cards } = loadContent();
    const changes = cardRuleChanges(input, 'a', cards.get('a')!, words);
    expect(changes.map((c) => c.text)).toContain('You apply for a new A card between 45 and 30 days before the expiry date.');
    expect(changes.every((c) => c.when === 'seen' && c.topic === 'rule')).toBe(true);
  });

  it('a federal price changes on its first and last day', () => {
    const changes = federalPriceChanges(input, [{ id: 'urgent-2025', product: 'urgent', validFrom: '2025-01-01', validUntil: '2025-12-31', amount: 12020, sources: ['haaltert-2025'] }], words);
    expect(changes.map((c) => `${c.when} ${c.date}: ${c.text}`)).toEqual([
      'from 2025-01-01: The federal production price for urgent is EUR 120.20.',
      'until 2025-12-31: The federal production price for urgent is EUR 120.20. After that day this amount no longer applies.',
    ]);
  });

  it('a requirement rule that always holds is no change; a dated one is, with where it holds', () => {
    const base = { stage: 'application', situations: ['first'], age: 'any', cards: [], order: 1, text: { nl: 'x', fr: 'x', en: 'Your passport.' }, sources: ['s'] } as const;
    const entries = [{ ...base, id: 'always' }, { ...base, id: 'new', validFrom: '2027-03-01', municipality: 'testdorp' }] as unknown as RequirementEntry[];
    const changes = requirementChanges(input, entries, 'en', words);
    expect(changes.map((c) => c.text)).toEqual(['What to bring (Testdorp): Your passport.']);
  });
});

describe('splitting and file history', () => {
  it('puts changes still to come soonest first and past ones newest first, each once', () => {
    const cs = feeChanges(input, 'testdorp', [row({ validFrom: '2026-01-01', validUntil: '2027-01-31' }), row({ validFrom: '2027-02-01' }), row({ seenOn: '2026-11-23' })], words);
    const { upcoming, past } = splitChanges([...cs, ...cs], '2026-12-01');
    expect(upcoming.map((c) => c.date)).toEqual(['2027-01-31', '2027-02-01']);
    expect(past.map((c) => c.date)).toEqual(['2026-11-23', '2026-01-01']);
  });

  it('reads one change per day and kind of file, and the page’s last change', () => {
    const history = new Map([
      ['src/content/cards/en/a.mdx', ['2026-12-01', '2026-11-23']],
      ['src/content/sections/en/invitation.mdx', ['2026-11-25']],
      ['src/content/sections/en/collection.mdx', ['2026-11-25']],
    ]);
    const files = [
      { path: 'src/content/cards/en/a.mdx', role: 'text' as const },
      { path: 'src/content/sections/en/invitation.mdx', role: 'sections' as const },
      { path: 'src/content/sections/en/collection.mdx', role: 'sections' as const },
    ];
    const changes = fileChanges(input, files, history, words);
    expect(changes.map((c) => `${c.date} ${c.text}`).sort()).toEqual([
      '2026-11-23 The text of this page was changed.',
      '2026-11-25 A text that every card page shows was changed.',
      '2026-12-01 The text of this page was changed.',
    ]);
    expect(lastFileChange(files, history)).toBe('2026-12-01');
    expect(fileChanges(input, files, null, words)).toEqual([]);
    expect(lastFileChange(files, null)).toBeUndefined();
  });

  it('dates a commit by the Belgian calendar day, whatever the machine’s time zone', () => {
    // 2026-11-30 23:30 UTC is 1 December 00:30 in Brussels.
    const stamp = Date.UTC(2026, 10, 30, 23, 30) / 1000;
    const out = `\0${stamp}\n\nsrc/content/a.yaml\n\0${stamp - 86400 * 3}\n\nsrc/content/a.yaml\nsrc/content/b.yaml\n`;
    expect(Object.fromEntries(parseGitLog(out))).toEqual({ 'src/content/a.yaml': ['2026-12-01', '2026-11-28'], 'src/content/b.yaml': ['2026-11-28'] });
  });

  it('gives no history outside a repository and in a shallow clone, and the real history in a full one', () => {
    const plain = mkdtempSync(join(tmpdir(), 'vk-nogit-'));
    expect(readFileHistory(plain)).toBeNull();
    const repo = mkdtempSync(join(tmpdir(), 'vk-git-'));
    const g = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e', GIT_COMMITTER_DATE: '2026-11-23T12:00:00Z', GIT_AUTHOR_DATE: '2026-11-23T12:00:00Z' } });
    g(repo, 'init', '-q');
    execFileSync('mkdir', ['-p', join(repo, 'src/content')]);
    writeFileSync(join(repo, 'src/content/x.yaml'), 'a: 1\n');
    g(repo, 'add', '.');
    g(repo, 'commit', '-q', '-m', 'one');
    writeFileSync(join(repo, 'src/content/x.yaml'), 'a: 2\n');
    g(repo, 'commit', '-q', '-am', 'two');
    expect(readFileHistory(repo)?.get('src/content/x.yaml')).toEqual(['2026-11-23']);
    const shallow = join(mkdtempSync(join(tmpdir(), 'vk-shallow-')), 'clone');
    g(tmpdir(), 'clone', '-q', '--depth', '1', `file://${repo}`, shallow);
    expect(readFileHistory(shallow)).toBeNull();
  });
});
