/**
 * The rules of "Find your card" (src/content/card-finder.yaml) that no single field can tell:
 * every answer leads to a node that exists, each node is reached by one answer only, no path
 * goes round in a circle, every node can be reached from the first question, every outcome
 * gives a card or a service to ask, and every node has its texts in src/i18n/translations/<lang>.ts in
 * every language. Card and source ids are checked with the other references (rules.ts).
 */
import { LANGS } from '../schemas/common.ts';
import { finderStrings } from '../i18n/finder.ts';
import { nodeTextKeys, treeProblems } from '../lib/finder.ts';
import type { FinderNode } from '../schemas/card-finder.ts';
import type { PathSegment, YamlText } from './load.ts';
import type { Model } from './model.ts';
import { fieldPath, type Problem } from './problem.ts';
import { closest } from './schema-errors.ts';

export const FINDER_FILE = 'src/content/card-finder.yaml';
/** Where the finder's texts live: the `finder` part of each language's file (Dutch first). */
export const FINDER_STRINGS_FILE = 'src/i18n/translations/nl.ts';

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function err(yaml: YamlText, path: PathSegment[], rule: string, message: string, fix?: string): Problem {
  return { severity: 'error', rule, file: yaml.file, line: yaml.lineOf(path), field: fieldPath(path) || undefined, message, fix };
}

interface RawNode {
  id?: string | undefined;
  kind?: string | undefined;
  options?: Array<{ id?: string | undefined; next?: string | undefined }> | undefined;
}

function rawNode(raw: unknown): RawNode {
  if (!isObj(raw)) return {};
  const options = Array.isArray(raw.options) ? raw.options.map((o) => (isObj(o) ? { id: str(o.id), next: str(o.next) } : {})) : undefined;
  return { id: str(raw.id), kind: str(raw.kind), options };
}

export function finderRules(model: Model): Problem[] {
  const yaml = model.tree.cardFinder;
  if (!yaml || yaml.syntax.length > 0 || !Array.isArray(yaml.data)) return [];
  const out: Problem[] = [];
  const nodes = (yaml.data as unknown[]).map(rawNode);
  const ids = nodes.flatMap((n) => (n.id ? [n.id] : []));
  const start = nodes[0]?.id ?? '';

  const problems = treeProblems(nodes);
  // A misspelt next ("eu-kaart") also leaves the node it meant unreached: the misspelling is the one mistake.
  const meant = new Set(problems.flatMap((p) => (p.kind === 'unknown-next' ? [closest(p.next, ids)] : [])));
  for (const p of problems) {
    if (p.kind === 'unreachable') {
      const id = nodes[p.node]?.id ?? '';
      if (meant.has(id)) continue;
      out.push(err(yaml, [p.node, 'id'], 'finder-unreachable', `no answer leads to "${id}", so residents never see it (only the first node, "${start}", is reached without an answer).`, `Give a question an answer with "next: ${id}", or remove the node.`));
      continue;
    }
    const path: PathSegment[] = [p.node, 'options', p.option, 'next'];
    const from = nodes[p.node]?.id ?? '';
    if (p.kind === 'unknown-next') {
      const guess = closest(p.next, ids);
      out.push(err(yaml, path, 'finder-next', `the answer leads to "${p.next}", but there is no node with that id.${guess ? ` Did you mean "${guess}"?` : ''}`, `Write the id of a question or an outcome in this file, or add a node "- id: ${p.next}".`));
    } else if (p.kind === 'second-parent') {
      out.push(err(yaml, path, 'finder-next', `"${p.next}" is already the next step of an answer of "${p.first}": each node is reached by one answer only, so that "Your answers so far" can show the way to it.`, `Copy the node under a new id (for example ${p.next}-${from}) and let this answer lead there.`));
    } else if (p.kind === 'back-to-start') {
      out.push(err(yaml, path, 'finder-cycle', `the answer leads back to the first question "${p.next}": a path may not go round in a circle.`, 'Let the answer lead to a question further on, or to an outcome; residents start again with the "Start again" link.'));
    } else {
      out.push(err(yaml, path, 'finder-cycle', `the answer leads to "${p.next}", which comes before "${from}" on the same path: the questions go round in a circle and never reach an outcome.`, 'Let the answer lead to a new question or to an outcome.'));
    }
  }

  (yaml.data as unknown[]).forEach((raw, i) => {
    if (!isObj(raw)) return;
    const node = nodes[i]!;
    // Answer ids are unique within their question: each has its own text.
    const seen = new Map<string, number>();
    (node.options ?? []).forEach((o, j) => {
      if (!o.id) return;
      const first = seen.get(o.id);
      if (first !== undefined) out.push(err(yaml, [i, 'options', j, 'id'], 'duplicate-id', `the answer id "${o.id}" is used twice in "${node.id}" (also options[${first}], line ${yaml.lineOf([i, 'options', first, 'id']) ?? '?'}).`, 'Give each answer of a question its own id.'));
      else seen.set(o.id, j);
    });
    if (node.kind === 'outcome' && (!Array.isArray(raw.cards) || raw.cards.length === 0) && raw.ask === undefined) {
      out.push(err(yaml, [i, 'id'], 'finder-outcome', `the outcome "${node.id}" gives no card and no service to ask: residents would end on an empty page.`, 'Add cards: (each with its card and sources), or, where the sources do not decide, ask: with services and the sources that name them.'));
    }
    // Every node's texts, in every language.
    if (!node.id || (node.kind !== 'question' && node.kind !== 'outcome')) return;
    const keys = nodeTextKeys({ id: node.id, kind: node.kind, options: (node.options ?? []).filter((o) => o.id).map((o) => ({ id: o.id!, next: o.next ?? '' })), cards: [] } as FinderNode);
    const missing = keys.flatMap((k) => {
      const langs = LANGS.filter((l) => !(k in finderStrings[l]));
      return langs.length > 0 ? [`"${k}" (${langs.length === LANGS.length ? 'every language' : langs.join(', ')})`] : [];
    });
    if (missing.length > 0) {
      out.push(err(yaml, [i, 'id'], 'finder-text', `the node "${node.id}" has no text in the finder part of src/i18n/translations/<lang>.ts for ${missing.join(', ')}.`, `Add ${missing.length === 1 ? 'the text' : 'the texts'} to the finder part of ${FINDER_STRINGS_FILE} and of each other language's file in src/i18n/translations/ (a developer can help), or correct the id.`));
    }
  });

  // Texts of nodes or answers that no longer exist: harmless, but an editor should know.
  const known = new Set(nodes.flatMap((n) => (n.id && (n.kind === 'question' || n.kind === 'outcome') ? [...nodeTextKeys({ id: n.id, kind: n.kind, options: (n.options ?? []).map((o) => ({ id: o.id ?? '', next: '' })), cards: [] } as FinderNode), `${n.id}.hint`] : [])));
  const stale = Object.keys(finderStrings.nl).filter((k) => !k.startsWith('finder.') && !known.has(k));
  if (stale.length > 0) {
    out.push({ severity: 'warning', rule: 'finder-text', file: FINDER_STRINGS_FILE, message: `texts for nodes or answers that ${FINDER_FILE} does not have: ${stale.join(', ')}.`, fix: 'Remove them, or correct the id in the YAML file.' });
  }
  return out;
}
