/**
 * A card type's dated rules (renewal window, permanent-residence lead time, fingerprints) as
 * they hold on one day. The renewal and permanent-residence rows are chosen by the card's expiry
 * date, fingerprints by the application day; pages that name no day use the build day.
 * One implementation for the card pages, the deadline calculator and the content check.
 */
import type { Period } from './periods.ts';
import { currentRule } from './periods.ts';
import type { RenewalRule } from './deadlines.ts';

type Dated<T> = T & Period & { seenOn?: string | undefined; sources: readonly string[] };

export interface DatedCardRules {
  renewal: ReadonlyArray<Dated<Exclude<RenewalRule, { kind: 'unknown' }>>>;
  permanentResidence: ReadonlyArray<Dated<{ monthsBefore: number }>>;
  fingerprints: ReadonlyArray<Dated<{ fromAge: number }>>;
}

export interface CardRulesOn {
  renewal: RenewalRule;
  renewalSources: readonly string[];
  permanent: { monthsBefore: number; sources: readonly string[] } | null;
  fingerprints: { fromAge: number; sources: readonly string[] } | null;
}

/**
 * The rules a page shows on a day: the row that holds then, or the next to start when none holds
 * yet. (The calculator picks the rows of a card's expiry date: rulesOnExpiry in deadline-query.ts.)
 */
export function cardRulesOn(c: DatedCardRules, iso: string): CardRulesOn {
  const r = currentRule(c.renewal, iso);
  const p = currentRule(c.permanentResidence, iso);
  const f = currentRule(c.fingerprints, iso);
  return {
    renewal: !r ? { kind: 'unknown' } : r.kind === 'window' ? { kind: 'window', opensDaysBefore: r.opensDaysBefore, closesDaysBefore: r.closesDaysBefore } : { kind: 'latest', closesDaysBefore: r.closesDaysBefore },
    renewalSources: r?.sources ?? [],
    permanent: p ? { monthsBefore: p.monthsBefore, sources: p.sources } : null,
    fingerprints: f ? { fromAge: f.fromAge, sources: f.sources } : null,
  };
}

/** Every source a card's dated rules name (for a page's source list). */
export function ruleSources(c: DatedCardRules): string[] {
  return [...new Set([...c.renewal, ...c.permanentResidence, ...c.fingerprints].flatMap((r) => r.sources))];
}
