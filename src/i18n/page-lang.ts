import { isLang, type Lang } from './languages.ts';

/**
 * The language of the page being rendered, for components that MDX prose uses (<Fact />,
 * <RenewalRule />, …): the first segment of its address (`/de/karten/a/` is German). Astro's
 * `currentLocale` knows only the locales of astro.config.mjs, so it is the last resort.
 */
export function pageLang(url: URL, currentLocale?: string): Lang {
  const first = url.pathname.split('/')[1] ?? '';
  if (isLang(first)) return first;
  return currentLocale && isLang(currentLocale) ? currentLocale : 'nl';
}
