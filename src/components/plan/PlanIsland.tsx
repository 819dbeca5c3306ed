/**
 * "Your plan" as its page holds it: the page gives only the addresses of its data files
 * (src/data/island-data.ts) and its links; the words, lists and rules come from those files,
 * fetched once and cached, and shared with the calculators (the same fee and deadline files).
 */
import type { IslandDataUrls } from '../island-data/store.ts';
import { islandValues } from '../island-data/store.ts';
import type { FormStrings } from '../forms/index.ts';
import type { FeeStrings } from '../../i18n/fees.ts';
import type { DeadlineStrings } from '../../i18n/deadlines.ts';
import type { DeadlineData } from '../../lib/deadline-query.ts';
import Plan, { type PlanProps } from './Plan.tsx';

export type PlanIslandData = {
  form: FormStrings;
  fees: { strings: FeeStrings; cards: PlanProps['cards'] };
  deadlines: { strings: DeadlineStrings; data: DeadlineData };
  municipalities: PlanProps['municipalities'];
  plan: { strings: PlanProps['strings']; counterStrings: PlanProps['counterStrings']; version: string };
};

type Given = Omit<PlanProps, 'form' | 'strings' | 'counterStrings' | 'feeStrings' | 'deadlineStrings' | 'deadlineData' | 'municipalities' | 'cards' | 'version'>;

export default function PlanIsland({ data, ...props }: Given & { data: IslandDataUrls<keyof PlanIslandData> }) {
  const d = islandValues<PlanIslandData>(data);
  return (
    <Plan
      {...props}
      form={d.form}
      strings={d.plan.strings}
      counterStrings={d.plan.counterStrings}
      version={d.plan.version}
      feeStrings={d.fees.strings}
      deadlineStrings={d.deadlines.strings}
      deadlineData={d.deadlines.data}
      municipalities={d.municipalities}
      cards={d.fees.cards}
    />
  );
}
