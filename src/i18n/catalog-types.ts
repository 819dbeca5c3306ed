import type source from './translations/nl.ts';

type Source = typeof source;

/**
 * What every language's file in src/i18n/translations/ holds: exactly the domains and keys of
 * the Dutch file, each a string. `satisfies Translation` makes a missing or an extra key a
 * type error in that file; `npm run check` names them too (file and key).
 */
export type Translation = { readonly [D in keyof Source]: { readonly [K in keyof Source[D]]: string } };
export type Domain = keyof Translation;
