import { LANGS } from '../../src/i18n/languages.ts';
import type { Localized } from '../../src/schemas/common.ts';

/** A data text as the build has it: the three written languages, the others filled in (here with the English text). */
export const loc = (t: { nl: string; fr: string; en: string }): Localized => ({ ...(Object.fromEntries(LANGS.map((l) => [l, t.en])) as Localized), ...t });
