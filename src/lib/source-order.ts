/**
 * The order of a page's sources list: figures refer to a source by its number in that list
 * ([1], [2] …), so the list and the marks beside the figures share this one function.
 */
export function orderedSourceIds(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort();
}

/** The number (from 1) of a source in the page's list, or null when the page does not list it. */
export function sourceNumber(pageSources: readonly string[] | undefined, id: string): number | null {
  const i = pageSources ? pageSources.indexOf(id) : -1;
  return i < 0 ? null : i + 1;
}
