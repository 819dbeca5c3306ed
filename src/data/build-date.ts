import { parseIsoDate, todayInBelgium, toIsoDate } from '../lib/plain-date.ts';

/**
 * The day the site is built for, in Belgium, as YYYY-MM-DD.
 *
 * - `AS_OF=2027-01-01` (the editors' name): a preview of the site as residents will see it on
 *   that day. Static pages show the fees, ranges and rules of that day, the calculators start
 *   from it in the browser, every page carries a banner that says it is a preview, and the
 *   content check measures freshness against it.
 * - `BUILD_DATE=2025-03-01` (the older name, kept for tests and reproducible builds): pins the
 *   day the static pages are built for, without the banner; the calculators keep the real
 *   today in the browser. `AS_OF` wins when both are set.
 * - Neither: today in Belgium.
 */
export type AsOf =
  | { ok: true; /** The pinned day, when one is set. */ day?: string | undefined; /** True for an AS_OF preview. */ preview: boolean; name?: 'AS_OF' | 'BUILD_DATE' | undefined }
  | { ok: false; message: string };

const FORM = /^\d{4}-\d{2}-\d{2}$/;

/** Reads AS_OF (or BUILD_DATE) from an environment; a bad value gives one line for the editor. */
export function parseAsOf(env: Readonly<Record<string, string | undefined>> = process.env): AsOf {
  for (const name of ['AS_OF', 'BUILD_DATE'] as const) {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') continue;
    const value = raw.trim();
    if (!FORM.test(value)) return { ok: false, message: `${name}="${raw}" is not a date written YYYY-MM-DD. Write for example: ${name}=2027-01-01 npm run dev` };
    if (!parseIsoDate(value)) return { ok: false, message: `${name}="${raw}": this day does not exist. Check the month and the day (YYYY-MM-DD), for example ${name}=2027-01-01.` };
    return { ok: true, day: value, preview: name === 'AS_OF', name };
  }
  return { ok: true, preview: false };
}

/** The day static pages are built for (AS_OF, else BUILD_DATE, else today in Belgium). */
export function buildDate(): string {
  const asOf = parseAsOf();
  // The content check and the build's start report a bad value in one line before any page is made.
  if (!asOf.ok) throw Object.assign(new Error(asOf.message), { stack: '' });
  return asOf.day ?? toIsoDate(todayInBelgium());
}

/** The AS_OF day in a preview (banner, calculators' default day in the browser); undefined otherwise. */
export function previewDay(): string | undefined {
  const asOf = parseAsOf();
  return asOf.ok && asOf.preview ? asOf.day : undefined;
}
