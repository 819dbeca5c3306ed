import type { Lang } from '../schemas/common.ts';
import { strings } from './catalog.ts';

/**
 * Strings of the deadline calculator ("when must I renew, and when is my card ready?").
 * The page passes only its own language to the island. `{name}` placeholders are filled with `fill()`.
 * Figures never appear here: they come from the content data (days, months, weeks, cut-off times).
 */
export const deadlineStrings = strings('deadlines');

export type DeadlineKey = keyof (typeof deadlineStrings)['nl'];
export type DeadlineStrings = Record<DeadlineKey, string>;
export const deadlineStringsFor = (lang: Lang): DeadlineStrings => deadlineStrings[lang];
