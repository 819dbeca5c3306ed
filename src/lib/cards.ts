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
