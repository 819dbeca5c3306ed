/**
 * The fee calculator as a page holds it: the page gives only the addresses of its data files
 * (src/data/island-data.ts) and this page's own choices; the words and lists come from those
 * files, fetched once and cached (so the page's HTML does not grow with the municipalities).
 */
import type { IslandDataUrls } from '../island-data/store.ts';
import { islandValues } from '../island-data/store.ts';
import type { FormStrings } from '../forms/index.ts';
import type { FeeStrings } from '../../i18n/fees.ts';
import FeeCalculator, { type CalculatorCard, type FeeCalculatorProps } from './FeeCalculator.tsx';

export type FeeIslandData = { form: FormStrings; fees: { strings: FeeStrings; cards: CalculatorCard[] }; municipalities: Array<{ id: string; name: string }> };

export default function FeeCalculatorIsland({ data, ...props }: Omit<FeeCalculatorProps, 'form' | 'strings' | 'cards' | 'municipalities'> & { data: IslandDataUrls<keyof FeeIslandData> }) {
  const d = islandValues<FeeIslandData>(data);
  // On a municipality's own page the calculator offers only that municipality.
  const municipalities = props.municipality ? d.municipalities.filter((m) => m.id === props.municipality) : d.municipalities;
  return <FeeCalculator {...props} form={d.form} strings={d.fees.strings} cards={d.fees.cards} municipalities={municipalities} />;
}
