/**
 * "Find your card": the decision tree of src/content/card-finder.yaml. Pure and framework-free:
 * the pages, the content check and the table tests use the same functions.
 *
 * The first node is the first question. Every other node is reached by exactly one answer, so
 * the answers that lead to a node (its path from the first question) follow from the tree.
 */
import type { FinderNode, FinderOutcome, FinderQuestion } from '../schemas/card-finder.ts';

export type { FinderNode, FinderOutcome, FinderQuestion };

/** One answer on the way to a node: the question and the answer chosen. */
export interface FinderStep {
  question: FinderQuestion;
  option: FinderQuestion['options'][number];
}

export interface FinderTree {
  root: FinderNode;
  nodes: FinderNode[];
  byId: Map<string, FinderNode>;
  /** The answer that leads to each node (none for the first question). */
  parent: Map<string, FinderStep>;
  /** The answers from the first question to the node, in order (empty for the first question). */
  pathTo(id: string): FinderStep[];
  /** The node reached by answering `answers` (option ids) from the first question, or undefined. */
  follow(answers: readonly string[]): FinderNode | undefined;
  outcomes: FinderOutcome[];
  questions: FinderQuestion[];
}

/**
 * The tree of the nodes. The start is the node no answer leads to (the first node of the file:
 * the content check makes sure it is the only one), whatever order the nodes come in.
 */
export function finderTree(nodes: readonly FinderNode[]): FinderTree {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const parent = new Map<string, FinderStep>();
  for (const n of nodes) {
    if (n.kind !== 'question') continue;
    for (const option of n.options) if (!parent.has(option.next)) parent.set(option.next, { question: n, option });
  }
  const root = nodes.find((n) => !parent.has(n.id));
  if (!root) throw new Error('src/content/card-finder.yaml has no first question (every node is an answer to another).');
  const pathTo = (id: string): FinderStep[] => {
    const steps: FinderStep[] = [];
    const seen = new Set<string>();
    let cur = id;
    while (cur !== root.id) {
      const step = parent.get(cur);
      if (!step || seen.has(cur)) throw new Error(`The finder node "${id}" cannot be reached from "${root.id}".`);
      seen.add(cur);
      steps.unshift(step);
      cur = step.question.id;
    }
    return steps;
  };
  const follow = (answers: readonly string[]): FinderNode | undefined => {
    let node: FinderNode | undefined = root;
    for (const a of answers) {
      if (node?.kind !== 'question') return undefined;
      const next: string | undefined = node.options.find((o) => o.id === a)?.next;
      node = next === undefined ? undefined : byId.get(next);
    }
    return node;
  };
  return {
    root,
    nodes: [...nodes],
    byId,
    parent,
    pathTo,
    follow,
    outcomes: nodes.filter((n): n is FinderOutcome => n.kind === 'outcome'),
    questions: nodes.filter((n): n is FinderQuestion => n.kind === 'question'),
  };
}

/** Every source an outcome relies on: its cards' and its "ask" sources, each once, in order. */
export function outcomeSources(node: FinderOutcome): string[] {
  return [...new Set([...node.cards.flatMap((c) => c.sources), ...(node.ask?.sources ?? [])])];
}

/** The keys of the texts a node needs in src/i18n/finder.ts. */
export function nodeTextKeys(node: FinderNode): string[] {
  return node.kind === 'question' ? [`${node.id}.question`, ...node.options.map((o) => `${node.id}.option.${o.id}`)] : [`${node.id}.text`];
}

/** A shape problem of the tree (the content check gives each its file, line and fix). */
export type TreeProblem =
  | { kind: 'unknown-next'; node: number; option: number; next: string }
  | { kind: 'second-parent'; node: number; option: number; next: string; first: string }
  | { kind: 'back-to-start'; node: number; option: number; next: string }
  | { kind: 'cycle'; node: number; option: number; next: string }
  | { kind: 'unreachable'; node: number };

/**
 * The tree's shape: every answer leads to a node that exists, no node is reached twice, no path
 * returns to a node it passed (a cycle), and every node can be reached from the first question.
 * Works on what is readable: nodes are `{ id, kind, options: [{ id, next }] }`.
 */
export function treeProblems(nodes: ReadonlyArray<{ id?: string | undefined; options?: ReadonlyArray<{ next?: string | undefined }> | undefined }>): TreeProblem[] {
  const out: TreeProblem[] = [];
  const index = new Map<string, number>();
  nodes.forEach((n, i) => n.id !== undefined && !index.has(n.id) && index.set(n.id, i));
  const rootId = nodes[0]?.id;
  const firstParent = new Map<string, string>();
  const edges = new Map<number, number[]>();
  const again: Array<{ node: number; option: number; next: string }> = [];
  nodes.forEach((n, i) => {
    (n.options ?? []).forEach((o, j) => {
      const next = o.next;
      if (next === undefined) return;
      if (!index.has(next)) return void out.push({ kind: 'unknown-next', node: i, option: j, next });
      if (next === rootId) return void out.push({ kind: 'back-to-start', node: i, option: j, next });
      if (firstParent.has(next)) return void again.push({ node: i, option: j, next });
      firstParent.set(next, n.id ?? '');
      edges.set(i, [...(edges.get(i) ?? []), index.get(next)!]);
    });
  });
  // A node reached a second time: a cycle when it comes before the answer on that answer's own path.
  const ancestors = (id: string | undefined): Set<string> => {
    const seen = new Set<string>();
    for (let cur = id; cur !== undefined && !seen.has(cur); cur = firstParent.get(cur)) seen.add(cur);
    return seen;
  };
  for (const a of again) {
    const kind = ancestors(nodes[a.node]?.id).has(a.next) ? 'cycle' : 'second-parent';
    out.push(kind === 'cycle' ? { kind, ...a } : { kind, ...a, first: firstParent.get(a.next)! });
  }
  // Each node now has at most one parent: a node is reachable when its chain of parents reaches
  // the first question; a chain that loops is a cycle, cut off from the first question.
  const reached = new Set<number>();
  const stack = nodes.length > 0 ? [0] : [];
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (reached.has(i)) continue;
    reached.add(i);
    stack.push(...(edges.get(i) ?? []));
  }
  const inCycle = new Set<number>();
  nodes.forEach((_, i) => {
    if (reached.has(i) || inCycle.has(i)) return;
    // Walk up the parents; a node seen twice closes a cycle.
    const seen: number[] = [];
    let cur: number | undefined = i;
    while (cur !== undefined && !seen.includes(cur) && !reached.has(cur)) {
      seen.push(cur);
      const id: string | undefined = nodes[cur]?.id;
      const p: string | undefined = id === undefined ? undefined : firstParent.get(id);
      cur = p === undefined ? undefined : index.get(p);
    }
    if (cur !== undefined && seen.includes(cur) && !inCycle.has(cur)) {
      // The cycle: from cur back to cur. Report the answer that closes it (the one leading to cur).
      const loop = seen.slice(seen.indexOf(cur));
      loop.forEach((k) => inCycle.add(k));
      const id = nodes[cur]!.id!;
      const from = index.get(firstParent.get(id)!)!;
      const option = (nodes[from]!.options ?? []).findIndex((o) => o.next === id);
      out.push({ kind: 'cycle', node: from, option, next: id });
    }
  });
  // A cut-off branch is reported once, at its top: the node no answer leads to.
  nodes.forEach((n, i) => {
    if (!reached.has(i) && !inCycle.has(i) && (n.id === undefined || !firstParent.has(n.id))) out.push({ kind: 'unreachable', node: i });
  });
  return out;
}
