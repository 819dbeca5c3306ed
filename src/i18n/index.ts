import { LANGUAGES, type Lang } from './languages.ts';
import { fill } from './define.ts';
import { ui, type UiKey } from './ui.ts';

export { LANGS, LANGUAGES, language, localeOf, dirOf, isLang, type Lang } from './languages.ts';
export { fill } from './define.ts';
export type { UiKey } from './ui.ts';

export const LANG_NAMES = Object.fromEntries(LANGUAGES.map((l) => [l.code, l.name])) as Record<Lang, string>;

/** Returns a translator for one language: `t('card.validity')`, `t('validity.years', { years: 5 })`. */
/** `figures`: values for the figure placeholders of the strings ({childAge}, …), from data (see src/data/figures.ts). */
export function useTranslations(lang: Lang, figures?: object) {
  return (key: UiKey, values?: Record<string, string | number>) => {
    const s = ui[lang][key];
    return values || figures ? fill(s, { ...(figures as Record<string, number> | undefined), ...values }) : s;
  };
}
