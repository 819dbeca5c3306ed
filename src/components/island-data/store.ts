/**
 * The values an island reads from its data files (see src/data/island-data.ts), by address.
 *
 * - On the server, the build puts each file's value here when it makes the file
 *   (`provideIslandData`), so the island renders from exactly what the browser will fetch.
 * - In the browser, the `client:data` directive (./directive.ts) fetches the island's files and
 *   puts them here before the island wakes up; the island then reads them synchronously.
 *
 * Browser-safe: no Node modules, no strings of its own.
 */
export type IslandPart = 'form' | 'fees' | 'deadlines' | 'municipalities' | 'plan' | 'picker';

/** The addresses an island is given, one per part it needs. */
export type IslandDataUrls<P extends IslandPart = IslandPart> = Record<P, string>;

const KEY = '__verblijfskaartIslandData';
type Store = Map<string, unknown>;

function store(): Store {
  const g = globalThis as typeof globalThis & { [KEY]?: Store };
  return (g[KEY] ??= new Map());
}

/** Build time: the value behind an address. */
export function provideIslandData(url: string, value: unknown): void {
  store().set(url, value);
}

/** The value behind an address; an island only wakes up once its files are here (./directive.ts). */
export function islandValue<T>(url: string): T {
  const s = store();
  if (!s.has(url)) throw new Error(`Island data ${url} is not loaded: the island must use client:data (src/components/island-data/directive.ts), and the page must get its addresses from islandUrls() (src/data/island-data.ts).`);
  return s.get(url) as T;
}

/** The values of an island's files, by part. */
export function islandValues<T extends Record<string, unknown>>(urls: { [K in keyof T]: string }): T {
  return Object.fromEntries(Object.entries(urls).map(([part, url]) => [part, islandValue(url as string)])) as T;
}

const pending = new Map<string, Promise<void>>();

/** Browser: fetches an address once per page (every island on the page shares it) into the store. */
export function loadIslandData(url: string): Promise<void> {
  const s = store();
  if (s.has(url)) return Promise.resolve();
  let p = pending.get(url);
  if (!p) {
    p = fetch(url, { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${url}: HTTP ${r.status}`))))
      .then((value: unknown) => {
        s.set(url, value);
      })
      .finally(() => pending.delete(url));
    pending.set(url, p);
  }
  return p;
}

/**
 * How far ahead of the viewport an island on a long page (a card or municipality page) starts
 * loading: one and a half screens, so it is awake before the reader reaches it.
 */
export const VISIBLE_MARGIN = '150% 0px';
