/**
 * The deadline calculator as a page holds it: the page gives only the addresses of its data files
 * (src/data/island-data.ts) and its card; the words and rules come from those files, fetched once
 * and cached (so the page's HTML does not grow with the municipalities).
 */
import type { ComponentProps } from 'preact';
import type { IslandDataUrls } from '../island-data/store.ts';
import { islandValues } from '../island-data/store.ts';
import type { FormStrings } from '../forms/index.ts';
import type { DeadlineStrings } from '../../i18n/deadlines.ts';
import type { DeadlineData } from '../../lib/deadline-query.ts';
import DeadlineCalculator from './DeadlineCalculator.tsx';

export type DeadlineIslandData = { form: FormStrings; deadlines: { strings: DeadlineStrings; data: DeadlineData } };

export default function DeadlineCalculatorIsland({ data, ...props }: Omit<ComponentProps<typeof DeadlineCalculator>, 'form' | 'strings' | 'data'> & { data: IslandDataUrls<keyof DeadlineIslandData> }) {
  const d = islandValues<DeadlineIslandData>(data);
  return <DeadlineCalculator {...props} form={d.form} strings={d.deadlines.strings} data={d.deadlines.data} />;
}
