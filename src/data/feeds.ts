/**
 * The Atom feeds: the changes of fees, rules and what to bring (src/data/history.ts), still to
 * come and past, for the whole site, a card or a municipality, in one language.
 */
import { content } from './content.ts';
import { buildDate } from './build-date.ts';
import { cardChanges, longDate, municipalityFeedChanges, siteChanges } from './history.ts';
import { buildAtom, type AtomEntry } from '../lib/atom.ts';
import type { Change } from '../lib/history.ts';
import { trustT } from '../i18n/trust.ts';
import { useTranslations, type Lang } from '../i18n/index.ts';
import { feedPath, historyPathFor, pathFor } from '../i18n/routes.ts';
import { cardSlug } from '../lib/cards.ts';

export type FeedScope = { kind: 'site' } | { kind: 'card'; id: string } | { kind: 'municipality'; id: string };

/** Where a change is shown: the history page of its card or municipality, else the page that shows it. */
export function changeLink(lang: Lang, c: Change): string {
  if (c.page?.kind === 'card') return `${historyPathFor(lang, 'cards', cardSlug(c.page.id))}#${c.id}`;
  if (c.page?.kind === 'municipality') return `${historyPathFor(lang, 'municipalities', c.page.id)}#${c.id}`;
  return c.topic === 'federal-price' ? pathFor(lang, 'cost') : pathFor(lang, 'cards');
}

/** The entries of a feed, newest announcement first: the title is the day and the change, the summary adds the sources. */
export async function feedEntries(lang: Lang, changes: readonly Change[], site: URL): Promise<AtomEntry[]> {
  const data = await content();
  const tt = trustT(lang);
  const unique = [...new Map(changes.map((c) => [c.id, c])).values()];
  return unique
    .sort((a, b) => b.announced.localeCompare(a.announced) || b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
    .map((c) => {
      const when = tt(`change.when.${c.when}`, { date: longDate(c.date, lang) });
      const sources = c.sources.map((id) => {
        const s = data.sources.get(id);
        return s ? `${s.publisher} (${tt(`source.kind.${s.kind}`)})` : id;
      });
      return {
        id: new URL(`${feedPath(lang)}#${c.id}`, site).href,
        title: `${when}: ${c.text}`,
        updated: c.announced,
        link: new URL(changeLink(lang, c), site).href,
        summary: sources.length ? `${when}: ${c.text} ${tt('source.refs', { publishers: sources.join(', ') })}.` : `${when}: ${c.text}`,
        categories: [c.topic],
      };
    });
}

export async function buildFeed(lang: Lang, scope: FeedScope, site: URL): Promise<string> {
  const data = await content();
  const tt = trustT(lang);
  const t = useTranslations(lang);
  let title: string;
  let alternate: string;
  let self: string;
  let changes: Change[];
  if (scope.kind === 'card') {
    title = tt('feed.title.card', { card: data.cardMap.get(scope.id)!.name[lang] });
    alternate = pathFor(lang, 'cards', cardSlug(scope.id));
    self = feedPath(lang, 'cards', cardSlug(scope.id));
    changes = await cardChanges(lang, scope.id);
  } else if (scope.kind === 'municipality') {
    title = tt('feed.title.municipality', { municipality: data.municipalityMap.get(scope.id)!.data.name[lang] });
    alternate = pathFor(lang, 'municipalities', scope.id);
    self = feedPath(lang, 'municipalities', scope.id);
    changes = await municipalityFeedChanges(lang, scope.id);
  } else {
    title = tt('feed.title.site');
    alternate = pathFor(lang);
    self = feedPath(lang);
    changes = await siteChanges(lang);
  }
  return buildAtom({
    id: new URL(self, site).href,
    title,
    subtitle: t('site.tagline'),
    self: new URL(self, site).href,
    alternate: new URL(alternate, site).href,
    lang,
    author: t('site.name'),
    fallbackUpdated: buildDate(),
    entries: await feedEntries(lang, changes, site),
  });
}

export const atomResponse = (xml: string) => new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
