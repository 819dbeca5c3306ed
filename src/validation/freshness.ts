/**
 * Freshness warnings: entries not checked against their sources for 12 months, municipalities
 * without a fee row valid today, and federal prices missing for today. Warnings never stop the
 * build: the site shows the latest known fees with a notice (the fee pages handle that).
 */
import { covers as periodCovers } from '../lib/periods.ts';
import { federalProductFor } from '../lib/fee-schedule.ts';
import { addMonths, parseIsoDate, toIsoDate, type PlainDate } from '../lib/plain-date.ts';
import { feeRowSchema } from '../schemas/municipality.ts';
import type { PathSegment, YamlText } from './load.ts';
import type { Model } from './model.ts';
import { fieldPath, type Problem } from './problem.ts';

export const STALE_AFTER_MONTHS = 12;

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const validDate = (v: unknown): v is string => typeof v === 'string' && parseIsoDate(v) !== null;

function warn(yaml: YamlText, path: PathSegment[], rule: string, message: string, fix?: string): Problem {
  return { severity: 'warning', rule, file: yaml.file, line: yaml.lineOf(path), field: fieldPath(path) || undefined, message, fix };
}

export function freshness(model: Model, today: PlainDate): Problem[] {
  const out: Problem[] = [];
  const todayIso = toIsoDate(today);
  const limit = toIsoDate(addMonths(today, -STALE_AFTER_MONTHS));

  const checked = (yaml: YamlText, path: PathSegment[], value: unknown, what: string) => {
    const v = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    if (!validDate(v)) return; // missing or wrong: the schema reports it
    if (v < limit) {
      out.push(warn(yaml, path, 'stale', `${what} was last checked on ${v}, more than ${STALE_AFTER_MONTHS} months ago.`, 'Compare it with its sources again, correct what changed, then set lastChecked to today.'));
    } else if (v > todayIso) {
      out.push(warn(yaml, path, 'checked-in-future', `lastChecked ${v} is after today (${todayIso}).`, 'Write the day you checked the entry, written YYYY-MM-DD.'));
    }
  };
  for (const c of model.cardTypes) if (isObj(c.raw)) checked(c.yaml, ['lastChecked'], c.raw.lastChecked, `the card type "${c.id}"`);
  for (const m of model.municipalities) if (isObj(m.raw)) checked(m.yaml, ['lastChecked'], m.raw.lastChecked, `the municipality "${m.id}"`);
  for (const s of model.sources) if (isObj(s.raw)) checked(s.yaml, [s.index, 'lastChecked'], s.raw.lastChecked, `the source "${s.id ?? s.index}"`);
  for (const p of [...model.cardPages, ...model.guides]) if (isObj(p.raw)) checked(p.mdx.frontMatter, ['lastChecked'], p.raw.lastChecked, 'this page');

  // Fees valid today.
  const covers = (r: { validFrom?: string | undefined; validUntil?: string | undefined }) => periodCovers(r, todayIso);
  const cardFacts = new Map(model.cardTypes.flatMap((c) => (c.data ? [[c.id, c.data] as const] : [])));
  const neededProducts = new Map<string, Set<string>>();
  for (const m of model.municipalities) {
    if (!isObj(m.raw) || !Array.isArray(m.raw.fees)) continue;
    const rows = m.raw.fees.flatMap((raw) => {
      const r = feeRowSchema.safeParse(raw);
      return r.success ? [r.data] : [];
    });
    if (rows.length === 0) continue;
    const current = rows.filter(covers);
    if (current.length === 0) {
      const ends = rows.map((r) => r.validUntil).filter((u): u is string => u !== undefined).sort();
      const starts = rows.map((r) => r.validFrom).sort();
      const latest = ends[ends.length - 1];
      const first = starts[0]!;
      out.push(
        warn(
          m.yaml,
          ['fees'],
          'no-current-fee',
          first > todayIso
            ? `no fee row is valid today (${todayIso}): the first starts on ${first}.`
            : `no fee row is valid today (${todayIso}): the latest ended on ${latest}. The site shows the latest known fees with a notice that they may be out of date.`,
          'Check the current fees with the municipality; add new rows with validFrom and keep the old rows as they are.',
        ),
      );
    }
    for (const r of current) {
      if (!('surcharge' in r)) continue;
      for (const card of r.cards) {
        const facts = cardFacts.get(card);
        const product = facts ? federalProductFor(facts, r.age, r.procedure) : null;
        if (product) neededProducts.set(product, (neededProducts.get(product) ?? new Set()).add(m.id));
      }
    }
  }
  const fp = model.tree.federalPrices;
  if (fp) {
    const missing: string[] = [];
    const affected = new Set<string>();
    let lastEnd: string | undefined;
    let lastIndex: number | undefined;
    for (const [product, municipalities] of neededProducts) {
      const prices = model.federalPrices.flatMap((e) => (e.data && e.data.product === product ? [{ index: e.index, data: e.data }] : []));
      if (prices.some((e) => covers(e.data))) continue;
      missing.push(product);
      municipalities.forEach((m) => affected.add(m));
      for (const e of prices) {
        if (e.data.validUntil && (!lastEnd || e.data.validUntil > lastEnd)) {
          lastEnd = e.data.validUntil;
          lastIndex = e.index;
        }
      }
    }
    if (missing.length > 0) {
      out.push({
        severity: 'warning',
        rule: 'no-current-price',
        file: fp.file,
        line: lastIndex === undefined ? undefined : fp.lineOf([lastIndex]),
        message: `no federal price is valid today (${todayIso}) for: ${missing.join(', ')}${lastEnd ? ` (the latest ended on ${lastEnd})` : ''}. The surcharge rows of ${[...affected].sort().join(', ')} then have no total.`,
        fix: 'Add the new federal prices as new entries with validFrom; keep the old entries.',
      });
    }
  }
  return out;
}
