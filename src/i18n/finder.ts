import type { Lang } from '../schemas/common.ts';
import { fill } from './define.ts';
import { strings } from './catalog.ts';

/**
 * The texts of "Find your card" (/nl/welke-kaart/, /fr/quelle-carte/, /en/which-card/): the page
 * texts (`finder.…`) and, per node of src/content/card-finder.yaml, its question and answers
 * (`<node>.question`, `<node>.hint`, `<node>.option.<answer>`) or its explanation (`<node>.text`).
 * The decision rules and their sources live in the YAML file; `npm run check` names a node
 * without its texts. No figure is typed: `{childAge}` comes from src/content/facts.yaml.
 */

export const finderStrings = strings('finder');
export type FinderKey = keyof (typeof finderStrings)['nl'];

/** A node's text, or undefined when the node has none (an optional hint). */
export function finderText(lang: Lang, key: string, values: Record<string, string | number> = {}): string | undefined {
  const s = (finderStrings[lang] as Record<string, string>)[key];
  return s === undefined ? undefined : fill(s, values);
}
