import { z } from 'astro/zod';
import { cardRefSchema, sourcesSchema } from './common.ts';

/** The services an "ask" outcome can send a resident to (their names live in src/i18n/finder.ts). */
export const FINDER_SERVICES = ['foreigners-service', 'immigration-office'] as const;
export type FinderService = (typeof FINDER_SERVICES)[number];

const finderIdSchema = z
  .string({ error: 'Expected an id in lower-case letters, digits and hyphens, e.g. eu-permanent.' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'An id is written in lower-case letters a-z, digits and single hyphens, e.g. eu-permanent.');

/** One answer to a question: where it leads. */
export const finderOptionSchema = z.object({
  id: finderIdSchema.describe('The answer’s id, unique within its question (yes, no, eu, …). Its text is `<question id>.option.<id>` in src/i18n/finder.ts.'),
  next: finderIdSchema.describe('The id of the node this answer leads to: another question or an outcome. Each node has exactly one answer leading to it.'),
});

/** A card an outcome shows, with the sources that give this card for the answers that lead here. */
export const finderCardSchema = z.object({
  card: cardRefSchema,
  sources: sourcesSchema.describe('The sources that give this card to residents who answered as the path to this outcome says.'),
});

/** Where the sources do not decide: the service the resident asks, and the source that names it. */
export const finderAskSchema = z.object({
  services: z
    .array(z.enum(FINDER_SERVICES), { error: `Expected a list of services: ${FINDER_SERVICES.join(', ')}.` })
    .min(1, 'Name at least one service to ask.')
    .describe('Whom to ask: foreigners-service (the foreigners’ service of the municipality), immigration-office (the federal Immigration Office, DVZ/OE).'),
  sources: sourcesSchema.describe('The sources that name this service as the one that knows or decides.'),
});

/**
 * One node of "Find your card" (`src/content/card-finder.yaml`): a question with its answers, or
 * an outcome with the cards that fit. The first node is the first question. The texts (the
 * question, each answer, the outcome's explanation) live per language in src/i18n/finder.ts,
 * keyed by the node's id.
 */
export const finderNodeSchema = z.discriminatedUnion('kind', [
  z.object({
    id: finderIdSchema.describe('The node’s id; it is also the step’s web address in every language, e.g. /en/which-card/<id>/. Its texts are `<id>.question` (and `<id>.hint`) in src/i18n/finder.ts.'),
    kind: z.literal('question').describe('question: a question whose answers each lead to another node.'),
    options: z.array(finderOptionSchema, { error: 'Expected a list of answers, each with id and next.' }).min(2, 'A question needs at least two answers.').describe('The answers, in the order residents see them.'),
  }),
  z.object({
    id: finderIdSchema.describe('The node’s id; it is also the step’s web address in every language, e.g. /en/which-card/<id>/. Its explanation is `<id>.text` in src/i18n/finder.ts.'),
    kind: z.literal('outcome').describe('outcome: the end of a path; shows the cards that fit, or says whom to ask.'),
    cards: z.array(finderCardSchema).default([]).describe('The cards that fit, each with its sources. Empty only when ask says whom to ask.'),
    ask: finderAskSchema
      .optional()
      .describe('Give it when the sources do not decide between the cards (or name none): the outcome says so and names the service to ask. Default: none.'),
  }),
]);
export type FinderNode = z.infer<typeof finderNodeSchema>;
export type FinderQuestion = Extract<FinderNode, { kind: 'question' }>;
export type FinderOutcome = Extract<FinderNode, { kind: 'outcome' }>;
