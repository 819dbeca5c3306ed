/** `/nl/feed.xml`: every change of fees, rules and what to bring on the site, in one language (Atom). */
import { BUILT_LANGS } from '../../data/build-langs.ts';
import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../i18n/index.ts';
import { atomResponse, buildFeed } from '../../data/feeds.ts';

export function getStaticPaths() {
  return BUILT_LANGS.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params, site }) => atomResponse(await buildFeed(params.lang as Lang, { kind: 'site' }, site!));
