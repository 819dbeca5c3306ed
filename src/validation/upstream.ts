/**
 * Upstream changes and ahead-of-time freshness: warnings that follow a change in one file to
 * the rows and pages that depend on it, and warnings that come before a dated list runs out.
 *
 * - A municipal fee row with a `total` includes the federal production price of the day it was
 *   read (or confirmed). When federal-prices.yaml holds a newer price for the same product,
 *   starting after that day and within the row's period (already, or within AHEAD_DAYS), the
 *   row is named with its file, line and field: the total probably changed.
 *   `npm run confirm -- <id>` records that an editor checked the totals (`confirmed:`).
 * - A card type's dated rule (renewal, fingerprints, permanent residence) that starts after a
 *   card page was last checked names that page in every language.
 * - A dated list that ends within AHEAD_DAYS without a successor is named ahead of time: the
 *   federal prices that surcharge rows need, a municipality's fee rows, the holiday sets and the
 *   card types' rules ("from 1 January 2027 no federal price is known (in 31 days)").
 *
 * Warnings only: they never stop a build. Pure apart from the model.
 */
import { federalProductFor } from '../lib/fee-schedule.ts';
import { covers, dayAfter, dayBefore, type Period } from '../lib/periods.ts';
import { addDays, daysBetween, formatDate, parseIsoDate, toIsoDate, type PlainDate } from '../lib/plain-date.ts';
import { pathFor } from '../i18n/routes.ts';
import type { FederalPrice, FederalProduct } from '../schemas/federal-price.ts';
import { feeRowSchema, type FeeRow } from '../schemas/municipality.ts';
import type { PathSegment, YamlText } from './load.ts';
import type { Model } from './model.ts';
import { fieldPath, type Problem } from './problem.ts';

/** How many days ahead the check looks for a dated list that runs out or a change that starts. */
export const AHEAD_DAYS = 60;

/** The rules of this module, for the build's output (it prints these warnings). */
export const UPSTREAM_RULES = ['federal-price-changed', 'card-rule-changed', 'federal-price-ends', 'fee-ends', 'holidays-end', 'card-rule-ends'] as const;

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const dateText = (v: unknown): string | undefined => {
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : v;
  return typeof s === 'string' && parseIsoDate(s) !== null ? s : undefined;
};

/** "1 January 2027". */
export function dayWords(iso: string): string {
  return formatDate(parseIsoDate(iso)!, 'en');
}

/** "in 31 days", "tomorrow", "today", "31 days ago". */
export function inDays(today: PlainDate, iso: string): string {
  const n = daysBetween(today, parseIsoDate(iso)!);
  if (n === 0) return 'today';
  if (n === 1) return 'tomorrow';
  if (n === -1) return 'yesterday';
  return n > 0 ? `in ${n} days` : `${-n} days ago`;
}

const euro = (cents: number) => `EUR ${(cents / 100).toFixed(2)}`;

function warn(yaml: YamlText, path: PathSegment[], rule: string, message: string, fix: string): Problem {
  return { severity: 'warning', rule, file: yaml.file, line: yaml.lineOf(path), field: fieldPath(path) || undefined, message, fix };
}

/**
 * The first day within the horizon on which a dated list runs out: a row that holds on some day
 * from today on ends before the horizon, and no row holds on the day after. Undefined when the
 * list runs on (or has already run out: the "valid today" warnings cover that).
 */
export function runsOutAhead<R extends Period>(rows: readonly R[], todayIso: string, horizonIso: string): { row: R; next: string } | undefined {
  const ends = rows
    .filter((r) => r.validUntil !== undefined && r.validUntil >= todayIso && r.validUntil < horizonIso)
    .sort((a, b) => a.validUntil!.localeCompare(b.validUntil!));
  for (const row of ends) {
    const next = dayAfter(row.validUntil!);
    if (!rows.some((r) => covers(r, next))) return { row, next };
  }
  return undefined;
}

interface Row { index: number; data: FeeRow }

function feeRows(raw: unknown): Row[] {
  if (!isObj(raw) || !Array.isArray(raw.fees)) return [];
  return raw.fees.flatMap((r, index) => {
    const parsed = feeRowSchema.safeParse(r);
    return parsed.success ? [{ index, data: parsed.data }] : [];
  });
}

/** Two rows concern a common case: a shared card, the same procedure, overlapping ages, a shared reason. */
const sameCase = (a: FeeRow, b: FeeRow) =>
  a.procedure === b.procedure && (a.age === b.age || a.age === 'any' || b.age === 'any') && a.reasons.some((r) => b.reasons.includes(r));

export function upstreamChanges(model: Model, today: PlainDate): Problem[] {
  const out: Problem[] = [];
  const todayIso = toIsoDate(today);
  const horizon = toIsoDate(addDays(today, AHEAD_DAYS));
  const cardFacts = new Map(model.cardTypes.flatMap((c) => (c.data ? [[c.id, c.data] as const] : [])));
  const code = (card: string) => cardFacts.get(card)?.code ?? card;
  const prices = model.federalPrices.flatMap((e) => (e.data ? [{ index: e.index, data: e.data }] : []));
  const fp = model.tree.federalPrices;
  const priceAt = (index: number) => (fp ? `${fp.file}:${fp.lineOf([index]) ?? 1}` : 'federal-prices.yaml');
  const productOf = (card: string, row: FeeRow): FederalProduct | null => {
    const facts = cardFacts.get(card);
    return facts ? federalProductFor(facts, row.age, row.procedure) : null;
  };
  const priceWords = (p: { index: number; data: FederalPrice }) => `${p.data.id} (${euro(p.data.amount)}, ${priceAt(p.index)})`;

  for (const m of model.municipalities) {
    if (!isObj(m.raw)) continue;
    const rows = feeRows(m.raw);
    const name = isObj(m.raw.name) && typeof m.raw.name.en === 'string' ? m.raw.name.en : m.id;
    const confirmed = dateText(m.raw.confirmed);

    // 1. Totals that include a federal price, when a newer federal price is known.
    for (const { index, data: row } of rows) {
      if (!('total' in row)) continue;
      const own = row.validFrom ?? row.seenOn;
      if (!own) continue;
      const ref = confirmed !== undefined && confirmed > own ? confirmed : own;
      const products = new Set(row.cards.map((c) => productOf(c, row)).filter((p): p is FederalProduct => p !== null));
      const changes: Array<{ product: FederalProduct; included?: { index: number; data: FederalPrice } | undefined; newer: { index: number; data: FederalPrice } }> = [];
      for (const product of products) {
        const mine = prices.filter((p) => p.data.product === product);
        const included = mine.find((p) => covers(p.data, ref));
        const newer = mine
          .filter((p) => p.data.validFrom > ref && p.data.validFrom <= horizon && (row.validUntil === undefined || p.data.validFrom <= row.validUntil) && p.data.amount !== included?.data.amount)
          .sort((a, b) => a.data.validFrom.localeCompare(b.data.validFrom))[0];
        if (newer) changes.push({ product, included, newer });
      }
      if (changes.length === 0) continue;
      const start = changes.map((c) => c.newer.data.validFrom).sort()[0]!;
      const read = `${row.validFrom ? `valid from ${row.validFrom}` : `read on ${own}`}${ref !== own ? `, confirmed on ${ref}` : ''}`;
      const known = changes.filter((c) => c.included);
      const includes = known.length
        ? `includes the federal price ${known.map((c) => `${c.included!.data.id} (${euro(c.included!.data.amount)})`).join(' and ')}`
        : `includes the federal price of ${ref}, which federal-prices.yaml does not hold`;
      const newer = changes.map((c) => priceWords(c.newer)).join(' and ');
      const when = start <= todayIso ? `a newer federal price applies since ${dayWords(start)}: ${newer}` : `a new federal price starts on ${dayWords(start)} (${inDays(today, start)}): ${newer}`;
      const changed = new Set(changes.map((c) => c.product));
      const cards = row.cards.filter((c) => changed.has(productOf(c, row)!));
      const pages = `${name}'s page (${pathFor('nl', 'municipalities', m.id)}) and the card ${cards.length === 1 ? 'page' : 'pages'} of ${cards.map(code).join(', ')} show it`;
      out.push(
        warn(
          m.yaml,
          ['fees', index, 'total'],
          'federal-price-changed',
          `the total ${euro(row.total)} (${read}) ${includes}; ${when}. Check the total: ${pages}.`,
          start <= todayIso
            ? `Read the municipality's page or ask it: if it now asks another amount, end this row with validUntil (the day before the new amount holds) and add a row with the new total and the validFrom the source gives; if the total still holds, run npm run confirm -- ${m.id}.`
            : `When ${name} publishes its fee from ${dayWords(start)}, end this row with validUntil: ${dayBefore(start)} and add a row with validFrom: ${start} and the new total; if it keeps this total, run npm run confirm -- ${m.id} on or after ${dayWords(start)}.`,
        ),
      );
    }

    // 2. Fee rows that end soon without a row after them.
    for (const { index, data: row } of rows) {
      const end = row.validUntil;
      if (end === undefined || end < todayIso || end >= horizon) continue;
      const next = dayAfter(end);
      const followers = rows.filter((r) => r.index !== index && covers(r.data, next) && sameCase(r.data, row));
      const uncovered = row.cards.filter((c) => !followers.some((f) => f.data.cards.includes(c)));
      if (uncovered.length === 0) continue;
      out.push(
        warn(
          m.yaml,
          ['fees', index, 'validUntil'],
          'fee-ends',
          `this row ends on ${end} and no row follows it: from ${dayWords(next)} (${inDays(today, next)}) no fee is known for card ${uncovered.map(code).join(', ')} (${row.age}, ${row.procedure} procedure, ${row.reasons.join('/')}).`,
          `Add the fee from ${next} as a new row with validFrom: ${next} as soon as the municipality publishes it; if this fee does not end, remove validUntil.`,
        ),
      );
    }
  }

  // 3. Federal prices that surcharge rows need and that end soon without a successor.
  if (fp) {
    const byNext = new Map<string, { products: string[]; municipalities: Set<string>; index: number }>();
    const products = [...new Set(prices.map((p) => p.data.product))];
    for (const product of products) {
      const mine = prices.filter((p) => p.data.product === product);
      const gap = runsOutAhead(mine.map((p) => ({ ...p.data, index: p.index })), todayIso, horizon);
      if (!gap) continue;
      const affected = new Set<string>();
      for (const m of model.municipalities) {
        for (const { data: row } of feeRows(m.raw)) {
          if ('surcharge' in row && covers(row, gap.next) && row.cards.some((c) => productOf(c, row) === product)) affected.add(m.id);
        }
      }
      if (affected.size === 0) continue;
      const entry = byNext.get(gap.next) ?? { products: [], municipalities: new Set<string>(), index: gap.row.index };
      entry.products.push(product);
      affected.forEach((a) => entry.municipalities.add(a));
      byNext.set(gap.next, entry);
    }
    for (const [next, e] of byNext) {
      out.push(
        warn(
          fp,
          [e.index, 'validUntil'],
          'federal-price-ends',
          `from ${dayWords(next)} no federal price is known (${inDays(today, next)}) for: ${e.products.join(', ')}. The surcharge rows of ${[...e.municipalities].sort().join(', ')} then have no total.`,
          `Add the federal prices from ${next} as new entries with validFrom: ${next} as soon as they are published; keep the old entries.`,
        ),
      );
    }
  }

  // 4. Holiday sets that end soon without a successor.
  const holidays = model.holidays.flatMap((e) => (e.data ? [{ ...e.data, index: e.index }] : []));
  const holidayGap = runsOutAhead(holidays, todayIso, horizon);
  if (holidayGap && model.tree.holidays) {
    out.push(
      warn(
        model.tree.holidays,
        [holidayGap.row.index, 'validUntil'],
        'holidays-end',
        `from ${dayWords(holidayGap.next)} no set of public holidays is known (${inDays(today, holidayGap.next)}): the deadline calculator then counts every weekday as a working day.`,
        `Add the holiday set that holds from ${holidayGap.next} as a new entry with validFrom: ${holidayGap.next} and its sources; keep the old entry.`,
      ),
    );
  }

  // 5. Card types' dated rules: a rule that ends soon without a successor, and a rule that
  // starts after a card page was last checked.
  const RULES = { renewal: 'renewal rule', fingerprints: 'fingerprint age', permanentResidence: 'permanent-residence lead time' } as const;
  for (const c of model.cardTypes) {
    if (!c.data) continue;
    for (const list of Object.keys(RULES) as Array<keyof typeof RULES>) {
      const rows = (c.data[list] as readonly Period[]).map((r, index) => ({ ...r, index }));
      const gap = runsOutAhead(rows, todayIso, horizon);
      if (gap) {
        out.push(
          warn(
            c.yaml,
            [list, gap.row.index, 'validUntil'],
            'card-rule-ends',
            `from ${dayWords(gap.next)} no ${RULES[list]} is known for the ${c.data.code} card (${inDays(today, gap.next)}).`,
            `Add the rule that holds from ${gap.next} as a new row with validFrom: ${gap.next} and its sources; keep the old row.`,
          ),
        );
      }
      for (const r of rows) {
        if (r.validFrom === undefined || r.validFrom > horizon) continue;
        const ruleAt = `${c.yaml.file}:${c.yaml.lineOf([list, r.index]) ?? 1}, ${list}[${r.index}]`;
        for (const page of model.cardPages) {
          if (page.mdx.name !== c.id || !isObj(page.raw)) continue;
          const checked = dateText(page.raw.lastChecked);
          if (checked === undefined || r.validFrom <= checked) continue;
          const started = r.validFrom <= todayIso;
          out.push(
            warn(
              page.mdx.frontMatter,
              ['lastChecked'],
              'card-rule-changed',
              `the ${c.data.code} card's ${RULES[list]} ${started ? 'changed on' : 'changes on'} ${dayWords(r.validFrom)}${started ? '' : ` (${inDays(today, r.validFrom)})`} (${ruleAt}); this page was last checked on ${checked}, so its text may describe the old rule.`,
              started
                ? 'Read the page against the new rule and correct what changed, then set lastChecked to today.'
                : `Read the page against the new rule before ${dayWords(r.validFrom)}; on or after that day, set lastChecked to the day you checked.`,
            ),
          );
        }
      }
    }
  }
  return out;
}
