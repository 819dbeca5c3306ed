/**
 * Build-time assembly of the JSON-LD: schema.org GovernmentService for card and municipality
 * pages, CPSV-AP public services for /data/services/ (the builders are in src/lib/jsonld.ts).
 */
import { content, type MunicipalityEntry } from './content.ts';
import { buildDate } from './build-date.ts';
import { wordsFor } from './history.ts';
import { feesForCard } from '../lib/card-fees.ts';
import { segmentCovers, type FeeSegment } from '../lib/fee-schedule.ts';
import { feeWhat } from '../lib/history.ts';
import { concernsCard } from '../lib/requirements.ts';
import { cardSlug } from '../lib/cards.ts';
import { cpsvDocument, cpsvService, cpsvSource, governmentService, schemaDocument, type CpsvCost, type OfferInput, type Place } from '../lib/jsonld.ts';
import { LANGS, type Lang } from '../i18n/index.ts';
import { pathFor } from '../i18n/routes.ts';
import { ui } from '../i18n/ui.ts';
import type { Localized } from '../schemas/common.ts';

type Data = Awaited<ReturnType<typeof content>>;


function placeOf(m: MunicipalityEntry, lang: Lang): Place {
  const d = m.data;
  return { name: d.name[lang], street: d.address?.street, postcode: d.address?.postcode, city: d.address?.city, phone: d.phone, email: d.email };
}

const orgId = (site: URL, lang: Lang, id: string) => new URL(`${pathFor(lang, 'municipalities', id)}#organisation`, site).href;

/** Segments with an exact total that hold on the day. */
function currentSegments(segments: readonly FeeSegment[], day: string): FeeSegment[] {
  return segments.filter((s) => s.total !== null && segmentCovers(s, day));
}

function offers(data: Data, lang: Lang, site: URL, m: MunicipalityEntry, segments: readonly FeeSegment[]): OfferInput[] {
  const w = wordsFor(data, lang);
  return currentSegments(segments, buildDate()).map((s) => ({ name: `${m.data.name[lang]}: ${feeWhat(s, w)}`, cents: s.total!, validFrom: s.validFrom, validUntil: s.validUntil, offeredBy: orgId(site, lang, m.id) }));
}

/** The JSON-LD of a card page: the card as a GovernmentService, with the municipalities the page lists. */
export async function cardJsonLd(lang: Lang, card: string, site: URL) {
  const data = await content();
  const c = data.cardMap.get(card)!;
  const url = new URL(pathFor(lang, 'cards', cardSlug(card)), site).href;
  const munis = data.feeTablesInline ? data.municipalities.filter((m) => m.data.services.some((s) => s.cards.includes(card)) || feesForCard(data.feeData.get(m.id)!, card).segments.length > 0) : [];
  const age = c.kind === 'certificate' ? 'any' : c.kind === 'child-card' ? 'under-12' : '12-plus';
  const range = data.costRange(card === 'child' ? data.childCards[0] ?? card : card, buildDate(), age);
  const list = munis.flatMap((m) => offers(data, lang, site, m, feesForCard(data.feeData.get(m.id)!, card).segments));
  return schemaDocument([
    governmentService({
      id: `${url}#service`,
      name: c.name[lang],
      description: c.forWhom[lang],
      serviceType: c.name[lang],
      url,
      area: { type: 'Country', name: ui[lang]['country.belgium'] },
      providers: munis.map((m) => ({ id: orgId(site, lang, m.id), name: m.data.name[lang], url: new URL(pathFor(lang, 'municipalities', m.id), site).href, place: placeOf(m, lang) })),
      channels: munis.flatMap((m) =>
        m.data.services.filter((s) => s.cards.includes(card)).map((s) => ({ name: `${m.data.name[lang]}: ${s.name[lang]}`, place: placeOf(m, lang), url: new URL(pathFor(lang, 'municipalities', m.id), site).href })),
      ),
      offers: data.feeTablesInline || !range ? list : { low: range.min, high: range.max },
    }),
  ]);
}

/** The JSON-LD of a municipality page: each of its services as a GovernmentService, with today's prices. */
export async function municipalityJsonLd(lang: Lang, id: string, site: URL) {
  const data = await content();
  const m = data.municipalityMap.get(id)!;
  const url = new URL(pathFor(lang, 'municipalities', id), site).href;
  const segments = data.feeData.get(id)!.segments;
  const provider = { id: orgId(site, lang, id), name: m.data.name[lang], url, place: placeOf(m, lang) };
  return schemaDocument(
    m.data.services.map((s) => {
      const codes = s.cards.map((c) => data.cardMap.get(c)?.code ?? c).join(', ');
      return governmentService({
        id: `${url}#service-${s.id}`,
        name: `${s.name[lang]} (${codes})`,
        description: s.cards.map((c) => data.cardMap.get(c)?.name[lang] ?? c).join(', '),
        serviceType: s.cards.map((c) => data.cardMap.get(c)?.name[lang] ?? c).join(', '),
        url,
        area: { type: 'City', name: m.data.name[lang] },
        providers: [provider],
        channels: [{ name: s.name[lang], place: placeOf(m, lang), url }],
        offers: offers(data, lang, site, m, segments.filter((x) => x.cards.some((c) => s.cards.includes(c)))),
      });
    }),
  );
}

/** The cards a municipality gives: those its services handle and those it has fee rows for. */
function cardsOf(data: Data, m: MunicipalityEntry): string[] {
  const ids = new Set([...m.data.services.flatMap((s) => s.cards), ...m.data.fees.flatMap((f) => f.cards)]);
  return data.cardTypes.map((c) => c.id).filter((c) => ids.has(c));
}

function localized(f: (lang: Lang) => string): Localized {
  return Object.fromEntries(LANGS.map((l) => [l, f(l)])) as Localized;
}

/** Every service (card × municipality) as CPSV-AP, for one municipality or all. */
export async function cpsvServices(site: URL, only?: string) {
  const data = await content();
  const weeks = data.facts.get('pin-letter-max-weeks');
  const processingTime = typeof weeks?.value === 'number' && weeks.unit === 'weeks' ? `P${weeks.value}W` : undefined;
  const words = Object.fromEntries(LANGS.map((l) => [l, wordsFor(data, l)])) as Record<Lang, ReturnType<typeof wordsFor>>;
  const used = new Set<string>(weeks && processingTime ? weeks.sources : []);
  const graph: object[] = [];
  for (const m of data.municipalities.filter((x) => !only || x.id === only)) {
    const fd = data.feeData.get(m.id)!;
    for (const card of cardsOf(data, m)) {
      const c = data.cardMap.get(card)!;
      const fees = feesForCard(fd, card);
      const costs: CpsvCost[] = fees.segments
        .filter((s) => s.total !== null)
        .map((s) => ({
          what: localized((l) => feeWhat(s, words[l])),
          cents: s.total!,
          validFrom: s.validFrom,
          validUntil: s.validUntil,
          seenOn: s.seenOn,
          conflict: s.conflict ? fd.conflicts.find((x) => x.id === s.conflict)?.about : undefined,
          sources: s.sources,
        }));
      const evidence = [...data.generalRequirements, ...(data.localRequirements.get(m.id) ?? [])]
        // What an applicant brings for a first card: a child's items for the children's card, an adult's for every other card.
        .filter((r) => r.stage === 'application' && r.situations.includes('first') && concernsCard(r.cards, card) && r.id !== 'payment-methods' && r.age !== (c.kind === 'child-card' ? '12-plus' : 'under-12'))
        .map((r) => ({ id: r.municipality ? `${r.municipality}-${r.id}` : r.id, text: r.text, sources: r.sources }));
      const legal = [...new Set(costs.flatMap((x) => x.sources))].filter((id) => ['law', 'council-decision'].includes(data.sources.get(id)?.kind ?? ''));
      [...costs.flatMap((x) => x.sources), ...evidence.flatMap((e) => e.sources)].forEach((s) => used.add(s));
      graph.push(
        cpsvService({
          site: site.href,
          municipality: { id: m.id, name: m.data.name, place: placeOf(m, 'nl'), page: new URL(pathFor('nl', 'municipalities', m.id), site).href },
          card: { id: card, code: c.code, name: c.name, forWhom: c.forWhom, page: new URL(pathFor('nl', 'cards', cardSlug(card)), site).href },
          costs,
          evidence,
          processingTime,
          legal,
        }),
      );
    }
  }
  for (const id of [...used].sort()) {
    const s = data.sources.get(id);
    if (s) graph.push(cpsvSource(site.href, s));
  }
  return cpsvDocument(site.href, graph);
}
