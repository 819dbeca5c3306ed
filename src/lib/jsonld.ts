/**
 * Public-service standards, as JSON-LD built from the content:
 * - schema.org `GovernmentService` for card and municipality pages (search engines);
 * - CPSV-AP (the EU Core Public Service Vocabulary Application Profile) for `/data/services/`:
 *   one `PublicService` per card and municipality, with its competent authority, costs (value,
 *   currency, validity), what to bring (evidence), processing time, output, legal resources,
 *   contact point and spatial coverage. The context is written out in the file itself, so a
 *   reader needs no request to expand it. Pure: the pages and the tests call the same functions.
 */
import type { Localized } from '../schemas/common.ts';

/** An amount in cents as a decimal text: 2540 → "25.40" (never a float). */
export function decimal(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

export const EUR = 'http://publications.europa.eu/resource/authority/currency/EUR';

export interface Place {
  name: string;
  street?: string | undefined;
  postcode?: string | undefined;
  city?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
}

/** A phone number as dialled in Belgium (02 600 15 21) in international form (+3226001521). */
export function internationalPhone(phone: string): string {
  return `+32${phone.replace(/[^0-9]/g, '').replace(/^0/, '')}`;
}

function postalAddress(p: Place) {
  return p.street ? { '@type': 'PostalAddress', streetAddress: p.street, postalCode: p.postcode, addressLocality: p.city, addressCountry: 'BE' } : undefined;
}

export interface OfferInput {
  /** What the amount is for, in words. */
  name: string;
  cents: number;
  validFrom?: string | undefined;
  validUntil?: string | undefined;
  /** The municipality's node id, for offeredBy. */
  offeredBy?: string | undefined;
}

export function schemaOffer(o: OfferInput) {
  return {
    '@type': 'Offer',
    name: o.name,
    price: decimal(o.cents),
    priceCurrency: 'EUR',
    ...(o.validFrom ? { validFrom: o.validFrom } : {}),
    ...(o.validUntil ? { validThrough: o.validUntil } : {}),
    ...(o.offeredBy ? { offeredBy: { '@id': o.offeredBy } } : {}),
  };
}

export interface ChannelInput {
  /** The municipal service, e.g. dienst Bevolking. */
  name: string;
  place: Place;
  /** The municipality's page on this site. */
  url: string;
}

export function schemaChannel(c: ChannelInput) {
  const address = postalAddress(c.place);
  return {
    '@type': 'ServiceChannel',
    name: c.name,
    serviceUrl: c.url,
    ...(address ? { serviceLocation: { '@type': 'Place', name: c.place.name, address } } : {}),
    ...(c.place.phone ? { servicePhone: { '@type': 'ContactPoint', telephone: internationalPhone(c.place.phone) } } : {}),
  };
}

export interface ProviderInput {
  id: string;
  name: string;
  url: string;
  place: Place;
}

export function schemaProvider(p: ProviderInput) {
  const address = postalAddress(p.place);
  return {
    '@type': 'GovernmentOrganization',
    '@id': p.id,
    name: p.name,
    url: p.url,
    ...(address ? { address } : {}),
    ...(p.place.phone ? { telephone: internationalPhone(p.place.phone) } : {}),
    ...(p.place.email ? { email: p.place.email } : {}),
  };
}

export interface GovernmentServiceInput {
  id: string;
  name: string;
  description: string;
  serviceType: string;
  url: string;
  /** Where the service is given: a country (card pages) or a municipality (municipality pages). */
  area: { type: 'Country' | 'City'; name: string };
  providers: ProviderInput[];
  channels: ChannelInput[];
  /** Prices that hold on the day the page shows; or a range where the page lists no municipality. */
  offers: OfferInput[] | { low: number; high: number };
}

/** One schema.org GovernmentService, without @context (see `schemaDocument`). */
export function governmentService(s: GovernmentServiceInput) {
  return {
    '@type': 'GovernmentService',
    '@id': s.id,
    name: s.name,
    description: s.description,
    serviceType: s.serviceType,
    url: s.url,
    areaServed: { '@type': s.area.type, name: s.area.name },
    ...(s.providers.length ? { provider: s.providers.map(schemaProvider) } : {}),
    ...(s.channels.length ? { availableChannel: s.channels.map(schemaChannel) } : {}),
    offers: Array.isArray(s.offers)
      ? s.offers.map(schemaOffer)
      : { '@type': 'AggregateOffer', lowPrice: decimal(s.offers.low), highPrice: decimal(s.offers.high), priceCurrency: 'EUR' },
  };
}

/** A page's JSON-LD block: one node, or a graph of several. */
export function schemaDocument(nodes: readonly object[]) {
  return nodes.length === 1 ? { '@context': 'https://schema.org', ...nodes[0] } : { '@context': 'https://schema.org', '@graph': nodes };
}

/** The CPSV-AP context of /data/services/, written out in every file (no request needed to read it). */
export function cpsvContext(site: string) {
  return {
    cpsv: 'http://purl.org/vocab/cpsv#',
    cv: 'http://data.europa.eu/m8g/',
    dct: 'http://purl.org/dc/terms/',
    dcat: 'http://www.w3.org/ns/dcat#',
    eli: 'http://data.europa.eu/eli/ontology#',
    foaf: 'http://xmlns.com/foaf/0.1/',
    locn: 'http://www.w3.org/ns/locn#',
    schema: 'https://schema.org/',
    skos: 'http://www.w3.org/2004/02/skos/core#',
    xsd: 'http://www.w3.org/2001/XMLSchema#',
    vk: new URL('/data/services/terms#', site).href,
    PublicService: 'cpsv:PublicService',
    PublicOrganisation: 'cv:PublicOrganisation',
    Cost: 'cv:Cost',
    Evidence: 'cv:Evidence',
    Output: 'cv:Output',
    ContactPoint: 'schema:ContactPoint',
    Location: 'dct:Location',
    PeriodOfTime: 'dct:PeriodOfTime',
    LegalResource: 'eli:LegalResource',
    Source: 'vk:Source',
    identifier: 'dct:identifier',
    title: { '@id': 'dct:title', '@container': '@language' },
    description: { '@id': 'dct:description', '@container': '@language' },
    prefLabel: { '@id': 'skos:prefLabel', '@container': '@language' },
    geographicName: { '@id': 'locn:geographicName', '@container': '@language' },
    hasCompetentAuthority: { '@id': 'cv:hasCompetentAuthority', '@type': '@id' },
    spatial: { '@id': 'dct:spatial', '@type': '@id' },
    hasCost: { '@id': 'cv:hasCost', '@type': '@id' },
    value: { '@id': 'cv:value', '@type': 'xsd:decimal' },
    currency: { '@id': 'cv:currency', '@type': '@id' },
    temporal: 'dct:temporal',
    startDate: { '@id': 'dcat:startDate', '@type': 'xsd:date' },
    endDate: { '@id': 'dcat:endDate', '@type': 'xsd:date' },
    seenOn: { '@id': 'vk:seenOn', '@type': 'xsd:date' },
    conflict: { '@id': 'vk:conflict', '@container': '@language' },
    source: { '@id': 'dct:source', '@type': '@id' },
    hasInput: { '@id': 'cpsv:hasInput', '@type': '@id' },
    processingTime: { '@id': 'cv:processingTime', '@type': 'xsd:duration' },
    produces: { '@id': 'cpsv:produces', '@type': '@id' },
    hasLegalResource: { '@id': 'cv:hasLegalResource', '@type': '@id' },
    hasContactPoint: { '@id': 'cv:hasContactPoint', '@type': '@id' },
    telephone: 'schema:telephone',
    email: 'schema:email',
    page: { '@id': 'foaf:page', '@type': '@id' },
    publisher: 'dct:publisher',
    kind: 'dct:type',
    lastChecked: { '@id': 'vk:lastChecked', '@type': 'xsd:date' },
  };
}

export interface CpsvCost {
  /** What the amount is for, per language. */
  what: Localized;
  cents: number;
  validFrom?: string | undefined;
  validUntil?: string | undefined;
  seenOn?: string | undefined;
  /** Sources disagree: the explanation, per language. */
  conflict?: Localized | undefined;
  sources: readonly string[];
}

export interface CpsvServiceInput {
  site: string;
  municipality: { id: string; name: Localized; place: Place; page: string };
  card: { id: string; code: string; name: Localized; forWhom: Localized; page: string };
  costs: readonly CpsvCost[];
  evidence: ReadonlyArray<{ id: string; text: Localized; sources: readonly string[] }>;
  /** ISO 8601 duration, e.g. P3W, from the facts; absent when no source gives it. */
  processingTime?: string | undefined;
  /** Ids of sources that are laws or council decisions behind the service's costs. */
  legal: readonly string[];
}

/** Node ids: the municipality, a service, a source. */
export const cpsvIds = {
  municipality: (site: string, id: string) => new URL(`/data/services/${id}.jsonld#authority`, site).href,
  service: (site: string, municipality: string, card: string) => new URL(`/data/services/${municipality}.jsonld#${card}`, site).href,
  source: (site: string, id: string) => new URL(`/data/services/index.jsonld#source-${id}`, site).href,
};

/** One CPSV-AP PublicService: a card issued by a municipality. */
export function cpsvService(s: CpsvServiceInput) {
  const id = cpsvIds.service(s.site, s.municipality.id, s.card.id);
  const { place } = s.municipality;
  return {
    '@id': id,
    '@type': 'PublicService',
    identifier: `${s.municipality.id}/${s.card.id}`,
    title: { nl: `${s.card.name.nl} in ${s.municipality.name.nl}`, fr: `${s.card.name.fr} à ${s.municipality.name.fr}`, en: `${s.card.name.en} in ${s.municipality.name.en}` },
    description: s.card.forWhom,
    hasCompetentAuthority: {
      '@id': cpsvIds.municipality(s.site, s.municipality.id),
      '@type': 'PublicOrganisation',
      prefLabel: s.municipality.name,
      spatial: { '@type': 'Location', geographicName: s.municipality.name },
    },
    spatial: { '@type': 'Location', geographicName: s.municipality.name },
    hasCost: s.costs.map((c, i) => ({
      '@id': `${id}-cost-${i + 1}`,
      '@type': 'Cost',
      value: decimal(c.cents),
      currency: EUR,
      description: c.what,
      ...(c.validFrom || c.validUntil ? { temporal: { '@type': 'PeriodOfTime', ...(c.validFrom ? { startDate: c.validFrom } : {}), ...(c.validUntil ? { endDate: c.validUntil } : {}) } } : {}),
      ...(c.seenOn ? { seenOn: c.seenOn } : {}),
      ...(c.conflict ? { conflict: c.conflict } : {}),
      source: c.sources.map((x) => cpsvIds.source(s.site, x)),
    })),
    hasInput: s.evidence.map((e) => ({ '@id': `${id}-evidence-${e.id}`, '@type': 'Evidence', identifier: e.id, description: e.text, source: e.sources.map((x) => cpsvIds.source(s.site, x)) })),
    ...(s.processingTime ? { processingTime: s.processingTime } : {}),
    produces: { '@id': `${id}-output`, '@type': 'Output', identifier: s.card.code, title: s.card.name },
    ...(s.legal.length ? { hasLegalResource: s.legal.map((x) => cpsvIds.source(s.site, x)) } : {}),
    ...(place.phone || place.email
      ? { hasContactPoint: { '@id': `${id}-contact`, '@type': 'ContactPoint', ...(place.phone ? { telephone: internationalPhone(place.phone) } : {}), ...(place.email ? { email: place.email } : {}) } }
      : {}),
    page: [s.card.page, s.municipality.page],
  };
}

export interface CpsvSourceInput {
  id: string;
  kind: string;
  publisher: string;
  title: Localized;
  url?: string | undefined;
  lastChecked: string;
}

/** A source as a node: laws and council decisions are also eli:LegalResource. */
export function cpsvSource(site: string, s: CpsvSourceInput) {
  const legal = s.kind === 'law' || s.kind === 'council-decision';
  return {
    '@id': cpsvIds.source(site, s.id),
    '@type': legal ? ['Source', 'LegalResource'] : 'Source',
    identifier: s.id,
    title: s.title,
    kind: s.kind,
    publisher: s.publisher,
    lastChecked: s.lastChecked,
    ...(s.url ? { page: s.url } : {}),
  };
}

/** A /data/services/ file: the context written out, then the graph. */
export function cpsvDocument(site: string, graph: readonly object[]) {
  return { '@context': cpsvContext(site), '@graph': graph };
}
