import { LANGS } from '../../src/i18n/languages.ts';
import type { Localized } from '../../src/schemas/common.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { fillDataTranslations } from '../../src/lib/data-translations.ts';
import { dataTranslations } from '../../src/data/data-translations.ts';

/** A data text as the build has it: the three written languages, the others filled in (here with the English text). */
export const loc = (t: { nl: string; fr: string; en: string }): Localized => ({ ...(Object.fromEntries(LANGS.map((l) => [l, t.en])) as Localized), ...t });

/** Data read straight from the YAML files, as the build has it: each language's texts filled in (src/data/content.ts). */
export function filled<T>(data: T): T {
  fillDataTranslations(data, LANGUAGES, dataTranslations().translations);
  return data;
}
