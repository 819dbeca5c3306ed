import { z } from 'astro/zod';
import { localizedSchema, sourcesSchema } from './common.ts';
import { AGE_BANDS, REASONS, cardRefSchema } from './municipality.ts';

/**
 * One thing to bring to the counter (`src/content/checklists.yaml`). The fee calculator
 * shows the items that fit the answers: the stage (applying or collecting), the reason,
 * the age, the card and the municipality.
 */
export const checklistItemSchema = z
  .object({
    /** Stable id, e.g. `photo` or `annex-12`. */
    id: z.string().regex(/^[a-z0-9-]+$/, 'An id is written in lower-case letters, digits and hyphens, e.g. annex-12.'),
    /** `application` (when you apply) or `collection` (when you collect the card). */
    stage: z.enum(['application', 'collection'], { error: 'Expected application or collection.' }),
    /** Reasons the item is needed for. Default: all three (`first`, `renewal`, `duplicate`). */
    reasons: z.array(z.enum(REASONS, { error: 'Expected first, renewal or duplicate.' })).min(1).default(['first', 'renewal', 'duplicate']),
    /** Age band: `12-plus`, `under-12` or `any`. Default: `any`. */
    age: z.enum(AGE_BANDS, { error: 'Expected 12-plus, under-12 or any.' }).default('any'),
    /** Card ids the item is for. Default: every card (empty list). */
    cards: z.array(cardRefSchema).default([]),
    /** Municipality ids (file names) the item is for. Default: every municipality (empty list). */
    municipalities: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
    /** Position in its list (lower first): the most important things first. Default: 100. */
    order: z.number().int().default(100),
    /** What to bring, in one short sentence per language. */
    text: localizedSchema,
    sources: sourcesSchema,
  })
  .strict();
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
