declare namespace App {
  interface Locals {
    /** The card id of the card page being rendered: <Fact field="…" /> in shared sections reads that card's data. */
    card?: string | undefined;
    /** The page's sources list, in its order: the marks beside figures link to their number in it (SourceMark.astro). */
    pageSources?: string[] | undefined;
    /** A page showing prose in another language than its own (not yet translated): the prose's links are rewritten to the page's language. */
    prose?: { pageLang: import('./i18n/languages.ts').Lang } | undefined;
  }
}
declare namespace Astro {
  interface ClientDirectives {
    /** Wakes the island once its data files are loaded (src/components/island-data/directive.ts). */
    'client:data'?: import('./components/island-data/directive.ts').DataDirectiveOptions | boolean;
  }
}
