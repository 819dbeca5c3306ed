// Helpers of `npm run perf` (scripts/perf.mjs): statistics and tables, the HTML of a page split
// into island props and the rest, and a throttled Chromium page that counts the bytes of every
// response as they came over the wire (Chrome DevTools Protocol).
import { gzipSync } from 'node:zlib';

/** Lighthouse's "slow 4G" mobile settings (rttMs 150, throughputKbps 1.6 × 1024, cpuSlowdownMultiplier 4). */
export const THROTTLING = {
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (1.6 * 1024 * 1024) / 8,
  cpu: 4,
};
export const MOBILE = { viewport: { width: 412, height: 915 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
export const DESKTOP = { viewport: { width: 1350, height: 940 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false };

// ---------------------------------------------------------------------------------------------
// Statistics and printing

/** Median of the numbers (the mean of the middle two for an even count); null when there are none. */
export function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

/** { median, min, max, n, of } of the finite numbers among `values` (the others are failed runs). */
export function summarize(values) {
  const ok = values.filter((x) => typeof x === 'number' && Number.isFinite(x));
  if (ok.length === 0) return { median: null, min: null, max: null, n: 0, of: values.length };
  return { median: median(ok), min: Math.min(...ok), max: Math.max(...ok), n: ok.length, of: values.length };
}

/**
 * "median (min–max)" with `fmt` for each number; `missing` when no run gave a number, and
 * "[k/n runs]" when only some did.
 */
export function showStat(s, fmt, missing = 'not found') {
  if (!s || s.n === 0) return missing;
  const core = s.min === s.max ? fmt(s.median) : `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`;
  return s.n < s.of ? `${core} [${s.n}/${s.of} runs]` : core;
}

export const kb = (bytes) => (bytes == null ? '–' : `${(bytes / 1024).toFixed(1)} KB`);
export const ms = (v) => (v == null ? '–' : `${Math.round(v)} ms`);
export const cls = (v) => (v == null ? '–' : v > 0 && v < 0.0005 ? '<0.001' : v.toFixed(3));
export const pct = (part, whole) => (whole ? `${((100 * part) / whole).toFixed(0)} %` : '–');

/** A plain text table: the first column left-aligned, the others right-aligned. */
export function textTable(headers, rows) {
  const all = [headers, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const widths = headers.map((_, i) => Math.max(...all.map((r) => r[i]?.length ?? 0)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

/** Runs the async functions with at most `n` at a time; resolves with their results in order. */
export async function pool(tasks, n) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(n, tasks.length)) }, worker));
  return results;
}

// ---------------------------------------------------------------------------------------------
// Island props in the HTML

const gz = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
// Attribute values in Astro's output never hold a raw double quote (it is written &quot;).
const PROPS_ATTR = /(<astro-island\b[^>]*?)\sprops="[^"]*"/g;

/**
 * How much of a page's HTML is island props: the ` props="…"` attributes of its astro-island
 * elements, in raw bytes, and the page's gzip (level 9, as scripts/serve.mjs sends it) with and
 * without those attributes.
 */
export function islandProps(html) {
  const islands = [...html.matchAll(/<astro-island\b/g)].length;
  const without = html.replace(PROPS_ATTR, '$1');
  const raw = Buffer.byteLength(html);
  return { islands, raw, props: raw - Buffer.byteLength(without), gzip: gz(html), gzipWithoutProps: gz(without) };
}

// ---------------------------------------------------------------------------------------------
// A throttled page that counts bytes

/** The kind of a response for the byte tables: html, css, js, data (JSON) or other. */
export function kindOf(mime = '', url = '') {
  if (/html/.test(mime)) return 'html';
  if (/css/.test(mime)) return 'css';
  if (/javascript|ecmascript/.test(mime) || /\.m?js(\?|$)/.test(url)) return 'js';
  if (/json/.test(mime) || /\.json(\?|$)/.test(url)) return 'data';
  return 'other';
}

/**
 * Opens a fresh browser context (empty cache) with `profile`, throttles its page through CDP and
 * records every request: its type, initiator, status, and the body bytes as they came over the
 * wire (Network.loadingFinished encodedDataLength minus the response headers).
 */
export async function openPage(browser, profile, { throttle = true, initScripts = [] } = {}) {
  const context = await browser.newContext({ ...profile, serviceWorkers: 'block' });
  for (const s of initScripts) await context.addInitScript(s);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (throttle) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: THROTTLING.latency,
      downloadThroughput: THROTTLING.downloadThroughput,
      uploadThroughput: THROTTLING.uploadThroughput,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpu });
  }
  const requests = new Map();
  let inflight = 0;
  let lastChange = Date.now();
  let mark = 0;
  const done = (r) => {
    if (r && !r.finished) {
      r.finished = true;
      inflight -= 1;
      lastChange = Date.now();
    }
  };
  cdp.on('Network.requestWillBeSent', (e) => {
    const old = requests.get(e.requestId);
    if (old) {
      // A redirect: the same id goes on to the new address.
      old.url = e.request.url;
      return;
    }
    inflight += 1;
    lastChange = Date.now();
    const init = e.initiator ?? {};
    const initiatorUrl = init.url ?? init.stack?.callFrames?.find((f) => f.url)?.url ?? init.stack?.parent?.callFrames?.find((f) => f.url)?.url ?? null;
    requests.set(e.requestId, { url: e.request.url, type: e.type, initiatorUrl, sentAt: Date.now(), mark, headers: 0, encoded: 0, finished: false });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    r.status = e.response.status;
    r.mime = e.response.mimeType;
    r.type = e.type ?? r.type;
    r.headers = e.response.encodedDataLength ?? 0;
    r.fromCache = e.response.fromDiskCache || e.response.fromPrefetchCache || false;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    r.encoded = e.encodedDataLength;
    done(r);
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    r.failed = e.errorText;
    done(r);
  });
  const net = {
    requests,
    /** Sets the mark stored with every request sent from now on (e.g. the query number). */
    mark(n) {
      mark = n;
    },
    /** Resolves when no request has been in flight for `quiet` ms (at most `max` ms). */
    async idle(quiet = 500, max = 20000) {
      const start = Date.now();
      while (Date.now() - start < max) {
        if (inflight <= 0 && Date.now() - lastChange >= quiet) return true;
        await new Promise((r) => setTimeout(r, 50));
      }
      return false;
    },
    /** The finished requests, optionally only those `filter` keeps. */
    list(filter = () => true) {
      return [...requests.values()].filter((r) => r.finished && !r.failed && filter(r));
    },
  };
  return { context, page, cdp, net };
}

/** Body bytes of a finished request as sent over the wire (gzip where the server compressed). */
export const bodyBytes = (r) => Math.max(0, (r.encoded ?? 0) - (r.headers ?? 0));

/** Bytes and request count per kind (html, css, js, data, other) of a list of requests. */
export function byKind(reqs) {
  const out = { html: 0, css: 0, js: 0, data: 0, other: 0, total: 0, requests: reqs.length };
  for (const r of reqs) {
    const b = bodyBytes(r);
    out[kindOf(r.mime, r.url)] += b;
    out.total += b;
  }
  return out;
}

/**
 * Longest chain of scripts (document → script → script it imports …) among `reqs`, from each
 * request's initiator: 1 means every script was asked for by the HTML itself.
 */
export function chainDepth(reqs, documentUrl) {
  const byUrl = new Map(reqs.map((r) => [r.url.split('#')[0], r]));
  const depth = new Map();
  const of = (url, seen = new Set()) => {
    const clean = url?.split('#')[0];
    if (!clean || clean === documentUrl.split('#')[0]) return 0;
    if (depth.has(clean)) return depth.get(clean);
    const r = byUrl.get(clean);
    if (!r || seen.has(clean)) return 0;
    seen.add(clean);
    const d = 1 + of(r.initiatorUrl ?? documentUrl, seen);
    depth.set(clean, d);
    return d;
  };
  let max = 0;
  for (const r of reqs) if (kindOf(r.mime, r.url) === 'js') max = Math.max(max, of(r.url));
  return max;
}

/**
 * Scrolls the page to the bottom one viewport at a time, `pause` ms after each step, inside the
 * page (one round trip in all). The page may grow while it loads, so the bottom is measured again
 * at each step. Resolves with the number of steps.
 */
export function scrollToBottom(page, pause = 200, maxSteps = 80) {
  return page.evaluate(async ([wait, max]) => {
    for (let steps = 0; steps < max; steps++) {
      const el = document.scrollingElement ?? document.documentElement;
      const bottom = el.scrollHeight - window.innerHeight;
      if (window.scrollY >= bottom - 1) return steps;
      window.scrollTo(0, Math.min(bottom, window.scrollY + window.innerHeight));
      await new Promise((r) => setTimeout(r, wait));
    }
    return max;
  }, [pause, maxSteps]);
}

/** One line of the error for a table cell or the JSON. */
export const short = (e) => String(e?.message ?? e).split('\n')[0].slice(0, 160);
