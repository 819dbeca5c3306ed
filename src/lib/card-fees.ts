/**
 * Which fee rows and source conflicts concern a card in one municipality: one implementation
 * for the static tables (card and municipality pages), the municipality picker and the tests.
 */
import type { FeeData } from './fee-engine.ts';
import type { FeeSegment } from './fee-schedule.ts';

import type { Lang } from '../schemas/common.ts';

export interface CardFees {
  /** Segments to show, in the order of the file. */
  segments: FeeSegment[];
  /** Show the cards column (children's card: every card a child can hold). */
  showCards: boolean;
  /** Conflicts between sources that concern these segments, with the amounts they give. */
  conflicts: Array<{ id: string; about: Record<Lang, string>; sources: string[]; amounts: number[] }>;
}

/**
 * The fees of one municipality for one card, as the static tables on the card page show them:
 * the card's own rows; for the children's card every row for under 12 (the price follows the
 * child's own card type).
 */
export function feesForCard(data: Pick<FeeData, 'segments' | 'conflicts' | 'cards'>, card: string): CardFees {
  const child = data.cards[card]?.kind === 'child-card';
  const segments = child ? data.segments.filter((s) => s.age === 'under-12') : data.segments.filter((s) => s.cards.includes(card));
  const named = new Set(segments.map((s) => s.conflict).filter((c): c is string => Boolean(c)));
  const conflicts = data.conflicts
    .filter((c) => named.has(c.id) || (!child && c.cards.includes(card)))
    .map((c) => ({
      id: c.id,
      about: c.about,
      sources: c.sources,
      amounts: [...new Set(segments.filter((s) => s.conflict === c.id && s.total !== null).map((s) => s.total!))].sort((a, b) => a - b),
    }));
  return { segments, showCards: child, conflicts };
}

