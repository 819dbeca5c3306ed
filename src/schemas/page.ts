import { z } from 'astro/zod';
import { cardRefSchema, isoDateSchema, sourcesSchema } from './common.ts';

/** Front matter of a card page (`src/content/cards/<lang>/<card-id>.mdx`): the card's own prose only. */
export const cardPageSchema = z.object({
  /** Page title; default: the card's name from its card type. */
  title: z.string().min(1).optional(),
  /** One-sentence summary for search engines and result lists. */
  description: z.string().min(20, 'Write a description of at least 20 characters.').max(200, 'Keep the description under 200 characters.'),
  /** Date the translator or editor last checked this text. */
  lastChecked: isoDateSchema,
});

/** The ids of the sections every card page shares (src/content/sections/<lang>/<id>.mdx). */
export const SECTION_IDS = ['invitation', 'what-to-bring', 'collection', 'fingerprints', 'permanent-residence'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** Front matter of a shared card-page section (`src/content/sections/<lang>/<id>.mdx`). */
export const sectionPageSchema = z.object({
  /** The section's heading in this language. */
  title: z.string().min(1),
  lastChecked: isoDateSchema,
});

/** Front matter of a guide (`src/content/guides/<lang>/<id>.mdx`): the text of one language. */
export const guidePageSchema = z.object({
  title: z.string().min(1),
  /** Web address segment in this language (e.g. `verlies-of-diefstal`). Default: the file name. */
  slug: z.string().regex(/^[a-z0-9-]+$/, 'A slug is written in lower-case letters, digits and hyphens.').optional(),
  description: z.string().min(20, 'Write a description of at least 20 characters.').max(200, 'Keep the description under 200 characters.'),
  lastChecked: isoDateSchema,
});

/** What every language of a guide shares (`src/content/guides.yaml`, one entry per guide file name). */
export const guideMetaSchema = z
  .object({
    /** The guide's file name in src/content/guides/<lang>/. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Position in the guide list (lower first). Default: 100. */
    order: z.number().int().default(100),
    /** Card ids the guide is about, for links from card pages. Default: all cards. */
    cards: z.array(cardRefSchema).default([]),
    sources: sourcesSchema,
  })
  .strict();
