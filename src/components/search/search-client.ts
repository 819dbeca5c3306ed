/** Client side of the search page: reads ?q and ?kind, queries Pagefind, renders an accessible result list. */
import { splitElisions } from '../../lib/search-text.ts';
interface Strings { results: string; one: string; none: string; loading: string; error: string; kinds: Record<string, string>; elsewhere: string; elsewhereOne: string; langName: string; others: Array<{ code: string; name: string }> }
interface PagefindData { url: string; excerpt: string; meta: { title?: string }; filters: Record<string, string[]> }
interface PagefindResult { data(): Promise<PagefindData> }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
  preload(q: string, o?: { filters?: Record<string, string> }): Promise<void>;
}

/**
 * The tag Pagefind adds to the address of its entry file (pagefind-entry.json?ts=…): the one the
 * page's preload link carries (Search.astro; scripts/index-search.ts writes it), so the file the
 * browser fetched while reading the page is the one Pagefind asks for. Without the link, Pagefind
 * uses the time (a new address each time).
 */
function metaCacheTag(): string | undefined {
  const href = document.querySelector<HTMLLinkElement>('link[data-pagefind-preload="entry"]')?.href;
  return href ? (new URL(href).searchParams.get('ts') ?? undefined) : undefined;
}

let pagefind: Promise<Pagefind> | undefined;
/** This language's Pagefind, started: the first call fetches its runtime, metadata and WebAssembly. */
function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (p: Pagefind) => {
    const tag = metaCacheTag();
    await p.options({ excerptLength: 24, noWorker: true, ...(tag ? { metaCacheTag: tag } : {}) });
    void p.init();
    return p;
  });
  return pagefind;
}

let warmed = false;
/**
 * Starts Pagefind before the first query: the runtime, the metadata and the WebAssembly are
 * fetched while the visitor types. The first text segmenter of a page costs tens of milliseconds
 * on a slow phone (Pagefind makes one in every search): it is made now too.
 */
function warm(): void {
  if (warmed) return;
  warmed = true;
  void loadPagefind().catch(() => undefined);
  try {
    new Intl.Segmenter(document.documentElement.lang, { granularity: 'grapheme' }).segment('a')[Symbol.iterator]().next();
  } catch {
    // No Intl.Segmenter: Pagefind does without it as well.
  }
}

/**
 * The part of a query being typed worth fetching index chunks for: the words typed so far, without
 * a last word still shorter than 3 characters (one or two letters can start words in several
 * chunks of the index, and Pagefind would fetch them all).
 */
export function preloadTerm(value: string): string {
  const words = value.trim().split(/\s+/).filter(Boolean);
  const last = words.at(-1);
  if (last && !/\s$/.test(value) && [...last].length < 3) words.pop();
  return words.join(' ');
}

// Another language's index, searched with its own copy of Pagefind: the module's search code
// (WebAssembly) holds one language at a time, so each language is imported under its own
// address (`pagefind.js?lang=nl`). Pagefind takes the language from <html lang> when it starts
// (synchronously, in init()): the attribute is set and put back in the same task, so nothing on
// the page ever sees it change.
const others = new Map<string, Promise<Pagefind>>();
function otherLanguage(code: string): Promise<Pagefind> {
  if (!others.has(code)) {
    const url = `/pagefind/pagefind.js?lang=${encodeURIComponent(code)}`;
    others.set(
      code,
      import(/* @vite-ignore */ url).then(async (p: Pagefind) => {
        await p.options({ excerptLength: 24, noWorker: true, basePath: '/pagefind/' });
        const html = document.documentElement;
        const own = html.lang;
        html.lang = code;
        try {
          void p.init();
        } finally {
          html.lang = own;
        }
        return p;
      }),
    );
  }
  return others.get(code)!;
}

const fill = (s: string, v: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k] ?? ''));

/** Results shown per page (the "more" button shows the next page). */
const PAGE = 10;
/**
 * Result texts (fragments) fetched at a time. The first five are asked for together and each is
 * shown as soon as it and those before it have arrived; the next five are asked for then.
 */
const BATCH = 5;

export function runSearchPage(): void {
  const root = document.querySelector<HTMLElement>('.search');
  if (!root) return;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const kind = form.querySelector<HTMLSelectElement>('select[name=kind]')!;
  const status = root.querySelector<HTMLElement>('.search-status')!;
  const list = root.querySelector<HTMLOListElement>('.search-results')!;
  const more = root.querySelector<HTMLButtonElement>('.search-more')!;
  const lang = document.documentElement.lang;
  let seq = 0;
  let pending: PagefindResult[] = [];
  // The language of the results shown when they come from another language's index.
  let resultLang = '';

  function filtersFor(k: string): Record<string, string> {
    // `?card=K` (a card code) narrows the results to that card's pages, e.g. from a card page link.
    const card = new URLSearchParams(location.search).get('card')?.trim().toUpperCase() ?? '';
    const filters: Record<string, string> = {};
    if (k) filters.kind = k;
    if (card) filters.card = card;
    return filters;
  }

  function item(d: PagefindData): { li: HTMLLIElement; link: HTMLAnchorElement } {
    const li = document.createElement('li');
    if (resultLang) li.lang = resultLang;
    const a = document.createElement('a');
    a.href = d.url;
    a.textContent = d.meta.title ?? d.url;
    li.append(a);
    const kindName = strings.kinds[d.filters.kind?.[0] ?? ''];
    if (kindName) {
      const span = document.createElement('span');
      span.className = 'kind';
      span.textContent = kindName;
      li.append(span);
    }
    const p = document.createElement('p');
    p.innerHTML = d.excerpt; // Pagefind escapes page text and adds <mark> only.
    li.append(p);
    return { li, link: a };
  }

  /**
   * Shows the next page of results, in their order, each as soon as its text has arrived: Pagefind
   * fetches a result's fragment only when asked for its data.
   */
  async function showMore(mine: number, focusFirst: boolean): Promise<void> {
    more.hidden = true;
    list.setAttribute('aria-busy', 'true');
    const page = pending.splice(0, PAGE);
    let focus = focusFirst;
    for (let i = 0; i < page.length; i += BATCH) {
      const data = page.slice(i, i + BATCH).map((r) => r.data());
      // Each is awaited in turn below; a failure is reported once, by the first await that meets it.
      for (const d of data) d.catch(() => undefined);
      for (const d of data) {
        const shown = item(await d);
        if (mine !== seq) return;
        list.append(shown.li);
        if (focus) shown.link.focus();
        focus = false;
      }
    }
    more.hidden = pending.length === 0;
    list.removeAttribute('aria-busy');
  }

  async function run(q: string, k: string): Promise<void> {
    const mine = ++seq;
    list.replaceChildren();
    more.hidden = true;
    pending = [];
    resultLang = '';
    list.removeAttribute('aria-busy');
    if (!q.trim()) {
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading;
    // Busy until the first page of results is all there (they arrive one by one).
    list.setAttribute('aria-busy', 'true');
    try {
      const started = loadPagefind();
      warm();
      const pf = await started;
      const filters = filtersFor(k);
      // The query's words are split as the pages' words were (French elisions: src/lib/search-text.ts).
      const res = await pf.search(splitElisions(q, lang), { filters });
      if (mine !== seq) return;
      pending = [...res.results];
      if (pending.length === 0) {
        // Nothing in this language: the same query in Dutch, French and English, said plainly.
        for (const other of strings.others) {
          const found = await (await otherLanguage(other.code)).search(splitElisions(q, other.code), { filters });
          if (mine !== seq) return;
          if (found.results.length === 0) continue;
          pending = [...found.results];
          resultLang = other.code;
          const n = pending.length;
          status.textContent = fill(n === 1 ? strings.elsewhereOne : strings.elsewhere, { language: strings.langName, count: n, other: other.name, query: q });
          await showMore(mine, false);
          return;
        }
      }
      // The count is known before any result's text: said now, the results follow as they arrive.
      const total = pending.length;
      status.textContent = fill(total === 0 ? strings.none : total === 1 ? strings.one : strings.results, { count: total, query: q });
      await showMore(mine, false);
    } catch {
      if (mine === seq) {
        status.textContent = strings.error;
        list.removeAttribute('aria-busy');
      }
    }
  }

  more.addEventListener('click', () => {
    const mine = seq;
    showMore(mine, true).catch(() => {
      if (mine !== seq) return;
      status.textContent = strings.error;
      list.removeAttribute('aria-busy');
    });
  });

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  kind.value = params.get('kind') ?? '';
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    if (kind.value) url.searchParams.set('kind', kind.value);
    else url.searchParams.delete('kind');
    history.replaceState(null, '', url);
    void run(input.value, kind.value);
  });
  kind.addEventListener('change', () => form.requestSubmit());
  // While the query is typed, the index chunks its words need are fetched (Pagefind's preload):
  // Enter then only waits for the search itself and the first results' texts.
  input.addEventListener('input', () => {
    const term = preloadTerm(input.value);
    if (!term) return;
    warm();
    const filters = filtersFor(kind.value);
    loadPagefind()
      .then((p) => p.preload(splitElisions(term, lang), { filters }))
      .catch(() => undefined);
  });
  // Visitors come here to search: Pagefind starts now (its files are on their way already: the
  // page's preload links), while they type, so Enter only waits for the search itself and the
  // first results' texts. Should that ever wait for something, a first touch of the field starts it.
  for (const type of ['focus', 'pointerdown'] as const) input.addEventListener(type, warm, { once: true });
  if (input.value) void run(input.value, kind.value);
  else warm();
}
