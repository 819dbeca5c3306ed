declare namespace App {
  interface Locals {
    /** The card id of the card page being rendered: <Fact field="…" /> in shared sections reads that card's data. */
    card?: string | undefined;
    /** The page's sources list, in its order: the marks beside figures link to their number in it (SourceMark.astro). */
    pageSources?: string[] | undefined;
  }
}
