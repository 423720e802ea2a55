import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { facetValues, translationsBySlug, listForLocale, type Listed } from '../entries/publications';
import { isLocale, type Locale } from '../i18n/locales';
import { fallbackOrder } from '../i18n/localized';
import { PUBLICATION_TYPES } from '../schemas/publication';
import type { SiteData } from '../schemas/site';

/**
 * The site's content as the pages need it, read from Astro's content store once per build.
 * In `astro dev` nothing is cached, so an edit shows at the next reload.
 */

export type ProjectEntry = CollectionEntry<'projects'>;
export type PageEntry = CollectionEntry<'pages'>;
export type PublicationEntry = CollectionEntry<'publications'> & { lang: Locale; slug: string };

const cache = new Map<string, Promise<unknown>>();

/** `make()` once per build under `key`; in `astro dev` every call makes it afresh, so edits show. */
export function memo<T>(key: string, make: () => Promise<T>): Promise<T> {
  if (!import.meta.env.PROD) return make();
  let value = cache.get(key) as Promise<T> | undefined;
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

function splitId(id: string): { lang: Locale; slug: string } {
  const [lang, slug] = id.split('/');
  if (!isLocale(lang) || !slug) throw new Error(`Unexpected entry id "${id}"`);
  return { lang, slug };
}

/** Drafts are in `astro dev` only. */
const published = (entry: { data: { draft: boolean } }) => !import.meta.env.PROD || !entry.data.draft;

export function getSite(): Promise<SiteData> {
  return memo('site', async () => {
    const entry = await getEntry('site', 'site');
    if (!entry) throw new Error('content/site.yaml was not loaded');
    return entry.data;
  });
}

export function getProjects(): Promise<ProjectEntry[]> {
  return memo('projects', async () => (await getCollection('projects')).sort((a, b) => a.data.period.start.localeCompare(b.data.period.start) || a.id.localeCompare(b.id)));
}

export async function getProject(id: string): Promise<ProjectEntry | undefined> {
  return (await getProjects()).find((project) => project.id === id);
}

export function getPublications(): Promise<PublicationEntry[]> {
  return memo('publications', async () =>
    (await getCollection('publications', published)).map((entry) => Object.assign(entry, splitId(entry.id))),
  );
}

/** All versions of each publication, by slug. */
export function getTranslations() {
  return memo('translations', async () => translationsBySlug(await getPublications()));
}

/** Every publication once, as listed in `locale` (own language first, else the original). */
export function getListed(locale: Locale): Promise<Listed<PublicationEntry>[]> {
  return memo(`listed:${locale}`, async () => {
    const site = await getSite();
    return listForLocale(await getTranslations(), locale, fallbackOrder(locale, site));
  });
}

/**
 * The values of each facet (type, project, year) in `locale`'s list. Every list page shows them, so
 * they are worked out once per locale: computed per page they scanned the whole list each time, and
 * the list pages grew with the square of the publications (docs/performance.md).
 */
export function getFacetValues(locale: Locale): Promise<Record<'type' | 'project' | 'year', string[]>> {
  return memo(`facets:${locale}`, async () => {
    const listed = await getListed(locale);
    return {
      type: facetValues(listed, 'type', PUBLICATION_TYPES),
      project: facetValues(listed, 'project', PUBLICATION_TYPES),
      year: facetValues(listed, 'year', PUBLICATION_TYPES),
    };
  });
}

export function getPages(): Promise<(PageEntry & { lang: Locale; slug: string })[]> {
  return memo('pages', async () => (await getCollection('pages', published)).map((entry) => Object.assign(entry, splitId(entry.id))));
}
