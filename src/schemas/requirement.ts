import { z } from 'astro/zod';
import { isoDateSchema, localizedSchema, sourcesSchema } from './common.ts';
import { AGE_BANDS, SITUATIONS, STAGES } from '../lib/vocabulary.ts';
import { cardRefSchema } from './common.ts';

const idSchema = z.string().regex(/^[a-z0-9-]+$/, 'An id is written in lower-case letters, digits and hyphens, e.g. annex-12.');

/**
 * The fields of one requirement rule: one thing to bring to the counter, and when. Shared by
 * the general rules (`src/content/requirements.yaml`) and a municipality's own rules (the
 * `requirements:` list in `src/content/municipalities/<id>.yaml`).
 */
export const requirementFields = {
  id: idSchema.describe('A stable id, unique in its file, e.g. photo or annex-12.'),
  stage: z
    .enum(STAGES, { error: 'Expected application or collection.' })
    .default('application')
    .describe('When to bring it: application (when you apply) or collection (when you collect the card).'),
  situations: z
    .array(z.enum(SITUATIONS, { error: `Expected one of: ${SITUATIONS.join(', ')}.` }))
    .min(1)
    .default([...SITUATIONS])
    .describe('The situations it is needed in: first, renewal, lost-stolen, damaged, photo (the photo no longer looks like you), name-gender (a change of name or gender).'),
  age: z
    .enum(AGE_BANDS, { error: 'Expected 12-plus, under-12 or any.' })
    .default('any')
    .describe('The age band: 12-plus, under-12, or any (both).'),
  cards: z
    .array(cardRefSchema)
    .default([])
    .describe('The card ids it is for, or a group: electronic-cards (the residence cards and the children’s card), residence-cards. Empty: every card.'),
  order: z.number().int().default(100).describe('Position in its list, lower first: the most important things first.'),
  text: localizedSchema.describe(
    'What to bring, in one short sentence per language. No figures: write a fact id in braces, {photo-max-age-months}, and the page shows the figure from src/content/facts.yaml.',
  ),
  validFrom: isoDateSchema.optional().describe('The first day the rule holds, only when a source says. Default: always.'),
  validUntil: isoDateSchema.optional().describe('The last day the rule holds. Default: until a newer rule replaces it.'),
  sources: sourcesSchema,
};

/** One general requirement rule (`src/content/requirements.yaml`). */
export const requirementSchema = z.object(requirementFields).strict();
export type Requirement = z.infer<typeof requirementSchema>;
