// Builds the Pagefind search index of a built site (`node scripts/index-search.ts dist`).
// Pagefind's own command would index the pages as they are; this script first splits French
// elisions ("d’urgence" → "d’ urgence") in the copy it hands to Pagefind, so "urgence" finds
// the page (see src/lib/search-text.ts), and leaves out the source marks (see EXCLUDE). The pages
// themselves are not changed, except the preload links of the search pages (see the end).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { htmlLang, splitElisionsInHtml } from '../src/lib/search-text.ts';

const site = process.argv[2];
if (!site) {
  console.error('Usage: node scripts/index-search.ts <built site folder>');
  process.exit(2);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' || e.name === '_astro' ? [] : htmlFiles(p);
    return e.name.endsWith('.html') ? [p] : [];
  });
}

// Left out of the index and of the result texts: the source marks after a fact (SourceMark.astro:
// `<sup class="source-mark">` with a visually hidden "Source: Gemeente Koekelberg" and "[2]").
// Attribution, not content, and glued to the fact before it: "€21.60" was indexed as
// "€21.60source". (The publishers after each item of a card's "what to bring" lists, SourceRefs.astro's
// `.source-refs`, are a tenth of each language's index; left out, the page that comes first changes
// for some queries of tests/e2e/search-queries.ts, so they stay until those are looked at.)
const EXCLUDE = ['.source-mark'];

// `+` is part of a card's code (EU+, F+): kept, so "EU+" and "E+-kaart" are not read as EU and E-kaart.
const { index, errors } = await pagefind.createIndex({ includeCharacters: '+', excludeSelectors: EXCLUDE });
if (!index) {
  console.error(`The search index could not be started: ${errors.join('; ')}`);
  process.exit(1);
}
let pages = 0;
const files = htmlFiles(site);
for (const file of files) {
  const html = readFileSync(file, 'utf8');
  const r = await index.addHTMLFile({ sourcePath: relative(site, file).split(sep).join('/'), content: splitElisionsInHtml(html, htmlLang(html)) });
  if (r.errors.length > 0) {
    console.error(`${relative(site, file)}: ${r.errors.join('; ')}`);
    process.exit(1);
  }
  if (r.file?.url) pages++;
}
const bundle = join(site, 'pagefind');
const written = await index.writeFiles({ outputPath: bundle });
if (written.errors.length > 0) {
  console.error(`The search index was not written: ${written.errors.join('; ')}`);
  process.exit(1);
}
await pagefind.close();

// The search pages ask for the files Pagefind will fetch first (Search.astro's links marked
// data-pagefind-preload): their names exist only now. The entry file gets the address Pagefind
// asks for when given a cache tag (the page passes the tag on: search-client.ts); the tag is the
// language's metadata hash, which changes with the index.
interface Entry { languages: Record<string, { hash: string; wasm: string | null }> }
const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as Entry;
const bundleFiles = new Set(readdirSync(bundle));
let preloading = 0;
for (const file of files) {
  const html = readFileSync(file, 'utf8');
  if (!html.includes('data-pagefind-preload=')) continue;
  const lang = htmlLang(html).toLowerCase();
  const info = entry.languages[lang] ?? entry.languages[lang.split('-')[0]!];
  if (!info) {
    console.error(`${relative(site, file)}: no search index for its language "${lang}", which its preload links need.`);
    process.exit(1);
  }
  const target = (kind: string): string => {
    const name = kind === 'entry' ? 'pagefind-entry.json' : kind === 'wasm' ? `wasm.${info.wasm ?? 'unknown'}.pagefind` : kind === 'meta' ? `pagefind.${info.hash}.pf_meta` : '';
    if (!bundleFiles.has(name)) {
      console.error(`${relative(site, file)}: a preload link names "${kind}", which is no file of the search bundle (${name || 'unknown kind'}).`);
      process.exit(1);
    }
    return `/pagefind/${name}${kind === 'entry' ? `?ts=${info.hash}` : ''}`;
  };
  const updated = html.replace(/<link\b[^>]*\bdata-pagefind-preload="([^"]*)"[^>]*>/g, (tag, kind: string) => tag.replace(/\shref="[^"]*"/, ` href="${target(kind)}"`));
  writeFileSync(file, updated);
  preloading++;
}
console.log(`Search index: ${pages} HTML files read, French elisions split; preload links written in ${preloading} search pages.`);
