import fs from 'node:fs';
import path from 'node:path';

/**
 * A post with charts as plain Markdown, for the baselines, which have no MDX: without its import
 * line and its chart tags, so that every build gets the same documents.
 */
export function mdxAsMarkdown(text: string): string {
  return text.replace(/^import .*\n|^<DataChart [^>]*\/>\n\n?/gm, '');
}

/**
 * Writes the baseline: a bare Astro site with one content collection over the same Markdown files,
 * a minimal layout and one page per document. It has no package.json of its own; `node_modules` is a
 * link to this repository's, so both builds use the same Astro.
 */
export function writeBareSite(root: string, publicationsDir: string, repoRoot: string): void {
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(path.join(root, 'src', 'pages'), { recursive: true });
  // Bare Astro has no MDX: the posts with charts go in as plain Markdown, without the import and the
  // chart tags, so both builds get the same documents.
  const extra = path.join(root, 'mdx-as-md');
  for (const lang of fs.readdirSync(publicationsDir)) {
    for (const name of fs.readdirSync(path.join(publicationsDir, lang)).filter((file) => file.endsWith('.mdx'))) {
      const text = mdxAsMarkdown(fs.readFileSync(path.join(publicationsDir, lang, name), 'utf8'));
      fs.mkdirSync(path.join(extra, lang), { recursive: true });
      fs.writeFileSync(path.join(extra, lang, name.replace(/\.mdx$/, '.md')), text);
    }
  }
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  fs.writeFileSync(
    path.join(root, 'astro.config.mjs'),
    `export default {
  outDir: process.env.BARE_OUT_DIR,
  cacheDir: process.env.BARE_CACHE_DIR,
  build: { format: 'directory' },
  devToolbar: { enabled: false },
};
`,
  );
  fs.writeFileSync(
    path.join(root, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: '*/*.md', base: ${JSON.stringify(publicationsDir)} }),
    schema: z.looseObject({ title: z.string(), summary: z.string().optional() }),
  }),
  extra: defineCollection({
    loader: glob({ pattern: '*/*.md', base: ${JSON.stringify(extra)} }),
    schema: z.looseObject({ title: z.string(), summary: z.string().optional() }),
  }),
};
`,
  );
  fs.writeFileSync(
    path.join(root, 'src', 'pages', '[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const entries = [...(await getCollection('docs')), ...(await getCollection('extra'))];
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
const lang = entry.id.split('/')[0];
---
<html lang={lang}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width" />
    <title>{entry.data.title}</title>
    <style>body { font-family: system-ui, sans-serif; max-width: 42rem; margin: 0 auto; padding: 1rem; line-height: 1.5; }</style>
  </head>
  <body>
    <main>
      <h1>{entry.data.title}</h1>
      <Content />
    </main>
  </body>
</html>
`,
  );
}
