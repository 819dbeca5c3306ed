import type { Lang } from '../schemas/common.ts';
import { strings } from './catalog.ts';

/**
 * Strings of the fee calculator ("what will my card cost?"). The page passes only its own
 * language to the island, so the browser never downloads the other two.
 * `{name}` placeholders are filled with `fill()`.
 */
export const feeStrings = strings('fees');

export type FeeKey = keyof (typeof feeStrings)['nl'];
export type FeeStrings = Record<FeeKey, string>;

export const feeStringsFor = (lang: Lang): FeeStrings => feeStrings[lang];
