/**
 * "Find your card" (src/content/card-finder.yaml): the decision rules as table tests. Every
 * outcome is reached, every outcome cites a source for each card or says whom to ask (with a
 * source), and each path gives the cards the sources give for it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/yaml-loader.ts';
import { finderNodeSchema } from '../../src/schemas/card-finder.ts';
import { finderTree, nodeTextKeys, outcomeSources, treeProblems, type FinderOutcome } from '../../src/lib/finder.ts';
import { finderStrings } from '../../src/i18n/finder.ts';
import { LANGS } from '../../src/schemas/common.ts';

const FILE = 'src/content/card-finder.yaml';
const nodes = (parseYaml(readFileSync(FILE, 'utf8'), FILE) as unknown[]).map((n) => finderNodeSchema.parse(n));
const tree = finderTree(nodes);
const cardIds = readdirSync('src/content/card-types').filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length));
const sourceIds = (parseYaml(readFileSync('src/content/sources.yaml', 'utf8'), 'sources.yaml') as Array<{ id: string }>).map((s) => s.id);

/** The answers (option ids) that lead from the first question to a node. */
const answersTo = (id: string) => tree.pathTo(id).map((s) => s.option.id);

describe('the tree', () => {
  it('starts with the first node of the file and has no shape problem', () => {
    expect(tree.root.id).toBe(nodes[0]!.id);
    expect(treeProblems(nodes)).toEqual([]);
  });

  it('reaches every outcome, and following its answers from the start leads back to it', () => {
    expect(tree.outcomes.length).toBeGreaterThan(10);
    for (const o of tree.outcomes) expect(tree.follow(answersTo(o.id))?.id, o.id).toBe(o.id);
    // Every node, not only the outcomes, has exactly one path.
    for (const n of tree.nodes) expect(tree.pathTo(n.id).length > 0 || n === tree.root, n.id).toBe(true);
  });

  it('gives every card of every outcome its sources, and an outcome without a card says whom to ask, with a source', () => {
    for (const o of tree.outcomes) {
      expect(o.cards.length > 0 || o.ask !== undefined, `${o.id}: no card and no one to ask`).toBe(true);
      for (const c of o.cards) {
        expect(cardIds, `${o.id}: card ${c.card}`).toContain(c.card);
        expect(c.sources.length, `${o.id}: ${c.card} has no source`).toBeGreaterThan(0);
      }
      if (o.ask) {
        expect(o.ask.services.length).toBeGreaterThan(0);
        expect(o.ask.sources.length).toBeGreaterThan(0);
      }
      for (const s of outcomeSources(o)) expect(sourceIds, `${o.id}: source ${s}`).toContain(s);
    }
  });

  it('has the texts of every node in every language', () => {
    for (const n of tree.nodes) for (const key of nodeTextKeys(n)) for (const l of LANGS) expect(finderStrings[l], `${l}: ${key}`).toHaveProperty([key]);
  });

  it('offers every card type in at least one outcome', () => {
    const offered = new Set(tree.outcomes.flatMap((o) => o.cards.map((c) => c.card)));
    expect(cardIds.filter((c) => !offered.has(c))).toEqual([]);
  });
});

/** Each path: the answers, the cards the outcome shows, and whether it says "ask". */
const PATHS: Array<{ answers: string[]; cards: string[]; ask: boolean; why: string }> = [
  { answers: ['child'], cards: ['child'], ask: false, why: 'a child under 12: the children’s card' },
  { answers: ['eu', 'no'], cards: ['eu'], ask: false, why: 'EU citizen without permanent residence (a Polish newcomer)' },
  { answers: ['eu', 'yes'], cards: ['eu-plus'], ask: false, why: 'EU citizen with permanent residence' },
  { answers: ['eu', 'not-sure'], cards: ['eu', 'eu-plus'], ask: true, why: 'EU citizen, not sure about permanent residence: both, and ask' },
  { answers: ['eea', 'no'], cards: ['eu'], ask: false, why: 'EEA citizen: the Koekelberg page gives the EU card' },
  { answers: ['eea', 'yes'], cards: [], ask: true, why: 'EEA citizen with permanent residence: no source decides' },
  { answers: ['eea', 'not-sure'], cards: ['eu'], ask: true, why: 'EEA citizen, not sure' },
  { answers: ['swiss'], cards: ['eu', 'k'], ask: true, why: 'Swiss citizen: the sources differ (EU card, K card)' },
  { answers: ['british', 'frontier-worker'], cards: ['n'], ask: false, why: 'British frontier worker' },
  { answers: ['british', 'lives-here', 'no'], cards: ['m'], ask: false, why: 'British resident under the Agreement' },
  { answers: ['british', 'lives-here', 'yes'], cards: ['m-permanent'], ask: false, why: 'British resident with permanent residence' },
  { answers: ['british', 'lives-here', 'not-sure'], cards: ['m', 'm-permanent'], ask: true, why: 'British resident, not sure' },
  { answers: ['other', 'yes', 'no'], cards: ['f'], ask: false, why: 'family member of an EU citizen or a Belgian' },
  { answers: ['other', 'yes', 'yes'], cards: ['f-plus'], ask: false, why: 'family member with permanent residence' },
  { answers: ['other', 'yes', 'not-sure'], cards: ['f', 'f-plus'], ask: true, why: 'family member, not sure' },
  { answers: ['other', 'no', 'blue-card'], cards: ['h'], ask: false, why: 'EU Blue Card' },
  { answers: ['other', 'no', 'transfer'], cards: ['i', 'j'], ask: true, why: 'intra-corporate transferee: I or J, the sources do not say how to tell' },
  { answers: ['other', 'no', 'neither', 'limited'], cards: ['a'], ask: false, why: 'limited stay' },
  { answers: ['other', 'no', 'neither', 'unlimited'], cards: ['b'], ask: false, why: 'unlimited stay' },
  { answers: ['other', 'no', 'neither', 'settled'], cards: ['k'], ask: false, why: 'settled foreign national' },
  { answers: ['other', 'no', 'neither', 'long-term'], cards: ['l'], ask: false, why: 'EU long-term resident' },
  { answers: ['other', 'no', 'neither', 'waiting'], cards: ['orange'], ask: false, why: 'waiting for a decision' },
  { answers: ['other', 'no', 'neither', 'unknown'], cards: [], ask: true, why: 'does not know: ask, never a guess' },
];

describe('each path', () => {
  it.each(PATHS)('$why: $answers → $cards', ({ answers, cards, ask }) => {
    const node = tree.follow(answers);
    expect(node?.kind).toBe('outcome');
    const o = node as FinderOutcome;
    expect(o.cards.map((c) => c.card)).toEqual(cards);
    expect(o.ask !== undefined).toBe(ask);
  });

  it('covers every outcome of the file', () => {
    const covered = new Set(PATHS.map((p) => tree.follow(p.answers)?.id));
    expect(tree.outcomes.map((o) => o.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('the Polish newcomer answers two questions', () => {
    expect(answersTo(tree.follow(['eu', 'no'])!.id)).toHaveLength(2);
  });
});

describe('treeProblems', () => {
  const q = (id: string, ...next: string[]) => ({ id, options: next.map((n) => ({ next: n })) });
  const leaf = (id: string) => ({ id });
  it('names an answer that leads nowhere', () => {
    expect(treeProblems([q('a', 'b', 'x'), leaf('b')])).toEqual([{ kind: 'unknown-next', node: 0, option: 1, next: 'x' }]);
  });
  it('names a node reached by two answers', () => {
    expect(treeProblems([q('a', 'b', 'c'), q('b', 'd', 'e'), q('c', 'd', 'f'), leaf('d'), leaf('e'), leaf('f')])).toEqual([{ kind: 'second-parent', node: 2, option: 0, next: 'd', first: 'b' }]);
  });
  it('names an answer that leads back to the start or to a question before it', () => {
    expect(treeProblems([q('a', 'b', 'c'), q('b', 'a', 'd'), leaf('c'), leaf('d')])).toEqual([{ kind: 'back-to-start', node: 1, option: 0, next: 'a' }]);
    expect(treeProblems([q('a', 'b', 'c'), q('b', 'd', 'e'), q('d', 'b', 'f'), leaf('c'), leaf('e'), leaf('f')])).toEqual([{ kind: 'cycle', node: 2, option: 0, next: 'b' }]);
  });
  it('names a cut-off loop and a cut-off branch once, at its top', () => {
    expect(treeProblems([q('a', 'b', 'c'), leaf('b'), leaf('c'), q('x', 'y', 'z'), q('y', 'x', 'w'), leaf('z'), leaf('w')])).toEqual([{ kind: 'cycle', node: 4, option: 0, next: 'x' }]);
    expect(treeProblems([q('a', 'b', 'c'), leaf('b'), leaf('c'), q('x', 'y', 'z'), leaf('y'), leaf('z')])).toEqual([{ kind: 'unreachable', node: 3 }]);
  });
});
