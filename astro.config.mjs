// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { imageCache } from './src/integrations/image-cache.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { markdownBaseIntegration } from './src/integrations/markdown-base.ts';
import { markdownSafetyIntegration } from './src/integrations/markdown-safety.ts';
import { searchIndex } from './src/integrations/search.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { cacheDir } from './src/site/paths.ts';
import { loadSiteSettings } from './src/site/settings.ts';

// Everything site-specific comes from content/site.yaml (or VITRINA_* variables), never from code.
const settings = loadSiteSettings();

export default defineConfig({
  site: settings.url,
  base: settings.base,
  trailingSlash: 'always',
  outDir: process.env.VITRINA_OUT_DIR || './dist',
  // Also holds the rendered chart PNGs and share cards between builds (src/site/image-cache.ts).
  cacheDir: cacheDir(),
  // Two pages at a time: chart exports and share cards are native work (sharp), which then overlaps
  // with the next page's JavaScript (docs/performance.md). Output stays byte-identical (determinism test).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 2 },
  i18n: {
    locales: settings.locales,
    defaultLocale: settings.defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  // linkCheck stays LAST: it checks the files the integrations before it write at build:done.
  integrations: [contentCheck(), markdownSafetyIntegration(), markdownBaseIntegration(), mdx(), imageCache(), searchIndex(), sitemap(), linkCheck()],
  // Shiki colours code with inline style attributes, which the CSP below blocks: code blocks stay
  // plain <pre><code> (the example content has none; a class-based highlighter can come later).
  markdown: { syntaxHighlight: false },
  // A Content-Security-Policy <meta> on every page (docs/security.md): Astro adds the hashes of its
  // own inline scripts and styles; nothing else runs, nothing loads from another origin.
  security: {
    csp: {
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  devToolbar: { enabled: false },
  prefetch: false,
});
