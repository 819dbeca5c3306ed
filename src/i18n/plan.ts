import type { Lang } from '../schemas/common.ts';
import { strings } from './catalog.ts';

/**
 * Strings of "Your plan" (/nl/mijn-situatie/, /fr/ma-situation/, /en/my-situation/). The page
 * passes only its own language to the island. `{name}` placeholders are filled with `fill()`.
 */
export const planStrings = strings('plan');

export type PlanKey = keyof (typeof planStrings)['nl'];
export type PlanStrings = Record<PlanKey, string>;
export const planStringsFor = (lang: Lang): PlanStrings => planStrings[lang];

/** The few strings the counter checklist shows in the counter's language (Dutch or French). */
export const COUNTER_KEYS = ['counter.title', 'counter.for', 'counter.amount', 'counter.date'] as const;
