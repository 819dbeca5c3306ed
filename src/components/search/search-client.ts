/** Client side of the search page: reads ?q and ?kind, queries Pagefind, renders an accessible result list. */
import { splitElisions } from '../../lib/search-text.ts';
interface Strings { results: string; one: string; none: string; loading: string; error: string; kinds: Record<string, string>; elsewhere: string; elsewhereOne: string; langName: string; others: Array<{ code: string; name: string }> }
interface PagefindResult { data(): Promise<{ url: string; excerpt: string; meta: { title?: string }; filters: Record<string, string[]> }> }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (p: Pagefind) => {
    await p.options({ excerptLength: 24, noWorker: true });
    return p;
  });
  return pagefind;
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

export function runSearchPage(): void {
  const root = document.querySelector<HTMLElement>('.search');
  if (!root) return;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const kind = form.querySelector<HTMLSelectElement>('select[name=kind]')!;
  const status = root.querySelector<HTMLElement>('.search-status')!;
  const list = root.querySelector<HTMLOListElement>('.search-results')!;
  let seq = 0;

  const PAGE = 10;
  const more = root.querySelector<HTMLButtonElement>('.search-more')!;
  let pending: PagefindResult[] = [];
  let shown = 0;
  let query = '';
  // The language of the results shown when they come from another language's index.
  let resultLang = '';

  function summary(): string {
    const total = shown + pending.length;
    return total === 0 ? fill(strings.none, { query }) : total === 1 ? fill(strings.one, { query }) : fill(strings.results, { count: total, query });
  }

  /** Renders the next page of results; Pagefind fetches each result's fragment only now. */
  async function showMore(mine: number, focusFirst: boolean): Promise<void> {
    const batch = pending.splice(0, PAGE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (mine !== seq) return;
    let first: HTMLAnchorElement | undefined;
    for (const d of data) {
      const li = document.createElement('li');
      if (resultLang) li.lang = resultLang;
      const a = document.createElement('a');
      a.href = d.url;
      a.textContent = d.meta.title ?? d.url;
      first ??= a;
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
      list.append(li);
    }
    shown += data.length;
    more.hidden = pending.length === 0;
    if (focusFirst) first?.focus();
  }

  async function run(q: string, k: string): Promise<void> {
    const mine = ++seq;
    list.replaceChildren();
    more.hidden = true;
    pending = [];
    shown = 0;
    query = q;
    resultLang = '';
    if (!q.trim()) {
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading;
    try {
      const pf = await loadPagefind();
      // `?card=K` (a card code) narrows the results to that card's pages, e.g. from a card page link.
      const card = new URLSearchParams(location.search).get('card')?.trim().toUpperCase() ?? '';
      const filters: Record<string, string> = {};
      if (k) filters.kind = k;
      if (card) filters.card = card;
      // The query's words are split as the pages' words were (French elisions: src/lib/search-text.ts).
      const res = await pf.search(splitElisions(q, document.documentElement.lang), { filters });
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
          await showMore(mine, false);
          if (mine === seq) status.textContent = fill(n === 1 ? strings.elsewhereOne : strings.elsewhere, { language: strings.langName, count: n, other: other.name, query: q });
          return;
        }
      }
      const total = pending.length;
      await showMore(mine, false);
      if (mine === seq) status.textContent = total === 0 ? fill(strings.none, { query: q }) : summary();
    } catch {
      if (mine === seq) status.textContent = strings.error;
    }
  }

  more.addEventListener('click', () => void showMore(seq, true));

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
  if (input.value) void run(input.value, kind.value);
  // Visitors come here to search: fetch the runtime and this language's index metadata now,
  // while they type, so the first query only fetches the index chunk and result fragments.
  else void loadPagefind().then((p) => p.init()).catch(() => undefined);
}
