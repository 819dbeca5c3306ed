import type { Lang } from '../schemas/common.ts';

/**
 * Defines a dictionary of UI strings: the Dutch one is the reference, and French and
 * English must have exactly the same keys, so a missing translation is a type error.
 */
export function defineStrings<const K extends string>(nl: Record<K, string>, rest: { fr: Record<K, string>; en: Record<K, string> }): Record<Lang, Record<K, string>> {
  return { nl, fr: rest.fr, en: rest.en };
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in values ? String(values[k]) : `{${k}}`));
}
