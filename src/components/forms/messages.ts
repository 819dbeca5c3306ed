/**
 * Words shared by the form parts of both calculators (labels of the date fields,
 * the error summary title, date error messages), in nl / fr / en.
 */
import type { Lang } from '../../schemas/common.ts';
import { defineStrings, fill } from '../../i18n/define.ts';
import type { DateFieldError } from '../../lib/date-fields.ts';

export const formStrings = defineStrings(
  {
    'date.day': 'Dag',
    'date.month': 'Maand',
    'date.year': 'Jaar',
    'error.prefix': 'Fout:',
    'summary.title': 'Er is een probleem',
    'date.empty': 'Vul {name} in.',
    'date.missing.day': 'Vul de dag van {name} in.',
    'date.missing.month': 'Vul de maand van {name} in.',
    'date.missing.year': 'Vul het jaar van {name} in.',
    'date.missing.two': 'Vul de dag, de maand en het jaar van {name} in.',
    'date.not-a-number': 'Gebruik alleen cijfers voor {name}.',
    'date.day-out-of-range': 'De dag van {name} is een getal van 1 tot 31.',
    'date.month-out-of-range': 'De maand van {name} is een getal van 1 tot 12.',
    'date.year-not-four-digits': 'Schrijf het jaar van {name} met vier cijfers, bijvoorbeeld 2027.',
    'date.impossible': 'Deze dag bestaat niet. Kijk de dag en de maand van {name} na.',
    'date.year-out-of-range': 'Het jaar van {name} moet tussen {min} en {max} liggen.',
  },
  {
    fr: {
      'date.day': 'Jour',
      'date.month': 'Mois',
      'date.year': 'Année',
      'error.prefix': 'Erreur :',
      'summary.title': 'Il y a un problème',
      'date.empty': 'Indiquez {name}.',
      'date.missing.day': 'Indiquez le jour de {name}.',
      'date.missing.month': 'Indiquez le mois de {name}.',
      'date.missing.year': 'Indiquez l’année de {name}.',
      'date.missing.two': 'Indiquez le jour, le mois et l’année de {name}.',
      'date.not-a-number': 'Utilisez uniquement des chiffres pour {name}.',
      'date.day-out-of-range': 'Le jour de {name} est un nombre de 1 à 31.',
      'date.month-out-of-range': 'Le mois de {name} est un nombre de 1 à 12.',
      'date.year-not-four-digits': 'Écrivez l’année de {name} avec quatre chiffres, par exemple 2027.',
      'date.impossible': 'Ce jour n’existe pas. Vérifiez le jour et le mois de {name}.',
      'date.year-out-of-range': 'L’année de {name} doit être comprise entre {min} et {max}.',
    },
    en: {
      'date.day': 'Day',
      'date.month': 'Month',
      'date.year': 'Year',
      'error.prefix': 'Error:',
      'summary.title': 'There is a problem',
      'date.empty': 'Enter {name}.',
      'date.missing.day': 'Enter the day of {name}.',
      'date.missing.month': 'Enter the month of {name}.',
      'date.missing.year': 'Enter the year of {name}.',
      'date.missing.two': 'Enter the day, month and year of {name}.',
      'date.not-a-number': 'Use numbers only for {name}.',
      'date.day-out-of-range': 'The day of {name} is a number from 1 to 31.',
      'date.month-out-of-range': 'The month of {name} is a number from 1 to 12.',
      'date.year-not-four-digits': 'Write the year of {name} with four digits, for example 2027.',
      'date.impossible': 'This day does not exist. Check the day and month of {name}.',
      'date.year-out-of-range': 'The year of {name} must be between {min} and {max}.',
    },
  },
);

export type FormStringKey = keyof (typeof formStrings)['nl'];

export function formText(lang: Lang, key: FormStringKey, values?: Record<string, string | number>): string {
  const s = formStrings[lang][key];
  return values ? fill(s, values) : s;
}

/**
 * The message for a date error. `name` is the date as a noun phrase inside a sentence,
 * e.g. nl "de vervaldatum", fr "la date d’expiration", en "the expiry date".
 */
export function dateErrorMessage(error: DateFieldError, lang: Lang, name: string): string {
  const values = { name, min: error.minYear, max: error.maxYear };
  if (error.code === 'missing') {
    if (error.fields.length === 1) return formText(lang, `date.missing.${error.fields[0]!}` as FormStringKey, values);
    return formText(lang, 'date.missing.two', values);
  }
  return formText(lang, `date.${error.code}` as FormStringKey, values);
}
