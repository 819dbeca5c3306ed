/**
 * What the calculators' islands need besides their page: their words, the card and municipality
 * lists and the deadline rules, one JSON file per part and language, published at a content-hashed
 * address (`/data/ui/<lang>/<part>.<hash>.json`, cached for a year: a change gives a new address).
 *
 * A page's HTML carries only the addresses (island props of a few hundred bytes), so a card page
 * is the same size with 1 or 565 municipalities, and a visitor's browser fetches each part once for
 * the whole site. The server renders the islands from the same values (`provideIslandData`), and the
 * `client:data` directive (src/components/island-data/) fetches the files before the island wakes
 * up, so the browser renders exactly what the server did.
 *
 * Built once per part and language for the whole build (memoised): the endpoint
 * src/pages/data/ui/[lang]/[file].json.ts and every page read the same result.
 */
import { createHash } from 'node:crypto';
import { LANGS, dirOf, type Lang } from '../i18n/languages.ts';
import { isolateCodesInText } from '../lib/bidi.ts';
import { content } from './content.ts';
import { BUILT_LANGS } from './build-langs.ts';
import { formStringsFor } from '../i18n/forms.ts';
import { feeStringsFor } from '../i18n/fees.ts';
import { deadlineStringsFor } from '../i18n/deadlines.ts';
import { planStringsFor } from '../i18n/plan.ts';
import { pickerStringsFor } from '../components/municipality-picker/strings.ts';
import { withFigures } from './figures.ts';
import { buildDate } from './build-date.ts';
import { buildDeadlineData } from '../components/deadlines/data.ts';
import { counterLanguages, rulesVersion } from '../lib/plan.ts';
import { provideIslandData, type IslandPart } from '../components/island-data/store.ts';

export const ISLAND_PARTS = ['form', 'fees', 'deadlines', 'municipalities', 'plan', 'picker'] as const satisfies readonly IslandPart[];

export interface IslandFile {
  part: IslandPart;
  lang: Lang;
  /** The address the browser fetches, e.g. `/data/ui/nl/fees.3f2a9c1b.json`. */
  url: string;
  /** The file's name inside `/data/ui/<lang>/` without `.json`, e.g. `fees.3f2a9c1b`. */
  file: string;
  /** The file's text (what the endpoint writes). */
  json: string;
  value: unknown;
}

async function valueOf(part: IslandPart, lang: Lang): Promise<unknown> {
  const c = await content();
  switch (part) {
    case 'form':
      return formStringsFor(lang);
    case 'fees':
      return {
        strings: withFigures(feeStringsFor(lang), c.uiFigures),
        cards: c.cardTypes.map((ct) => ({ id: ct.id, code: ct.data.code, name: ct.data.name[lang], feeGroup: ct.data.feeGroup, kind: ct.data.kind })),
      };
    case 'deadlines':
      return { strings: withFigures(deadlineStringsFor(lang), c.uiFigures), data: buildDeadlineData(c.cardTypes, c.municipalities, c.facts, lang, buildDate(), c.holidays) };
    case 'picker':
      return withFigures(pickerStringsFor(lang), c.uiFigures);
    case 'municipalities':
      return c.municipalities.map((m) => ({ id: m.id, name: m.data.name[lang] }));
    case 'plan': {
      // The counter checklist's heading lines in every language a counter of this site works in.
      const counterLangs = new Set(c.municipalities.flatMap((m) => counterLanguages(m.data.region)));
      const counterStrings = Object.fromEntries(
        LANGS.filter((l) => counterLangs.has(l)).map((l) => {
          const s = planStringsFor(l);
          return [l, { 'counter.title': s['counter.title'], 'counter.for': s['counter.for'], 'counter.amount': s['counter.amount'], 'counter.date': s['counter.date'] }];
        }),
      );
      // Any change to fees, deadlines or what to bring gives another version (a link made before says so).
      const version = rulesVersion({
        fees: [...c.feeData.values()].map((f) => ({ segments: f.segments, checklist: f.checklist, conflicts: f.conflicts })),
        deadlines: buildDeadlineData(c.cardTypes, c.municipalities, c.facts, 'nl', buildDate(), c.holidays),
      });
      return { strings: withFigures(planStringsFor(lang), c.uiFigures), counterStrings, version };
    }
  }
}

/** Every text a reader sees (the strings and the names), not ids or codes the islands compare. */
function isolateWords(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return key === 'id' || key === 'code' || key === 'kind' || key === 'feeGroup' ? value : isolateCodesInText(value);
  if (Array.isArray(value)) return value.map((v) => isolateWords(v));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, isolateWords(v, k)]));
  return value;
}

const cache = new Map<string, Promise<IslandFile>>();

/** One part in one language: its value, its text and its content-hashed address (built once). */
export function islandFile(part: IslandPart, lang: Lang): Promise<IslandFile> {
  const key = `${part}/${lang}`;
  let found = cache.get(key);
  if (!found) {
    found = valueOf(part, lang).then((raw) => {
      // Right to left, the island's words keep "EU+" with its code as the page's text does
      // (src/middleware.ts): what the browser renders is then what the server did.
      const value = dirOf(lang) === 'rtl' ? isolateWords(raw) : raw;
      const json = JSON.stringify(value);
      const file = `${part}.${createHash('sha256').update(json, 'utf8').digest('hex').slice(0, 10)}`;
      const url = `/data/ui/${lang}/${file}.json`;
      // The server renders the island from the very value the browser will fetch.
      provideIslandData(url, value);
      return { part, lang, url, file, json, value };
    });
    cache.set(key, found);
  }
  return found;
}

/** The addresses of some parts in one language, for an island's `data` prop. */
export async function islandUrls<P extends IslandPart>(parts: readonly P[], lang: Lang): Promise<Record<P, string>> {
  const files = await Promise.all(parts.map((p) => islandFile(p, lang)));
  return Object.fromEntries(files.map((f) => [f.part, f.url])) as Record<P, string>;
}

/** Every file of every part and language this build renders (the endpoint's static paths). */
export function allIslandFiles(): Promise<IslandFile[]> {
  return Promise.all(BUILT_LANGS.flatMap((lang) => ISLAND_PARTS.map((part) => islandFile(part, lang))));
}
