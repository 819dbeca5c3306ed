import { z } from 'astro/zod';
import { centsSchema, isoDateSchema, sourcesSchema } from './common.ts';

/** Federal production products with a price set every year. */
export const FEDERAL_PRODUCTS = ['biometric', 'non-biometric', 'urgent', 'child-non-biometric', 'child-biometric'] as const;
export const federalProductSchema = z.enum(FEDERAL_PRODUCTS, {
  error: `Expected one of the federal products: ${FEDERAL_PRODUCTS.join(', ')}.`,
});
export type FederalProduct = z.infer<typeof federalProductSchema>;

/** The federal production price of one product for one period (`src/content/federal-prices.yaml`). */
export const federalPriceSchema = z.object({
  /** Unique id, e.g. `biometric-2025`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  product: federalProductSchema,
  /** First day the price applies. */
  validFrom: isoDateSchema,
  /** Last day the price applies. Default: open-ended. */
  validUntil: isoDateSchema.optional(),
  /** Price in euro cents. */
  amount: centsSchema,
  sources: sourcesSchema,
});
export type FederalPrice = z.infer<typeof federalPriceSchema>;
