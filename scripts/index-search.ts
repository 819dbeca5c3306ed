// Builds the Pagefind search index of a built site (`node scripts/index-search.ts dist`).
// Pagefind's own command would index the pages as they are; this script first splits French
// elisions ("d’urgence" → "d’ urgence") in the copy it hands to Pagefind, so "urgence" finds
// the page (see src/lib/search-text.ts). The pages themselves are not changed.
import { readdirSync, readFileSync } from 'node:fs';
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

// `+` is part of a card's code (EU+, F+): kept, so "EU+" and "E+-kaart" are not read as EU and E-kaart.
const { index, errors } = await pagefind.createIndex({ includeCharacters: '+' });
if (!index) {
  console.error(`The search index could not be started: ${errors.join('; ')}`);
  process.exit(1);
}
let pages = 0;
for (const file of htmlFiles(site)) {
  const html = readFileSync(file, 'utf8');
  const r = await index.addHTMLFile({ sourcePath: relative(site, file).split(sep).join('/'), content: splitElisionsInHtml(html, htmlLang(html)) });
  if (r.errors.length > 0) {
    console.error(`${relative(site, file)}: ${r.errors.join('; ')}`);
    process.exit(1);
  }
  if (r.file?.url) pages++;
}
const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
if (written.errors.length > 0) {
  console.error(`The search index was not written: ${written.errors.join('; ')}`);
  process.exit(1);
}
await pagefind.close();
console.log(`Search index: ${pages} HTML files read, French elisions split.`);
