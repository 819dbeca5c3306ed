import { strings } from './catalog.ts';

/** Core UI strings. Calculators keep their own strings in fees.ts and deadlines.ts. */
export const ui = strings('ui');
export type UiKey = keyof (typeof ui)['nl'];
