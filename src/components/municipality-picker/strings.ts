/**
 * Strings of the municipality picker on card pages, in the three languages. The slot adds the
 * fee table words it shares with the static tables (src/i18n/ui.ts) before passing them to the island.
 */
import { strings } from '../../i18n/catalog.ts';
import { FEE_TABLE_KEYS } from '../fees/FeeTableView.tsx';
import { useTranslations, type Lang } from '../../i18n/index.ts';

export const pickerText = strings('picker');

/** Words of the static fee tables and of "what to bring" the island reuses, so both read the same. */
const SHARED = [
  ...FEE_TABLE_KEYS,
  'bring.local', 'bring.apply', 'bring.collect',
  'bring.situation.first', 'bring.situation.renewal', 'bring.situation.lost-stolen', 'bring.situation.damaged', 'bring.situation.photo', 'bring.situation.name-gender',
] as const;

export type PickerKey = keyof (typeof pickerText)['nl'] | (typeof SHARED)[number];
export type PickerStrings = Record<PickerKey, string>;

/** Every string the island needs in one language (a few dozen short strings, not the whole dictionary). */
export function pickerStringsFor(lang: Lang): PickerStrings {
  const t = useTranslations(lang);
  const shared = Object.fromEntries(SHARED.map((k) => [k, t(k)])) as Record<(typeof SHARED)[number], string>;
  return { ...pickerText[lang], ...shared };
}
