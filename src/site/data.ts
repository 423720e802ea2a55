import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildExports, type DatasetExports } from '../datasets/exports';
import type { DatasetSite } from '../datasets/links';
import type { LoadedDataset } from '../datasets/load';
import type { Release } from '../datasets/releases';
import { summarise, type FieldSummary } from '../datasets/summary';
import { facetValues, translationsBySlug, listForLocale, type Listed } from '../entries/publications';
import type { Monitoring } from '../monitoring/model';
import { newestFirst, type Recommendation } from '../monitoring/recommendations';
import { NOTHING } from '../text/read-once';
import { isLocale, type Locale } from '../i18n/locales';
import { fallbackOrder } from '../i18n/localized';
import { PUBLICATION_TYPES } from '../schemas/publication';
import type { SiteData } from '../schemas/site';

/**
 * The site's content as the pages need it, read from Astro's content store (src/collections.ts)
 * once per build. In `astro dev` a list is read afresh on every call, so an edit shows at the next
 * reload; what is made from one entry (a dataset's downloads) is kept while the entry's digest is
 * unchanged.
 */

export type ProjectEntry = CollectionEntry<'projects'>;
export type PageEntry = CollectionEntry<'pages'>;
export type PublicationEntry = CollectionEntry<'publications'> & { lang: Locale; slug: string };

const cache = new Map<string, { digest?: string | undefined; value: Promise<unknown> }>();

/**
 * `make()` once per build under `key`. In `astro dev` every call makes it afresh, so edits show,
 * unless `digest` says what it is made from (an entry's digest): then it is made again when that
 * changes. One value is kept per key.
 */
export function memo<T>(key: string, make: () => Promise<T>, digest?: string): Promise<T> {
  if (!import.meta.env.PROD && digest === undefined) return make();
  const kept = cache.get(key);
  if (kept && kept.digest === digest) return kept.value as Promise<T>;
  const value = make();
  cache.set(key, { digest, value });
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

/** The entries of one of the engine's own collections, without the one that says it has none. */
async function entriesOf<T>(collection: 'datasets' | 'monitorings' | 'recommendations'): Promise<T[]> {
  return ((await getCollection(collection)) as unknown as (T & { id: string })[]).filter((entry) => entry.id !== NOTHING);
}

/** By id, in the order of the folders' names (as `datasetIds` lists them). */
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A dataset as the `datasets` collection holds it (src/collections.ts). */
interface DatasetEntry {
  id: string;
  digest: string;
  data: { dataset: LoadedDataset; releases: Release[] };
}

function datasetEntries(): Promise<DatasetEntry[]> {
  return memo('datasets', async () => (await entriesOf<DatasetEntry>('datasets')).sort(byId));
}

async function datasetEntry(id: string): Promise<DatasetEntry> {
  const entry = await getEntry('datasets', id);
  if (!entry) throw new Error(`No dataset "${id}" in the content store`);
  return entry as unknown as DatasetEntry;
}

/** Every dataset, sorted by id. */
export async function getDatasets(): Promise<LoadedDataset[]> {
  return (await datasetEntries()).map((entry) => entry.data.dataset);
}

/** The datasets by id, for charts that name theirs. */
export function getDatasetsById(): Promise<ReadonlyMap<string, LoadedDataset>> {
  return memo('datasets-by-id', async () => new Map((await getDatasets()).map((dataset) => [dataset.id, dataset])));
}

/** Every dataset with its released versions (oldest first), sorted by id. */
export async function getDatasetReleases(): Promise<{ dataset: LoadedDataset; releases: Release[] }[]> {
  return (await datasetEntries()).map((entry) => entry.data);
}

/** The released versions of a dataset, oldest first, each as it was released. */
export async function getReleases(id: string): Promise<Release[]> {
  return (await datasetEntry(id)).data.releases;
}

/** The download files of a dataset, made once per version of its files. */
export async function getExports(id: string, site: DatasetSite): Promise<DatasetExports> {
  const entry = await datasetEntry(id);
  return memo(`exports:${id}`, async () => buildExports(entry.data.dataset, site), entry.digest);
}

/** Per table, the summary of each field, made once per version of the dataset's files. */
export async function getSummaries(id: string): Promise<FieldSummary[][]> {
  const entry = await datasetEntry(id);
  return memo(`summaries:${id}`, async () => entry.data.dataset.resources.map((resource) => summarise(resource)), entry.digest);
}

/** Every monitoring, sorted by dataset id. */
export function getMonitorings(): Promise<Monitoring[]> {
  return memo('monitorings', async () =>
    (await entriesOf<{ id: string; data: { monitoring: Monitoring } }>('monitorings')).sort(byId).map((entry) => entry.data.monitoring),
  );
}

/** Every recommendation, newest first. */
export function getRecommendations(): Promise<Recommendation[]> {
  return memo('recommendations', async () => (await entriesOf<{ data: { recommendation: Recommendation } }>('recommendations')).map((entry) => entry.data.recommendation).sort(newestFirst));
}
