/** `/nl/kaarten/a/feed.xml`, `/nl/gemeenten/koekelberg/feed.xml`: the changes for one card or one municipality (Atom). */
import { BUILT_LANGS } from '../../../../data/build-langs.ts';
import type { APIRoute } from 'astro';
import { content } from '../../../../data/content.ts';
import { LANGS, type Lang } from '../../../../i18n/index.ts';
import { SECTIONS } from '../../../../i18n/routes.ts';
import { cardSlug } from '../../../../lib/cards.ts';
import { atomResponse, buildFeed, type FeedScope } from '../../../../data/feeds.ts';

export async function getStaticPaths() {
  const data = await content();
  return BUILT_LANGS.flatMap((lang) => [
    ...data.cardTypes.map((c) => ({ params: { lang, section: SECTIONS.cards[lang], slug: cardSlug(c.id) }, props: { scope: { kind: 'card', id: c.id } as FeedScope } })),
    ...data.municipalities.map((m) => ({ params: { lang, section: SECTIONS.municipalities[lang], slug: m.id }, props: { scope: { kind: 'municipality', id: m.id } as FeedScope } })),
  ]);
}

export const GET: APIRoute = async ({ params, props, site }) => atomResponse(await buildFeed(params.lang as Lang, (props as { scope: FeedScope }).scope, site!));
