import { z } from 'astro/zod';
import { centsSchema, isoDateSchema, sourcesSchema } from './common.ts';

/** Federal production products with a price set every year. */
export const FEDERAL_PRODUCTS = ['biometric', 'non-biometric', 'urgent', 'child-non-biometric', 'child-biometric'] as const;
export const federalProductSchema = z
  .enum(FEDERAL_PRODUCTS, {
    error: `Expected one of the federal products: ${FEDERAL_PRODUCTS.join(', ')}.`,
  })
  .describe(
    "The federal product priced: biometric (cards of 12 and older in fee group biometric: A, B, H, I, J, K, L), non-biometric (12 and older, fee group non-biometric: EU, EU+, F, F+, M), urgent (any card made by the urgent procedure), child-biometric and child-non-biometric (children under 12, by the fee group of their card type). A surcharge row adds the price of the product its card, age and procedure fall under.",
  );
export type FederalProduct = z.infer<typeof federalProductSchema>;

/** The federal production price of one product for one period (`src/content/federal-prices.yaml`). */
export const federalPriceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/).describe('A unique id, e.g. biometric-2025.'),
  product: federalProductSchema,
  validFrom: isoDateSchema.describe('The first day the price applies.'),
  validUntil: isoDateSchema.optional().describe('The last day the price applies. Default: until a newer price replaces it.'),
  amount: centsSchema.describe('The federal production price in euro cents.'),
  sources: sourcesSchema,
});
export type FederalPrice = z.infer<typeof federalPriceSchema>;
