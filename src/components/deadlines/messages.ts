/** The deadline calculator's error messages, shared with "Your plan" (the same checks, the same words). */
import type { Lang } from '../../schemas/common.ts';
import type { DeadlineError } from '../../lib/deadline-query.ts';
import { dateErrorMessage } from '../forms/messages.ts';
import type { Translate } from './sentences.ts';

export function errorMessage(e: DeadlineError, t: Translate, lang: Lang): string {
  switch (e.code) {
    case 'date':
      return dateErrorMessage(e.date, lang, t(`name.${e.field}`));
    case 'nothing':
      return t('err.nothing');
    case 'card-required':
      return t('err.card-required');
    case 'bad-time':
      return t('err.bad-time');
    case 'birth-after-today':
      return t('err.birth-after-today');
    case 'expiry-too-old':
    case 'expiry-too-far':
    case 'applied-too-old':
    case 'applied-too-far':
      return t(`err.${e.code}`, { years: e.years });
  }
}
