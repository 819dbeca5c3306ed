/**
 * The islands' data files (src/data/island-data.ts is the build side, read in the build tests):
 * the directive finds an island's addresses in its props, the store says plainly when a file is
 * missing, and after the build every page that wakes an island with the page preloads exactly the
 * island's modules and files.
 */
import { describe, expect, it } from 'vitest';
import { dataUrls } from '../../src/components/island-data/directive.ts';
import { islandValue, islandValues, provideIslandData } from '../../src/components/island-data/store.ts';
import { moduleClosure, preloadLinks } from '../../src/integrations/island-data.ts';

const modules: Record<string, string> = {
  '/_astro/Fee.abc.js': 'import{a as e}from"./forms.1.js";import"./side.2.js";export{x as default};const later=()=>import("./FeeOutput.3.js");',
  '/_astro/forms.1.js': 'import{h}from"./preact.4.js";export const a=1;',
  '/_astro/side.2.js': 'export const s=2;',
  '/_astro/preact.4.js': 'export const h=0;import{a}from"./forms.1.js";',
  '/_astro/FeeOutput.3.js': 'export const o=3;',
  '/_astro/client.5.js': 'import{h}from"./preact.4.js";',
};
const read = (p: string) => modules[p] ?? null;

const island = (opts: string, props = '{"data":[0,{"form":[0,"/data/ui/nl/form.a895898b51.json"],"fees":[0,"/data/ui/nl/fees.5b2247fa2d.json"]}]}') =>
  `<astro-island uid="x" component-url="/_astro/Fee.abc.js" component-export="default" renderer-url="/_astro/client.5.js" props="${props.replace(/"/g, '&quot;')}" ssr client="data" opts="${opts.replace(/"/g, '&quot;')}"></astro-island>`;

describe('client:data', () => {
  it('finds the data addresses in an island’s serialized props, each once', () => {
    expect(dataUrls('{"data":[0,{"form":[0,"/data/ui/nl/form.a895898b51.json"],"plan":[0,"/data/ui/nl/plan.0123456789.json"]}],"x":[0,"/data/ui/nl/form.a895898b51.json"]}')).toEqual([
      '/data/ui/nl/form.a895898b51.json',
      '/data/ui/nl/plan.0123456789.json',
    ]);
    expect(dataUrls('{"municipalityPath":[0,"/nl/gemeenten/{id}/#fees"],"other":[0,"/data/fees/koekelberg.json"]}')).toEqual([]);
  });

  it('reads a provided value and names the fix when a file was never loaded', () => {
    provideIslandData('/data/ui/nl/test.0000000001.json', { a: 1 });
    expect(islandValue('/data/ui/nl/test.0000000001.json')).toEqual({ a: 1 });
    expect(islandValues<{ test: { a: number } }>({ test: '/data/ui/nl/test.0000000001.json' })).toEqual({ test: { a: 1 } });
    expect(() => islandValue('/data/ui/nl/none.0000000002.json')).toThrow(/not loaded.*client:data/);
  });
});

describe('preloads after the build', () => {
  it('follows static imports through every level, once each, and leaves dynamic imports for later', () => {
    expect(moduleClosure('/_astro/Fee.abc.js', read).sort()).toEqual(['/_astro/Fee.abc.js', '/_astro/forms.1.js', '/_astro/preact.4.js', '/_astro/side.2.js']);
    expect(moduleClosure('/_astro/missing.js', read)).toEqual([]);
  });

  it('preloads the code and data of an island that wakes with the page', () => {
    const links = preloadLinks(`<head></head><body>${island('{"name":"Fee","value":{"when":"load","error":"x"}}')}</body>`, read);
    expect(links.match(/rel="modulepreload" href="[^"]+"/g)?.map((l) => l.split('"')[3]).sort()).toEqual(['/_astro/Fee.abc.js', '/_astro/client.5.js', '/_astro/forms.1.js', '/_astro/preact.4.js', '/_astro/side.2.js']);
    expect(links).toContain('<link rel="preload" href="/data/ui/nl/form.a895898b51.json" as="fetch" crossorigin="anonymous">');
    expect(links).toContain('<link rel="preload" href="/data/ui/nl/fees.5b2247fa2d.json" as="fetch" crossorigin="anonymous">');
    expect(links).not.toContain('FeeOutput');
  });

  it('preloads nothing for an island that waits until it comes into view, or that is not a data island', () => {
    expect(preloadLinks(island('{"name":"Fee","value":{"when":"visible","rootMargin":"150% 0px"}}'), read)).toBe('');
    expect(preloadLinks(island('{"name":"Fee","value":{}}').replace('client="data"', 'client="visible"'), read)).toBe('');
  });
});
