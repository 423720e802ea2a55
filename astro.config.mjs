// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { loadSiteSettings } from './src/site/settings.ts';

// Everything site-specific comes from content/site.yaml (or VITRINA_* variables), never from code.
const settings = loadSiteSettings();

export default defineConfig({
  site: settings.url,
  base: settings.base,
  trailingSlash: 'always',
  outDir: process.env.VITRINA_OUT_DIR || './dist',
  cacheDir: process.env.VITRINA_CACHE_DIR || './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    locales: settings.locales,
    defaultLocale: settings.defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [contentCheck(), mdx()],
  devToolbar: { enabled: false },
  prefetch: false,
});
