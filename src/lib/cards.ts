/** Card ids double as URL slugs (`eu-plus` for EU+). Kept as a function so a later change has one place to go. */
export function cardSlug(id: string): string {
  return id;
}

/**
 * Finds a card id from what a visitor or a link gives: the id (`eu-plus`) or the code on the
 * card (`EU+`, `eu+`), case-insensitive. Returns undefined when nothing matches.
 */
export function resolveCardId(input: string, cards: ReadonlyArray<{ id: string; code: string }>): string | undefined {
  const q = input.trim().toLowerCase();
  if (!q) return undefined;
  return cards.find((c) => c.id === q)?.id ?? cards.find((c) => c.code.toLowerCase() === q)?.id;
}

/**
 * The card types a child under 12 can hold: those whose card data say so (`underTwelve`), in the
 * order given. Every view (cost range, fee tables, picker, calculator) uses this one list.
 */
export function childCardIds(cards: ReadonlyArray<{ id: string; underTwelve?: unknown }>): string[] {
  return cards.filter((c) => Boolean(c.underTwelve)).map((c) => c.id);
}

/**
 * The `card` parameter of a link as the visitor meant it. People type `?card=EU+` without
 * encoding the plus, which URLSearchParams reads as a space ("EU "); a trailing or inner space is
 * therefore read back as `+`. Both calculators read their links through this function.
 */
export function readCardParam(raw: string | null | undefined): string {
  return (raw ?? '').trim().length === 0 ? '' : (raw ?? '').replace(/^ +/, '').replace(/ /g, '+').trim();
}
