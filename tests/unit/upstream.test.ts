/**
 * Upstream changes reach every row (src/validation/upstream.ts): a new federal price names the
 * municipal totals that include the old one; a dated list that runs out within AHEAD_DAYS is
 * named ahead of time; a card type's new rule names the card pages checked before it.
 */
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AHEAD_DAYS, formatProblem, validateContent, type Problem } from '../../src/validation/index.ts';
import { inDays, runsOutAhead } from '../../src/validation/upstream.ts';
import { parseIsoDate } from '../../src/lib/plain-date.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'upstream-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const MUNI = 'src/content/municipalities';
const PRICES_2026_2027 = `
- id: biometric-2026
  product: biometric
  validFrom: 2026-01-01
  validUntil: 2026-12-31
  amount: 2100
  sources: [haaltert-2025]
- id: biometric-2027
  product: biometric
  validFrom: 2027-01-01
  amount: 2170
  sources: [haaltert-2025]
`;

const testdorp = (fees: string, extra = '') => `name:
  nl: Testdorp
  fr: Testdorp
  en: Testdorp
region: flanders
services:
  - id: population
    name:
      nl: dienst Bevolking
      fr: service Population
      en: Population service
    cards: [a, b, eu]
    sources: [voorbeeldgemeente-page]
appointments:
  application: true
  collection: true
  sources: [voorbeeldgemeente-page]
urgent:
  sources: [voorbeeldgemeente-page]
fees:
${fees}
sources: [voorbeeldgemeente-page]
lastChecked: 2026-11-01
${extra}`;

let n = 0;
/** A copy of the real content with extra federal prices and, optionally, a municipality testdorp. */
function site(options: { prices?: string; testdorp?: string } = {}): string {
  const root = join(work, `site-${n++}`);
  cpSync(join(ROOT, 'src', 'content'), join(root, 'src', 'content'), { recursive: true });
  if (options.prices) appendFileSync(join(root, 'src', 'content', 'federal-prices.yaml'), options.prices);
  if (options.testdorp) writeFileSync(join(root, MUNI, 'testdorp.yaml'), options.testdorp);
  return root;
}

const check = (root: string, today: string) => {
  const r = validateContent(root, { today, git: false, translations: false });
  expect(r.errors.map(formatProblem)).toEqual([]);
  return r.warnings;
};
const byRule = (ws: Problem[], rule: string) => ws.filter((w) => w.rule === rule);
/** The line of the n-th `key:` line of a file (1-based), as an editor finds it. */
const lineOf = (root: string, file: string, key: string, nth = 0) => {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const hits = lines.flatMap((l, i) => (l.trimStart().startsWith(`${key}:`) || l.trimStart().startsWith(`- ${key}:`) ? [i + 1] : []));
  return hits[nth];
};
const clean = (p: Problem) => {
  const text = formatProblem(p);
  expect(text).not.toMatch(/undefined|NaN|\[object Object\]|\n\s+at /);
  expect(text.split('\n')).toHaveLength(2);
  return text;
};

describe('a new federal price names the totals that include the old one', () => {
  it('ahead of time: the 2027 price starts in 31 days, every biometric total read before it is named with file, line, field and fix', () => {
    const root = site({ prices: PRICES_2026_2027 });
    const ws = byRule(check(root, '2026-12-01'), 'federal-price-changed');
    // Koekelberg: K/L normal (fees[0]), A/EU/F first (fees[2]), A/B/EU/F renewal (fees[3]); Voorbeeldgemeente: fees[1].
    // The urgent and under-12 rows use other products, whose prices did not change.
    expect(ws.map((w) => `${w.file}|${w.field}`).sort()).toEqual([
      `${MUNI}/koekelberg.yaml|fees[0].total`,
      `${MUNI}/koekelberg.yaml|fees[2].total`,
      `${MUNI}/koekelberg.yaml|fees[3].total`,
      `${MUNI}/voorbeeldgemeente.yaml|fees[1].total`,
    ]);
    const k0 = ws.find((w) => w.file.endsWith('koekelberg.yaml') && w.field === 'fees[0].total')!;
    expect(k0.line).toBe(lineOf(root, `${MUNI}/koekelberg.yaml`, 'total', 0));
    const text = clean(k0);
    expect(text).toContain(`${MUNI}/koekelberg.yaml:${k0.line}  fees[0].total: the total EUR 25.40 (read on 2026-11-23) includes the federal price biometric-2026 (EUR 21.00)`);
    expect(text).toContain('a new federal price starts on 1 January 2027 (in 31 days): biometric-2027 (EUR 21.70, src/content/federal-prices.yaml:');
    expect(text).toContain("Koekelberg's page (/nl/gemeenten/koekelberg/) and the card pages of K, L show it");
    expect(k0.fix).toContain('end this row with validUntil: 2026-12-31 and add a row with validFrom: 2027-01-01');
    expect(k0.fix).toContain('npm run confirm -- koekelberg');
    // The A/EU/F row names only the cards whose price changed.
    expect(ws.find((w) => w.field === 'fees[2].total' && w.file.endsWith('koekelberg.yaml'))!.message).toContain('card page of A show it');
  });

  it('after the day: "applies since", until the municipality is confirmed on or after it', () => {
    const root = site({ prices: PRICES_2026_2027 });
    const after = byRule(check(root, '2027-01-04'), 'federal-price-changed');
    expect(after).toHaveLength(4);
    expect(after[0]!.message).toContain('a newer federal price applies since 1 January 2027: biometric-2027');
    expect(after[0]!.fix).toContain('if the total still holds, run npm run confirm --');

    const file = join(root, MUNI, 'koekelberg.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('confirmed: 2026-11-23', 'confirmed: 2027-01-03'));
    const confirmed = byRule(check(root, '2027-01-04'), 'federal-price-changed');
    expect(confirmed.map((w) => w.file)).toEqual([`${MUNI}/voorbeeldgemeente.yaml`]);
  });

  it('a confirmation before the new price starts does not hide it', () => {
    const root = site({ prices: PRICES_2026_2027 });
    const file = join(root, MUNI, 'koekelberg.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('confirmed: 2026-11-23', 'confirmed: 2026-12-01'));
    expect(byRule(check(root, '2026-12-02'), 'federal-price-changed').filter((w) => w.file.endsWith('koekelberg.yaml'))).toHaveLength(3);
  });

  it('stays silent beyond the horizon, for a row that ends before the new price, and for a new price of the same amount', () => {
    const root = site({ prices: PRICES_2026_2027 });
    // 2027-01-01 is more than AHEAD_DAYS after 2026-10-01.
    expect(byRule(check(root, '2026-10-01'), 'federal-price-changed')).toEqual([]);

    const same = site({ prices: PRICES_2026_2027.replace('amount: 2170', 'amount: 2100') });
    expect(byRule(check(same, '2026-12-01'), 'federal-price-changed')).toEqual([]);

    const ended = site({
      prices: PRICES_2026_2027,
      testdorp: testdorp(`  - cards: [a, b]
    age: 12-plus
    validFrom: 2026-01-01
    validUntil: 2026-12-31
    total: 2500
    sources: [voorbeeldgemeente-page]
  - cards: [a, b]
    age: 12-plus
    validFrom: 2027-01-01
    total: 2570
    sources: [voorbeeldgemeente-page]`),
    });
    expect(byRule(check(ended, '2026-12-01'), 'federal-price-changed').filter((w) => w.file.endsWith('testdorp.yaml'))).toEqual([]);
  });

  it('a dated total (validFrom) says so', () => {
    const root = site({
      prices: PRICES_2026_2027,
      testdorp: testdorp(`  - cards: [a, b]
    age: 12-plus
    validFrom: 2026-01-01
    total: 2500
    sources: [voorbeeldgemeente-page]`),
    });
    const [w] = byRule(check(root, '2026-12-15'), 'federal-price-changed').filter((x) => x.file.endsWith('testdorp.yaml'));
    expect(clean(w!)).toContain('fees[0].total: the total EUR 25.00 (valid from 2026-01-01) includes the federal price biometric-2026 (EUR 21.00); a new federal price starts on 1 January 2027 (in 17 days)');
  });
});

describe('ahead of time: dated lists that run out', () => {
  const surcharge = testdorp(`  - cards: [a, b]
    age: 12-plus
    validFrom: 2026-01-01
    surcharge: 400
    sources: [voorbeeldgemeente-page]`);
  const prices2026 = PRICES_2026_2027.slice(0, PRICES_2026_2027.indexOf('- id: biometric-2027'));

  it(`federal prices that surcharge rows need: "from 1 January 2027 no federal price is known (in 31 days)", within ${AHEAD_DAYS} days`, () => {
    const root = site({ prices: prices2026, testdorp: surcharge });
    const [w, ...rest] = byRule(check(root, '2026-12-01'), 'federal-price-ends');
    expect(rest).toEqual([]);
    expect(w!.file).toBe('src/content/federal-prices.yaml');
    expect(w!.field).toMatch(/^\[\d+\]\.validUntil$/);
    expect(w!.line).toBe(lineOf(root, 'src/content/federal-prices.yaml', 'validUntil', 10));
    expect(clean(w!)).toContain('from 1 January 2027 no federal price is known (in 31 days) for: biometric. The surcharge rows of testdorp then have no total.');
    expect(w!.fix).toContain('validFrom: 2027-01-01');

    expect(byRule(check(root, '2026-10-01'), 'federal-price-ends')).toEqual([]); // 92 days ahead: not yet
    expect(byRule(check(site({ prices: PRICES_2026_2027, testdorp: surcharge }), '2026-12-01'), 'federal-price-ends')).toEqual([]); // a successor is known
    expect(byRule(check(site({ prices: prices2026 }), '2026-12-01'), 'federal-price-ends')).toEqual([]); // no surcharge row needs it
  });

  it("a municipality's fee row that ends without a row after it", () => {
    const root = site({
      prices: PRICES_2026_2027,
      testdorp: testdorp(`  - cards: [a, b]
    age: 12-plus
    validFrom: 2026-01-01
    validUntil: 2026-12-31
    total: 2500
    sources: [voorbeeldgemeente-page]
  - cards: [a]
    age: 12-plus
    validFrom: 2027-01-01
    total: 2600
    sources: [voorbeeldgemeente-page]`),
    });
    const [w, ...rest] = byRule(check(root, '2026-12-01'), 'fee-ends');
    expect(rest).toEqual([]);
    expect(w!.field).toBe('fees[0].validUntil');
    expect(w!.line).toBe(lineOf(root, `${MUNI}/testdorp.yaml`, 'validUntil'));
    // Card A has a row from 2027; card B has none.
    expect(clean(w!)).toContain('this row ends on 2026-12-31 and no row follows it: from 1 January 2027 (in 31 days) no fee is known for card B (12-plus, normal procedure, first/renewal/duplicate).');
  });

  it('the holiday set and a card rule that end without a successor', () => {
    const root = site();
    const hol = join(root, 'src', 'content', 'holidays.yaml');
    writeFileSync(hol, readFileSync(hol, 'utf8').replace('  seenOn: 2026-11-23', '  seenOn: 2026-11-23\n  validUntil: 2026-12-31'));
    const a = join(root, 'src', 'content', 'card-types', 'a.yaml');
    writeFileSync(a, readFileSync(a, 'utf8').replace('    closesDaysBefore: 30\n    seenOn: 2026-11-23', '    closesDaysBefore: 30\n    seenOn: 2026-11-23\n    validUntil: 2027-01-15'));
    const ws = check(root, '2026-12-01');
    expect(clean(byRule(ws, 'holidays-end')[0]!)).toContain('src/content/holidays.yaml:');
    expect(byRule(ws, 'holidays-end')[0]!.message).toBe('from 1 January 2027 no set of public holidays is known (in 31 days): the deadline calculator then counts every weekday as a working day.');
    const rule = byRule(ws, 'card-rule-ends');
    expect(rule.map((w) => `${w.file}|${w.field}`)).toEqual(['src/content/card-types/a.yaml|renewal[0].validUntil']);
    expect(rule[0]!.message).toBe('from 16 January 2027 no renewal rule is known for the A card (in 46 days).');
  });
});

describe("a card type's new rule names its card pages", () => {
  it('in every language, with the rule and the page\'s lastChecked', () => {
    const root = site();
    const a = join(root, 'src', 'content', 'card-types', 'a.yaml');
    writeFileSync(
      a,
      readFileSync(a, 'utf8').replace(
        '    closesDaysBefore: 30\n    seenOn: 2026-11-23  # the source gives no start date\n    sources: [koekelberg-page]',
        '    closesDaysBefore: 30\n    seenOn: 2026-11-23  # the source gives no start date\n    validUntil: 2027-01-14\n    sources: [koekelberg-page]\n  - kind: window\n    opensDaysBefore: 60\n    closesDaysBefore: 30\n    validFrom: 2027-01-15\n    sources: [koekelberg-page]',
      ),
    );
    const ws = byRule(check(root, '2026-12-01'), 'card-rule-changed');
    // Every language's A card page (each language that has one).
    const pages = readdirSync(join(root, 'src', 'content', 'cards')).filter((l) => existsSync(join(root, 'src', 'content', 'cards', l, 'a.mdx'))).map((l) => `src/content/cards/${l}/a.mdx`).sort();
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(ws.map((w) => w.file).sort()).toEqual(pages);
    const nl = ws.find((w) => w.file.endsWith('/nl/a.mdx'))!;
    expect(nl.field).toBe('lastChecked');
    expect(clean(nl)).toMatch(/the A card's renewal rule changes on 15 January 2027 \(in 45 days\) \(src\/content\/card-types\/a\.yaml:\d+, renewal\[1\]\); this page was last checked on \d{4}-\d{2}-\d{2}/);
    // Once the day has come and the page is checked again, the warning goes.
    const page = join(root, 'src', 'content', 'cards', 'nl', 'a.mdx');
    writeFileSync(page, readFileSync(page, 'utf8').replace(/^lastChecked: .*$/m, 'lastChecked: 2027-01-20'));
    expect(byRule(check(root, '2027-01-20'), 'card-rule-changed').map((w) => w.file).sort()).toEqual(pages.filter((p) => p !== 'src/content/cards/nl/a.mdx'));
  });
});

describe('helpers', () => {
  it('inDays and runsOutAhead', () => {
    const today = parseIsoDate('2026-12-01')!;
    expect(inDays(today, '2027-01-01')).toBe('in 31 days');
    expect(inDays(today, '2026-12-02')).toBe('tomorrow');
    expect(inDays(today, '2026-12-01')).toBe('today');
    const rows = [{ validFrom: '2026-01-01', validUntil: '2026-12-31' }];
    expect(runsOutAhead(rows, '2026-12-01', '2027-01-30')?.next).toBe('2027-01-01');
    expect(runsOutAhead([...rows, { validFrom: '2027-01-01' }], '2026-12-01', '2027-01-30')).toBeUndefined();
    expect(runsOutAhead(rows, '2026-10-01', '2026-11-30')).toBeUndefined();
  });
});

describe('the real content', () => {
  it('gives no upstream warning today (2026-11-23, the day it was read)', () => {
    const ws = check(ROOT, '2026-11-23');
    expect(ws.filter((w) => ['federal-price-changed', 'card-rule-changed', 'federal-price-ends', 'fee-ends', 'holidays-end', 'card-rule-ends'].includes(w.rule)).map(formatProblem)).toEqual([]);
  });
});
