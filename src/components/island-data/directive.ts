/**
 * `client:data`: wakes an island up once its data files are loaded (see ./store.ts and
 * src/data/island-data.ts). The island's `data` prop holds the addresses (`/data/ui/…json`);
 * the directive finds them in the island's serialized props, fetches them (each once per page,
 * cached by the browser for a year: the address changes with the content) together with the
 * island's code, then hydrates.
 *
 * Options (`client:data={{ … }}`):
 * - `when: 'load'` (default): start at once (calculator and plan pages, where the page is the form);
 * - `when: 'visible'`: start when the island comes within `rootMargin` of the viewport
 *   (default {@link VISIBLE_MARGIN}: one and a half screens ahead, so it is awake before the
 *   reader reaches it);
 * - `error`: the sentence shown if a file cannot be loaded (the server's form stays disabled).
 */
import type { ClientDirective } from 'astro';
import { loadIslandData, VISIBLE_MARGIN } from './store.ts';

export interface DataDirectiveOptions {
  when?: 'load' | 'visible';
  rootMargin?: string;
  error?: string;
}

/** The island's data addresses, as they stand in its serialized props. */
export function dataUrls(props: string): string[] {
  return [...new Set(props.match(/\/data\/ui\/[a-z]{2,3}\/[a-z-]+\.[0-9a-f]+\.json/g) ?? [])];
}

const directive: ClientDirective = (load, options, el) => {
  const { when = 'load', rootMargin = VISIBLE_MARGIN, error } = (options.value ?? {}) as DataDirectiveOptions;
  const start = async () => {
    try {
      const [hydrate] = await Promise.all([load(), ...dataUrls(el.getAttribute('props') ?? '').map(loadIslandData)]);
      await hydrate();
    } catch {
      if (!error || el.querySelector('.island-load-error')) return;
      const p = document.createElement('p');
      p.className = 'island-load-error notice';
      p.setAttribute('role', 'alert');
      p.textContent = error;
      el.prepend(p);
    }
  };
  if (when !== 'visible' || !('IntersectionObserver' in window)) {
    void start();
    return;
  }
  const io = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      io.disconnect();
      void start();
    },
    { rootMargin },
  );
  for (const child of el.children) io.observe(child);
};

export default directive;
