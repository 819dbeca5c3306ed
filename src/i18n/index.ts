import type { Lang } from '../schemas/common.ts';
import { fill } from './define.ts';
import { ui, type UiKey } from './ui.ts';

export { LANGS, type Lang } from '../schemas/common.ts';
export { fill } from './define.ts';
export type { UiKey } from './ui.ts';

export const LANG_NAMES: Record<Lang, string> = { nl: 'Nederlands', fr: 'Français', en: 'English' };

/** Returns a translator for one language: `t('card.validity')`, `t('validity.years', { years: 5 })`. */
/** `figures`: values for the figure placeholders of the strings ({childAge}, …), from data (see src/data/figures.ts). */
export function useTranslations(lang: Lang, figures?: object) {
  return (key: UiKey, values?: Record<string, string | number>) => {
    const s = ui[lang][key];
    return values || figures ? fill(s, { ...(figures as Record<string, number> | undefined), ...values }) : s;
  };
}
