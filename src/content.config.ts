import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import path from 'node:path';
import { pageData } from './schemas/page';
import { projectSchema } from './schemas/project';
import { publicationSchema } from './schemas/publication';
import { siteData } from './schemas/site';
import { sitePaths } from './site/paths';
import { loadSiteSettings } from './site/settings';

// The editors' folders live at the top level (content/), or where VITRINA_CONTENT_DIR points.
const { content } = sitePaths();

/** `<lang>/<file name without extension>`: the folder gives the language, the file name the slug. */
function localizedId({ entry }: { entry: string }): string {
  return entry.replace(/\.(md|mdx)$/, '');
}

/** The one entry `site`, from site.yaml (validated with line numbers by loadSiteSettings). */
const siteLoader: Loader = {
  name: 'vitrina-site',
  load: async ({ store, parseData, watcher }) => {
    const data = await parseData({ id: 'site', data: loadSiteSettings() });
    store.clear();
    store.set({ id: 'site', data });
    watcher?.add(path.join(content, 'site.yaml'));
  },
};

export const collections = {
  site: defineCollection({ loader: siteLoader, schema: siteData }),
  projects: defineCollection({
    loader: glob({ pattern: '*.yaml', base: path.join(content, 'projects') }),
    schema: ({ image }) => projectSchema(image),
  }),
  publications: defineCollection({
    loader: glob({ pattern: '*/*.{md,mdx}', base: path.join(content, 'publications'), generateId: localizedId }),
    schema: ({ image }) => publicationSchema(image),
  }),
  pages: defineCollection({
    loader: glob({ pattern: '*/*.md', base: path.join(content, 'pages'), generateId: localizedId }),
    schema: pageData,
  }),
};
