/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config so tests can import `astro/zod`, .astro components and the content layer.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/build/**/*.test.ts', 'src/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20000,
    hookTimeout: 300000,
  },
});
