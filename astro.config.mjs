// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import validateContent from './src/integrations/validate-content.ts';
import islandData from './src/integrations/island-data.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://verblijfskaart.be',
  // Separate caches let several builds run side by side (tests, benchmarks).
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: ['nl', 'fr', 'en'],
    defaultLocale: 'nl',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    validateContent(),
    islandData(),
    mdx(),
    preact(),
    sitemap({
      i18n: { defaultLocale: 'nl', locales: { nl: 'nl-BE', fr: 'fr-BE', en: 'en' } },
      filter: (page) => !page.endsWith('/404/'),
    }),
  ],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "form-action 'self'",
        "base-uri 'self'",
        "object-src 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      rollupOptions: {
        // Astro's own MDX modules carry a "use astro:head-inject" directive that the bundler
        // reports once per page (about 100 lines no editor can act on; withastro/astro#18087).
        // Every other message stays.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && String(log.message).includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
