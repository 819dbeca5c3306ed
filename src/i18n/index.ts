import type { Lang } from '../schemas/common.ts';
import { fill } from './define.ts';
import { ui, type UiKey } from './ui.ts';

export { LANGS, type Lang } from '../schemas/common.ts';
export { fill } from './define.ts';
export type { UiKey } from './ui.ts';

export const LANG_NAMES: Record<Lang, string> = { nl: 'Nederlands', fr: 'Français', en: 'English' };

/** Returns a translator for one language: `t('card.validity')`, `t('validity.years', { years: 5 })`. */
export function useTranslations(lang: Lang, figures?: Readonly<Record<string, number>>) {
  return (key: UiKey, values?: Record<string, string | number>) => {
    const s = ui[lang][key];
    return values || figures ? fill(s, { ...figures, ...values }) : s;
  };
}
