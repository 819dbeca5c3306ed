/**
 * The JSON-LD builders, expanded with the jsonld library (no request: see jsonld-loader.ts):
 * schema.org GovernmentService with its price and validity; CPSV-AP PublicService with the
 * vocabulary's terms (competent authority, cost with decimal value and the EU currency IRI,
 * evidence, processing time, output, legal resource, contact point, spatial coverage).
 */
import { describe, expect, it } from 'vitest';
import { cpsvDocument, cpsvService, cpsvSource, decimal, governmentService, internationalPhone, schemaDocument, EUR } from '../../src/lib/jsonld.ts';
import { expand, noRequests, S } from './jsonld-loader.ts';
import { loc } from './_lang.ts';
/* eslint-disable @typescript-eslint/no-explicit-any */

const SITE = 'https://verblijfskaart.be/';
const place = { name: 'Testdorp', street: 'Markt 1', postcode: '1000', city: 'Testdorp', phone: '02 600 15 21' };

describe('amounts', () => {
  it('are decimal texts from whole cents, never floats', () => {
    expect([decimal(2540), decimal(800), decimal(5), decimal(12950)]).toEqual(['25.40', '8.00', '0.05', '129.50']);
    expect(internationalPhone('02 600 15 21')).toBe('+3226001521');
  });
});

describe('schema.org GovernmentService', () => {
  const service = governmentService({
    id: 'https://verblijfskaart.be/en/municipalities/testdorp/#service-population',
    name: 'Population service (K)',
    description: 'K card',
    serviceType: 'K card',
    url: 'https://verblijfskaart.be/en/municipalities/testdorp/',
    area: { type: 'City', name: 'Testdorp' },
    providers: [{ id: 'https://verblijfskaart.be/en/municipalities/testdorp/#organisation', name: 'Testdorp', url: 'https://verblijfskaart.be/en/municipalities/testdorp/', place }],
    channels: [{ name: 'Population service', place, url: 'https://verblijfskaart.be/en/municipalities/testdorp/' }],
    offers: [{ name: 'K (12 and over)', cents: 2540, validFrom: '2027-02-01', validUntil: '2027-12-31' }],
  });

  it('expands with the type, the provider, the channel with address and phone, and the price with its validity', async () => {
    const [node] = await expand(schemaDocument([service]));
    expect(node!['@type']).toEqual([S('GovernmentService')]);
    const offer = node![S('offers')][0];
    expect(offer['@type']).toEqual([S('Offer')]);
    expect(offer[S('price')][0]['@value']).toBe('25.40');
    expect(offer[S('priceCurrency')][0]['@value']).toBe('EUR');
    expect(offer[S('validFrom')][0]['@value']).toBe('2027-02-01');
    expect(offer[S('validThrough')][0]['@value']).toBe('2027-12-31');
    expect(node![S('provider')][0]['@type']).toEqual([S('GovernmentOrganization')]);
    const channel = node![S('availableChannel')][0];
    expect(channel[S('servicePhone')][0][S('telephone')][0]['@value']).toBe('+3226001521');
    expect(channel[S('serviceLocation')][0][S('address')][0][S('postalCode')][0]['@value']).toBe('1000');
    expect(node![S('areaServed')][0]['@type']).toEqual([S('City')]);
  });

  it('a range where the page lists no municipality is an AggregateOffer', async () => {
    const all = await expand(schemaDocument([governmentService({ id: 'x:y', name: 'n', description: 'd', serviceType: 't', url: SITE, area: { type: 'Country', name: 'Belgium' }, providers: [], channels: [], offers: { low: 2160, high: 2550 } })]));
    const agg = all[0]![S('offers')][0];
    expect(agg['@type']).toEqual([S('AggregateOffer')]);
    expect([agg[S('lowPrice')][0]['@value'], agg[S('highPrice')][0]['@value']]).toEqual(['21.60', '25.50']);
  });
});

describe('CPSV-AP PublicService', () => {
  const doc = cpsvDocument(SITE, [
    cpsvService({
      site: SITE,
      municipality: { id: 'testdorp', name: loc({ nl: 'Testdorp', fr: 'Testdorp', en: 'Testdorp' }), place, page: 'https://verblijfskaart.be/nl/gemeenten/testdorp/' },
      card: { id: 'k', code: 'K', name: loc({ nl: 'K-kaart', fr: 'Carte K', en: 'K card' }), forWhom: loc({ nl: 'v', fr: 'p', en: 'f' }), page: 'https://verblijfskaart.be/nl/kaarten/k/' },
      costs: [{ what: loc({ nl: 'K', fr: 'K', en: 'K (12 and over)' }), cents: 2540, seenOn: '2026-11-23', sources: ['testdorp-page'] }, { what: loc({ nl: 'K', fr: 'K', en: 'K' }), cents: 2800, validFrom: '2027-02-01', sources: ['testdorp-decision'] }],
      evidence: [{ id: 'photo', text: loc({ nl: 'Een foto.', fr: 'Une photo.', en: 'A photo.' }), sources: ['dofi'] }],
      processingTime: 'P3W',
      legal: ['testdorp-decision'],
    }),
    cpsvSource(SITE, { id: 'testdorp-decision', kind: 'council-decision', publisher: 'Gemeente Testdorp', title: loc({ nl: 'Besluit', fr: 'Décision', en: 'Decision' }), lastChecked: '2026-11-23' }),
  ]);
  const CPSV = 'http://purl.org/vocab/cpsv#';
  const CV = 'http://data.europa.eu/m8g/';
  const DCT = 'http://purl.org/dc/terms/';

  it('expands without any request into the CPSV-AP terms', async () => {
    const nodes = await expand(doc, noRequests);
    const service = nodes.find((n) => n['@type']?.includes(`${CPSV}PublicService`))!;
    expect(service['@id']).toBe('https://verblijfskaart.be/data/services/testdorp.jsonld#k');
    expect(service[`${DCT}identifier`][0]['@value']).toBe('testdorp/k');
    expect(service[`${DCT}title`].find((t: any) => t['@language'] === 'en')['@value']).toBe('K card in Testdorp');
    const authority = service[`${CV}hasCompetentAuthority`][0];
    expect(authority['@type']).toEqual([`${CV}PublicOrganisation`]);
    const [seen, dated] = service[`${CV}hasCost`];
    expect(seen['@type']).toEqual([`${CV}Cost`]);
    expect(seen[`${CV}value`][0]).toEqual({ '@value': '25.40', '@type': 'http://www.w3.org/2001/XMLSchema#decimal' });
    expect(seen[`${CV}currency`][0]['@id']).toBe(EUR);
    expect(seen[`${DCT}temporal`]).toBeUndefined();
    expect(dated[`${DCT}temporal`][0]['http://www.w3.org/ns/dcat#startDate'][0]['@value']).toBe('2027-02-01');
    expect(service[`${CPSV}hasInput`][0]['@type']).toEqual([`${CV}Evidence`]);
    expect(service[`${CV}processingTime`][0]['@value']).toBe('P3W');
    expect(service[`${CPSV}produces`][0]['@type']).toEqual([`${CV}Output`]);
    expect(service[`${CV}hasLegalResource`][0]['@id']).toBe('https://verblijfskaart.be/data/services/index.jsonld#source-testdorp-decision');
    expect(service[`${CV}hasContactPoint`][0]['https://schema.org/telephone'][0]['@value']).toBe('+3226001521');
    expect(service[`${DCT}spatial`][0]['@type']).toEqual([`${DCT}Location`]);
    const decision = nodes.find((n) => n['@id'] === 'https://verblijfskaart.be/data/services/index.jsonld#source-testdorp-decision')!;
    expect(decision['@type']).toContain('http://data.europa.eu/eli/ontology#LegalResource');
  });
});
