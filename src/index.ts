import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import mdx from '@astrojs/mdx';
import type { AstroIntegration } from 'astro';
import { loadVitrinaPaths, loadVitrinaConfig, integrationLanguage, type VitrinaConfig } from './config/settings';
import { parseVitrinaOptions, VITRINA_OPTIONS, type VitrinaUserOptions } from './config/options';
import { vitrinaConfigPlugin } from './config/virtual';
import { editorMiddleware, writeEditor } from './integrations/admin';
import { afterBuild } from './integrations/after-build';
import { checkBeforeBuild } from './integrations/content-check';
import { devCheckPlugin } from './integrations/dev-check';
import { devRefreshPlugin } from './integrations/dev-refresh';
import { addMarkdownPlugins } from './integrations/markdown';
import { prerenderModulesPlugin } from './integrations/out-dir';
import { devWatchIgnored, startStaging } from './integrations/staging';
import { say, sayMessage, type EditorLanguage } from './i18n/editor-messages';
import { takeImageCacheCounts } from './site/image-cache';
import { forgetReads } from './text/read-once';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES } from './site/security';
import { basePath } from './site/urls';

export type { VitrinaUserOptions } from './config/options';

/** The engine's routes: Astro does not route this folder by itself; `vitrina()` injects each file. */
const ROUTES = fileURLToPath(new URL('./routes/', import.meta.url));

/**
 * The route of each file under src/routes, as Astro's file routing would make it from src/pages:
 * `[...lang]/data/[id].astro` → `/[...lang]/data/[id]`, `index` names its folder, and files or
 * folders whose name starts with `_` are helpers, not routes. Sorted, so the order never varies.
 */
export function engineRoutes(dir = ROUTES): { pattern: string; entrypoint: string }[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => /\.(astro|ts)$/.test(file) && !file.split('/').some((part) => part.startsWith('_')))
    .sort()
    .map((file) => ({
      pattern: `/${file.replace(/\.(astro|ts)$/, '').replace(/(^|\/)index$/, '')}`.replace(/\/$/, '') || '/',
      entrypoint: path.join(dir, file),
    }));
}

/**
 * Vitrina as an Astro integration: all a site puts in its astro.config.mjs is
 * `integrations: [vitrina()]`. It validates its options, checks the content and data before anything
 * is written, reads the settings once and serves them to pages and loaders (virtual:vitrina/config),
 * injects every route, adds MDX and the Markdown plugins, sets i18n, the CSP, trailing slashes and
 * the build settings, and after the build writes the host files, the search index and the sitemap,
 * and checks every link. Options: src/config/options.ts; precedence: src/config/settings.ts.
 */
export default function vitrina(userOptions?: VitrinaUserOptions): AstroIntegration {
  // Thrown while astro.config.mjs loads, naming each wrong option.
  const options = parseVitrinaOptions(userOptions);
  let config: VitrinaConfig | undefined;
  let lang: EditorLanguage = 'en';
  let started = 0;
  let staging: ReturnType<typeof startStaging>;
  // Set from the start of the build to its last step: a page or an integration that ends the process
  // in between (process.exit(0) in trusted MDX) must not end it with success and half a site.
  let unfinished: ((code: number) => void) | undefined;

  return {
    name: 'vitrina',
    // Read by `vitrina check` and `vitrina new` (scripts/lib/site-options.ts), which check the same folders.
    ...{ [VITRINA_OPTIONS]: options },
    hooks: {
      'astro:config:setup': ({ config: astro, command, updateConfig, injectRoute, addWatchFile, logger }) => {
        const root = fileURLToPath(astro.root);
        const env = process.env;
        // Content and data first: an editor's mistake stops here, listed in full, before any output.
        const { paths, today, mdx: mdxMode } = loadVitrinaPaths({ root, options, env });
        lang = integrationLanguage(command, options, env, paths);
        // In `astro dev` the same check runs at start and on every change, and its errors are shown
        // in the browser instead of the site (src/integrations/dev-check.ts).
        const devCheck = command === 'dev' ? devCheckPlugin(paths, { today, mdx: mdxMode }, lang, (text) => logger.error(text)) : undefined;
        if (!devCheck) checkBeforeBuild(paths, { today, mdx: mdxMode, lang, logger });
        config = loadVitrinaConfig({ root, options, env, cacheDir: fileURLToPath(astro.cacheDir), messages: lang });
        const { site } = config;
        // Under `vitrina build`, into a staging folder that replaces the output only when all went well.
        staging = command === 'build' ? startStaging(fileURLToPath(astro.outDir), env) : undefined;
        unfinished = (code) => {
          if (code !== 0) return;
          // On a line of its own: Astro may be in the middle of one.
          console.error(`\n${say('build.endedEarly', {}, lang)}`);
          process.exitCode = 1;
        };

        // A site's own public/favicon.svg wins over the engine's default icon.
        const ownIcon = fs.existsSync(new URL('favicon.svg', astro.publicDir));
        for (const route of engineRoutes()) if (!(ownIcon && route.pattern === '/favicon.svg')) injectRoute(route);
        addMarkdownPlugins(astro.markdown.processor as Parameters<typeof addMarkdownPlugins>[0], site.base);
        addWatchFile(path.join(paths.content, 'site.yaml'));
        const hasMdx = astro.integrations.some((integration) => integration.name === '@astrojs/mdx');
        // updateConfig merges into the config Astro has already resolved: what its schema would add
        // (defaults, slashes that follow trailingSlash) is given here in full.
        updateConfig({
          ...(staging ? { outDir: pathToFileURL(`${staging.staging}/`) } : {}),
          site: site.url,
          base: basePath(site.base),
          trailingSlash: 'always',
          image: { ...astro.image, endpoint: { ...astro.image.endpoint, route: basePath(astro.image.endpoint.route) } },
          cacheDir: pathToFileURL(`${config.cacheDir}/`),
          // Two pages at a time unless the site asks for more: share cards are native work (sharp),
          // which then overlaps with the next page's JavaScript (docs/performance.md). Stylesheets are
          // files, cached by the reader, not inlined into every page.
          build: { format: 'directory', inlineStylesheets: 'never', concurrency: Math.max(astro.build.concurrency, 2) },
          i18n: {
            locales: [...site.locales],
            defaultLocale: site.defaultLocale,
            routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false, fallbackType: 'redirect' },
          },
          // Shiki colours code with inline style attributes, which the CSP blocks: code blocks stay
          // plain <pre><code> (a class-based highlighter can come later).
          markdown: { syntaxHighlight: false },
          // A Content-Security-Policy <meta> on every page (docs/security.md): Astro adds the hashes of
          // its own inline scripts and styles; nothing else runs, nothing loads from another origin.
          security: { csp: { algorithm: 'SHA-256', scriptDirective: { resources: [...CSP_SCRIPT_RESOURCES] }, directives: [...CSP_DIRECTIVES] } },
          devToolbar: { enabled: false },
          prefetch: false,
          vite: {
            plugins: [vitrinaConfigPlugin(config), prerenderModulesPlugin(root), ...(devCheck ? [devCheck, devRefreshPlugin(root, (message) => logger.error(say('dev.refresh.failed', { message }, lang)))] : [])],
            // astro dev watches the site's folder: not the built site, its staging copy or the bench's
            // and tests' work under .vitrina/, thousands of files that made the server start slowly.
            server: { watch: { ignored: devWatchIgnored(fileURLToPath(astro.outDir), root) } },
          },
          integrations: hasMdx ? [] : [mdx()],
        });
      },
      // The web editor at /admin/ in `astro dev` too, for an editor working on a clone (docs/web-editor.md).
      'astro:server:setup': ({ server }) => {
        if (config?.editor.enabled) server.middlewares.use(editorMiddleware(config.site.base, () => config!));
      },
      'astro:build:start': () => {
        started = Date.now();
        if (unfinished) process.on('exit', unfinished);
        takeImageCacheCounts();
        forgetReads();
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!config) throw new Error('vitrina: the build ended before its settings were read');
        const { reused, rendered } = takeImageCacheCounts();
        logger.info(`images: ${rendered} rendered, ${reused} taken from the cache`);
        await afterBuild({ outDir: fileURLToPath(dir), site: config.site.url, base: config.site.base, cacheDir: config.cacheDir, started, lang, logger });
        // After the pages' own steps: the editor is no page of the site (no sitemap, search or link check).
        if (config.editor.enabled) for (const message of writeEditor(fileURLToPath(dir), config)) logger.warn(sayMessage(message, lang));
        if (unfinished) process.off('exit', unfinished);
        staging?.finish();
      },
    },
  };
}
