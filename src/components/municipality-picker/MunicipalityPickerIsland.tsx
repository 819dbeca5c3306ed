/**
 * The municipality picker as a card page holds it: its words come from this language's data file
 * (src/data/island-data.ts), fetched once and cached, not from the page.
 */
import type { IslandDataUrls } from '../island-data/store.ts';
import { islandValue } from '../island-data/store.ts';
import type { PickerStrings } from './strings.ts';
import MunicipalityPicker, { type MunicipalityPickerProps } from './MunicipalityPicker.tsx';

export default function MunicipalityPickerIsland({ data, ...props }: Omit<MunicipalityPickerProps, 'strings'> & { data: IslandDataUrls<'picker'> }) {
  return <MunicipalityPicker {...props} strings={islandValue<PickerStrings>(data.picker)} />;
}
