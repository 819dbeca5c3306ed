import { z } from 'astro/zod';
import { isoDateSchema, sourcesSchema } from './common.ts';

/** Front matter of a card page (`src/content/cards/<lang>/<card-id>.mdx`). */
export const cardPageSchema = z.object({
  /** Page title; default: the card's name from its card type. */
  title: z.string().min(1).optional(),
  /** One-sentence summary for search engines and result lists. */
  description: z.string().min(20, 'Write a description of at least 20 characters.').max(200, 'Keep the description under 200 characters.'),
  /** Sources of the prose. */
  sources: sourcesSchema,
  /** Date the translator or editor last checked this text. */
  lastChecked: isoDateSchema,
});

/** Front matter of a guide (`src/content/guides/<lang>/<slug>.mdx`). */
export const guidePageSchema = z.object({
  title: z.string().min(1),
  /** Web address segment in this language (e.g. `verlies-of-diefstal`). Default: the file name. */
  slug: z.string().regex(/^[a-z0-9-]+$/, 'A slug is written in lower-case letters, digits and hyphens.').optional(),
  description: z.string().min(20, 'Write a description of at least 20 characters.').max(200, 'Keep the description under 200 characters.'),
  /** Position in the guide list (lower first). Default: 100. */
  order: z.number().int().default(100),
  /** Card ids the guide is about, for links from card pages. Default: all cards. */
  cards: z.array(z.string()).default([]),
  sources: sourcesSchema,
  lastChecked: isoDateSchema,
});
