// Serves dist/ on 127.0.0.1:4321 (PORT and HOST override) with the headers of public/_headers.
// A small static server with no dependencies, used by `npm start` and the browser tests. Like a
// static host it compresses text with gzip and lets browsers keep content-hashed files a year.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.env.DIST_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.wasm': 'application/wasm',
  '.ics': 'text/calendar; charset=utf-8', '.png': 'image/png', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json',
};
// Pagefind's index files have no extension or .pf_* extensions: binary.
const binary = 'application/octet-stream';

/** Reads the `/*` block of public/_headers (Netlify/Cloudflare format) so local serving matches production. */
function globalHeaders() {
  const file = join(root, '_headers');
  if (!existsSync(file)) return {};
  const headers = {};
  let inBlock = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) { inBlock = line.trim() === '/*'; continue; }
    if (inBlock) { const i = line.indexOf(':'); headers[line.slice(0, i).trim()] = line.slice(i + 1).trim(); }
  }
  return headers;
}
const extra = globalHeaders();

/** Content-hashed files (the same paths as the Cache-Control blocks of public/_headers). */
const IMMUTABLE = /^\/(_astro|data\/ui|pagefind\/(fragment|index|filter))\//;
/** Text types are sent gzip-compressed when the browser accepts it (Pagefind's files are compressed already). */
const COMPRESS = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.ics', '.webmanifest']);
const gzipped = new Map();

async function resolveFile(urlPath) {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, clean);
  if (!file.startsWith(root)) return null;
  try {
    const s = await stat(file);
    if (s.isDirectory()) file = join(file, 'index.html');
    await stat(file);
    return file;
  } catch {
    return null;
  }
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', `http://${host}`);
  // Directory URLs without trailing slash redirect, as static hosts do.
  if (!extname(url.pathname) && !url.pathname.endsWith('/')) {
    const dir = await resolveFile(url.pathname + '/');
    if (dir) { res.writeHead(301, { Location: url.pathname + '/' + url.search }); res.end(); return; }
  }
  const file = await resolveFile(url.pathname);
  const status = file ? 200 : 404;
  // An unknown address under a language folder gets that language's page (/fr/404/), as the README's nginx block does.
  const langNotFound = file ? null : await resolveFile(`/${url.pathname.split('/')[1] ?? ''}/404/`);
  const path = file ?? langNotFound ?? join(root, '404.html');
  try {
    let body = await readFile(path);
    const headers = { 'Content-Type': types[extname(path)] ?? binary, 'Cache-Control': file && IMMUTABLE.test(url.pathname) ? 'public, max-age=31536000, immutable' : 'no-cache', ...extra };
    if (COMPRESS.has(extname(path)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      if (!gzipped.has(path)) gzipped.set(path, gzipSync(body, { level: 9 }));
      body = gzipped.get(path);
      Object.assign(headers, { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
    }
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  }
});
server.listen(port, host, () => console.log(`Serving ${root} at http://${host}:${port}/`));
