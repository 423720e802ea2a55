import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import path from 'node:path';
import { vitrinaConfig } from './config/runtime';
import { dataLoaders } from './integrations/loaders';
import { pageData } from './schemas/page';
import { projectSchema } from './schemas/project';
import { publicationSchema } from './schemas/publication';
import { siteData } from './schemas/site';

/** `<lang>/<file name without extension>`: the folder gives the language, the file name the slug. */
function localizedId({ entry }: { entry: string }): string {
  return entry.replace(/\.(md|mdx)$/, '');
}

/**
 * Vitrina's content collections, over the folders the integration resolved (virtual:vitrina/config).
 * A site's src/content.config.ts is `export const collections = vitrinaCollections();`, and stays so
 * when the engine moves more of what it reads into the content layer.
 */
export function vitrinaCollections() {
  const { paths, site } = vitrinaConfig;
  /** The one entry `site`: site.yaml as the integration validated it, with the address it resolved. */
  const siteLoader: Loader = {
    name: 'vitrina-site',
    load: async ({ store, parseData, watcher }) => {
      const data = await parseData({ id: 'site', data: site });
      store.clear();
      store.set({ id: 'site', data });
      watcher?.add(path.join(paths.content, 'site.yaml'));
    },
  };
  const loaders = dataLoaders(paths, vitrinaConfig.messages);
  return {
    site: defineCollection({ loader: siteLoader, schema: siteData }),
    // Validated by their readers (the same the content check runs), so no schema here.
    datasets: defineCollection({ loader: loaders.datasets }),
    monitorings: defineCollection({ loader: loaders.monitorings }),
    recommendations: defineCollection({ loader: loaders.recommendations }),
    projects: defineCollection({
      loader: glob({ pattern: '*.yaml', base: path.join(paths.content, 'projects') }),
      schema: ({ image }) => projectSchema(image),
    }),
    publications: defineCollection({
      loader: glob({ pattern: '*/*.{md,mdx}', base: path.join(paths.content, 'publications'), generateId: localizedId }),
      schema: ({ image }) => publicationSchema(image),
    }),
    pages: defineCollection({
      loader: glob({ pattern: '*/*.md', base: path.join(paths.content, 'pages'), generateId: localizedId }),
      schema: pageData,
    }),
  };
}
