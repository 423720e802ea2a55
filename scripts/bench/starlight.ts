import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { mdxAsMarkdown } from './bare.ts';

/**
 * The second, optional baseline (`--starlight`): Astro Starlight, the documentation theme, over the
 * same publications. Issue 19 asks Vitrina to build faster than it. Starlight is not a dependency of
 * Vitrina: the bench installs it once, with the same Astro as this repository, into
 * `.vitrina/starlight-deps/` (ignored by git), and builds a Starlight site with its defaults (the
 * sidebar generated from every page, its search index) and the three languages.
 */
export const STARLIGHT_VERSION = '0.42.4';

/** Installs Starlight and this repository's Astro into `depsDir` unless they are there already. */
export function installStarlight(depsDir: string, repoRoot: string): void {
  const astro = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules', 'astro', 'package.json'), 'utf8')) as { version: string }).version;
  const manifest = JSON.stringify({ name: 'vitrina-bench-starlight', private: true, dependencies: { '@astrojs/starlight': STARLIGHT_VERSION, astro } }, null, 2);
  const installed = path.join(depsDir, 'node_modules', '@astrojs', 'starlight', 'package.json');
  if (fs.existsSync(installed) && fs.readFileSync(path.join(depsDir, 'package.json'), 'utf8') === manifest) return;
  fs.mkdirSync(depsDir, { recursive: true });
  fs.writeFileSync(path.join(depsDir, 'package.json'), manifest);
  console.log(`installing Starlight ${STARLIGHT_VERSION} with Astro ${astro} into ${depsDir}…`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock'], { cwd: depsDir, stdio: 'inherit' });
}

/**
 * Writes the Starlight site into `<depsDir>/site` and returns that folder: Bulgarian documents at the
 * root, English and Russian under their prefixes, as Vitrina publishes them; the posts with charts as
 * plain Markdown, as for bare Astro. The site sits inside the folder of its dependencies, which Node
 * finds by walking up: through a link to node_modules, Vite would leave Starlight's own modules
 * unprocessed and their `astro:` imports would fail.
 */
export function writeStarlightSite(publicationsDir: string, depsDir: string): string {
  const root = path.join(depsDir, 'site');
  fs.rmSync(root, { recursive: true, force: true });
  const docs = path.join(root, 'src', 'content', 'docs');
  for (const lang of fs.readdirSync(publicationsDir)) {
    const target = lang === 'bg' ? docs : path.join(docs, lang);
    fs.mkdirSync(target, { recursive: true });
    for (const name of fs.readdirSync(path.join(publicationsDir, lang))) {
      const text = mdxAsMarkdown(fs.readFileSync(path.join(publicationsDir, lang, name), 'utf8'));
      fs.writeFileSync(path.join(target, name.replace(/\.mdx$/, '.md')), text);
    }
  }
  fs.writeFileSync(
    path.join(root, 'astro.config.mjs'),
    `import starlight from '@astrojs/starlight';

export default {
  outDir: process.env.BARE_OUT_DIR,
  cacheDir: process.env.BARE_CACHE_DIR,
  site: 'https://starlight.example.org',
  devToolbar: { enabled: false },
  integrations: [
    starlight({
      title: 'Bench',
      defaultLocale: 'root',
      locales: { root: { label: 'Български', lang: 'bg' }, en: { label: 'English' }, ru: { label: 'Русский' } },
    }),
  ],
};
`,
  );
  fs.writeFileSync(
    path.join(root, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  return root;
}
