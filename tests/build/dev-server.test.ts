/**
 * `npm run dev` with a content mistake (issue 12): the dev server starts and keeps running,
 * every page is the content check's list (the same words as npm run check), fixing the file
 * brings the pages back, and a mistake made while it runs shows the list again.
 *
 * Runs a real `astro dev` on a copy of the site in .builds/ (inside the project, so the copy
 * finds node_modules), on a free port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const COPY = join(ROOT, '.builds', `dev-test-${process.pid}`);
const FILE = join(COPY, 'src', 'content', 'municipalities', 'koekelberg.yaml');
const original = readFileSync(join(ROOT, 'src', 'content', 'municipalities', 'koekelberg.yaml'), 'utf8');
/** The first total in euros with a decimal comma, as a Belgian page writes it. */
const broken = original.replace(/^(\s+total: )(\d+)$/m, (_m, head: string, cents: string) => `${head}${Math.floor(Number(cents) / 100)},${String(Number(cents) % 100).padStart(2, '0')}`);
const brokenLine = broken.split('\n').findIndex((l) => /total: \d+,\d\d$/.test(l)) + 1;

let server: ChildProcess | undefined;
let output = '';
let base = '';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

async function get(path: string): Promise<{ status: number; html: string }> {
  const r = await fetch(base + path);
  return { status: r.status, html: await r.text() };
}

/** Asks again until `ok` holds (the dev server re-reads the content after a save). */
async function until(path: string, ok: (r: { status: number; html: string }) => boolean, ms = 60000) {
  const end = Date.now() + ms;
  let last: { status: number; html: string } | undefined;
  while (Date.now() < end) {
    try {
      last = await get(path);
      if (ok(last)) return last;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${path} never answered as expected; last status ${last?.status}: ${text(last?.html ?? '').slice(0, 600)}\nDev server output:\n${output}`);
}

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

// A first page render in dev compiles the page's modules: slow on a busy machine.
describe('npm run dev with a content mistake', { timeout: 120000 }, () => {
  beforeAll(async () => {
    expect(brokenLine).toBeGreaterThan(0);
    rmSync(COPY, { recursive: true, force: true });
    mkdirSync(COPY, { recursive: true });
    for (const f of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, f), join(COPY, f), { recursive: true });
    writeFileSync(FILE, broken);
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(join(ROOT, 'node_modules', '.bin', 'node'), [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: COPY,
      // Not vitest's environment (NODE_ENV=test, VITEST…): the dev server as an editor starts it.
      env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST'))), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (d) => (output += String(d)));
    server.stderr!.on('data', (d) => (output += String(d)));
  });

  afterAll(() => {
    if (server?.pid && server.exitCode === null) server.kill('SIGTERM');
    rmSync(COPY, { recursive: true, force: true });
  });

  it('starts, stays up and shows the list instead of the pages', async () => {
    const page = await until('/nl/gemeenten/koekelberg/', (r) => r.status === 500, 90000);
    expect(server!.exitCode).toBeNull();
    const words = text(page.html);
    expect(words).toContain(`src/content/municipalities/koekelberg.yaml:${brokenLine}`);
    expect(words).toMatch(/fees\[\d+\]\.total: found "\d+,\d\d"; expected an amount in euro cents/);
    expect(words).toMatch(/Fix: If you meant EUR \d+\.\d\d, write \d+/);
    expect(words).not.toMatch(/InvalidContentEntryDataError|:0:0|\bat .*\.js:\d+|undefined|NaN/);
    // Every page, not only the one with the mistake: no page is made from incomplete data.
    expect((await get('/en/cards/a/')).status).toBe(500);
    expect(output).toContain(`koekelberg.yaml:${brokenLine}  fees[`);
    expect(output).not.toContain('InvalidContentEntryDataError');
  });

  it('shows the page again once the file is fixed', async () => {
    writeFileSync(FILE, original);
    const page = await until('/nl/gemeenten/koekelberg/', (r) => r.status === 200);
    expect(page.html).toContain('<title>Koekelberg');
    expect((await get('/en/cards/a/')).status).toBe(200);
  });

  it('shows the list again for a mistake made while it runs', async () => {
    writeFileSync(FILE, broken);
    const page = await until('/fr/', (r) => r.status === 500);
    expect(text(page.html)).toContain(`src/content/municipalities/koekelberg.yaml:${brokenLine}`);
    writeFileSync(FILE, original);
    await until('/fr/', (r) => r.status === 200);
    expect(server!.exitCode).toBeNull();
  });
});
