/**
 * A JSON-LD document loader for the tests: no request leaves the machine. "https://schema.org"
 * (the context search engines expect) is served from tests/fixtures/contexts/schema.org.jsonld, a
 * reduced stand-in for schema.org's own context: every term maps into http://schema.org/, as
 * schema.org's @vocab does. Any other address is an error, so a document that needs a remote
 * context fails the test instead of fetching it.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';

const SCHEMA_ORG = JSON.parse(readFileSync('tests/fixtures/contexts/schema.org.jsonld', 'utf8')) as object;

export async function documentLoader(url: string) {
  if (/^https?:\/\/schema\.org\/?$/.test(url)) return { contextUrl: undefined, documentUrl: url, document: SCHEMA_ORG };
  throw new Error(`The test loader serves no ${url}: JSON-LD on this site needs no remote context except schema.org's.`);
}

export const S = (term: string) => `http://schema.org/${term}`;

/** A loader that refuses every address: the document must carry its whole context. */
export async function noRequests(url: string): Promise<never> {
  throw new Error(`No request: ${url}`);
}

/** jsonld.expand with a loader (default: schema.org's stand-in only), as plain nodes. */
export async function expand(doc: unknown, loader: (url: string) => Promise<unknown> = documentLoader): Promise<Array<Record<string, any>>> {
  const run = jsonld.expand as unknown as (d: unknown, o: object) => Promise<unknown>;
  return (await run(doc, { documentLoader: loader, safe: true })) as Array<Record<string, any>>;
}
