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
  /** Stable id, e.g. `photo` or `annex-12`. Unique in its file. */
  id: idSchema,
  /** `application` (when you apply) or `collection` (when you collect the card). Default: `application`. */
  stage: z.enum(STAGES, { error: 'Expected application or collection.' }).default('application'),
  /**
   * Situations the item is needed in: `first`, `renewal`, `lost-stolen`, `damaged`, `photo`
   * (the photo no longer resembles), `name-gender` (change of name or gender). Default: all six.
   */
  situations: z.array(z.enum(SITUATIONS, { error: `Expected one of: ${SITUATIONS.join(', ')}.` })).min(1).default([...SITUATIONS]),
  /** Age band: `12-plus`, `under-12` or `any`. Default: `any`. */
  age: z.enum(AGE_BANDS, { error: 'Expected 12-plus, under-12 or any.' }).default('any'),
  /**
   * Card ids the item is for, or card groups: `electronic-cards` (every card with a chip and a
   * PIN: the residence cards and the children's card), `residence-cards`. Default: every card (empty list).
   */
  cards: z.array(cardRefSchema).default([]),
  /** Position in its list (lower first): the most important things first. Default: 100. */
  order: z.number().int().default(100),
  /**
   * What to bring, in one short sentence per language. No figures: write a fact's id in braces,
   * `{photo-max-age-months}`, and the page shows the figure from src/content/facts.yaml.
   */
  text: localizedSchema,
  /** First day the rule holds. Default: open (the source gives no start date). */
  validFrom: isoDateSchema.optional(),
  /** Last day the rule holds. Default: until a newer rule replaces it. */
  validUntil: isoDateSchema.optional(),
  sources: sourcesSchema,
};

/** One general requirement rule (`src/content/requirements.yaml`). */
export const requirementSchema = z.object(requirementFields).strict();
export type Requirement = z.infer<typeof requirementSchema>;
