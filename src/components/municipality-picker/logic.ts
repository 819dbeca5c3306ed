/**
 * Pure parts of the municipality picker: the remembered choice (localStorage, never a cookie),
 * the municipality list grouped by region, and the fees of one municipality for one card.
 */
import { localeOf } from '../../i18n/languages.ts';
import type { Lang } from '../../schemas/common.ts';
import { REGIONS } from '../../lib/vocabulary.ts';

/** localStorage key of the chosen municipality (its id). Other islands may read it too. */
export const STORAGE_KEY = 'verblijfskaart:municipality';
const ID = /^[a-z0-9][a-z0-9-]{0,80}$/;

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The storage of the browser, or null when it is off or blocked (private mode, strict settings). */
export function browserStorage(): StorageLike | null {
  try {
    const s = globalThis.localStorage;
    return s ?? null;
  } catch {
    return null;
  }
}

/** The remembered municipality id, or '' when none, unreadable or not a valid id. */
export function readRemembered(storage: StorageLike | null): string {
  try {
    const v = storage?.getItem(STORAGE_KEY) ?? '';
    return ID.test(v) ? v : '';
  } catch {
    return '';
  }
}

/** Remembers an id ('' forgets). Returns false when the browser refuses to store it. */
export function remember(storage: StorageLike | null, id: string): boolean {
  if (!storage) return false;
  try {
    if (id && ID.test(id)) storage.setItem(STORAGE_KEY, id);
    else storage.removeItem(STORAGE_KEY);
    return true;
  } catch {
    return false;
  }
}

/** The part of `/data/fees/index.json` the picker reads. */
export interface FeeIndex {
  municipalities: Array<{ id: string; name: Record<Lang, string>; region: string; url: string }>;
}

/** Checks the shape of the index file; anything else is treated as a failed load. */
export function isFeeIndex(v: unknown): v is FeeIndex {
  if (!v || typeof v !== 'object' || !Array.isArray((v as FeeIndex).municipalities)) return false;
  return (v as FeeIndex).municipalities.every(
    (m) => m && typeof m.id === 'string' && ID.test(m.id) && m.name && typeof m.name.nl === 'string' && typeof m.name.fr === 'string' && typeof m.name.en === 'string' && typeof m.url === 'string',
  );
}

export { REGIONS };

/** Municipalities per region (in the order of REGIONS, empty regions left out), sorted by name in the page's language. */
export function groupByRegion(index: FeeIndex, lang: Lang): Array<{ region: string; items: Array<{ id: string; name: string }> }> {
  const collator = new Intl.Collator(localeOf(lang), { numeric: true, sensitivity: 'base' });
  const regions = [...REGIONS, ...new Set(index.municipalities.map((m) => m.region).filter((r) => !(REGIONS as readonly string[]).includes(r)))];
  return regions
    .map((region) => ({
      region,
      items: index.municipalities
        .filter((m) => m.region === region)
        .map((m) => ({ id: m.id, name: m.name[lang] }))
        .sort((a, b) => collator.compare(a.name, b.name)),
    }))
    .filter((g) => g.items.length > 0);
}

export { feesForCard, type CardFees } from '../../lib/card-fees.ts';

/**
 * The municipality a calculator starts with when the link names none: the only one on a
 * single-municipality site, else the one the resident chose before (if it still exists), else ''.
 */
export function defaultMunicipality(available: readonly string[], remembered: string): string {
  if (available.length === 1) return available[0]!;
  return remembered && available.includes(remembered) ? remembered : '';
}
