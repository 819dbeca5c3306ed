/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config so tests can import `astro/zod`, .astro components and the content layer.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/build/**/*.test.ts', 'src/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20000,
    hookTimeout: 300000,
    // The build-output suites hold every page of three builds (one with 50 municipalities) as parsed
    // documents: more than Node's default heap.
    execArgv: ['--max-old-space-size=8192'],
  },
});
