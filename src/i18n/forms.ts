import type { Lang } from './languages.ts';
import { strings } from './catalog.ts';
import type { FormStrings } from '../components/forms/messages.ts';

/** The words of the date fields and error summaries, passed to an island as its `form` prop. */
export const formStrings = strings('forms');
export const formStringsFor = (lang: Lang): FormStrings => formStrings[lang];
