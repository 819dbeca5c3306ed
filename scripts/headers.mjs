// After `astro build`: adds to dist/_headers the Content-Security-Policy header, the union of
// the CSP that Astro put in each page's <meta> (same hashes, no 'unsafe-inline' for scripts),
// plus frame-ancestors, which a <meta> CSP cannot carry. Also writes dist/nginx-csp.conf.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.html') ? [join(d, e.name)] : []));
const directives = new Map();
for (const file of walk(dist)) {
  const m = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(readFileSync(file, 'utf8'));
  if (!m) continue;
  for (const part of m[1].split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (!name) continue;
    const set = directives.get(name) ?? new Set();
    values.forEach((v) => set.add(v));
    directives.set(name, set);
  }
}
if (!directives.size) throw new Error('No page carries a content-security-policy <meta>: is security.csp on in astro.config.mjs?');
if ([...(directives.get('script-src') ?? [])].includes("'unsafe-inline'")) throw new Error("script-src must not allow 'unsafe-inline'");
directives.set('frame-ancestors', new Set(["'none'"]));
const csp = [...directives].map(([k, v]) => [k, ...v].join(' ')).join('; ');
const headersFile = join(dist, '_headers');
const base = existsSync(headersFile) ? readFileSync(headersFile, 'utf8') : '/*\n';
if (!/^\s+Content-Security-Policy:/m.test(base)) {
  // Into the `/*` block (every page), after its last header: later blocks hold path rules (caching).
  const lines = base.replace(/\n*$/, '').split('\n');
  const start = lines.findIndex((l) => l.trim() === '/*');
  if (start < 0) throw new Error(`${headersFile} has no "/*" block for the Content-Security-Policy header.`);
  let end = start + 1;
  while (end < lines.length && /^\s+\S/.test(lines[end])) end++;
  lines.splice(end, 0, `  Content-Security-Policy: ${csp}`);
  writeFileSync(headersFile, lines.join('\n') + '\n');
}
writeFileSync(join(dist, 'nginx-csp.conf'), `add_header Content-Security-Policy "${csp}" always;\n`);
console.log(`CSP header written (${csp.length} characters, ${directives.get('script-src')?.size ?? 0} script-src sources).`);
