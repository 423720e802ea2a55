import type { Locale } from '../i18n/locales';
import type { TrackerFacet } from '../monitoring/tracker';

/** What the site's URLs are built from: its settings (`vitrinaConfig.site` is one). */
export interface UrlSettings {
  /** The public address without a sub-path, e.g. https://vitrina.example.org (absolute URLs). */
  url: string;
  /** The sub-path the site lives under, "/" at the root; with or without its slashes. */
  base: string;
  /** The locale served without a URL prefix. */
  defaultLocale: Locale;
}

/** A share card's kind: the folder under /cards/<lang>/. */
export type CardKind = 'publications' | 'projects';

/** The facets of the data catalogue, each a list page: /data/<facet>/<value>/. */
export type CatalogueFacet = 'theme' | 'project';

/** The tracker's downloads, the same for every locale: /recommendations/<file>. */
export type TrackerDownload =
  | 'recommendations.csv'
  | 'recommendations-spreadsheet.csv'
  | 'recommendations-history.csv'
  | 'recommendations-history-spreadsheet.csv'
  | 'recommendations.json';

/** The sub-path with one slash at each end ("/" at the root), as Astro's `BASE_URL` has it. */
export function basePath(base: string): string {
  const inner = base.replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

/**
 * Every URL of the site, the one place that knows its addresses. Pages of the default locale have
 * no prefix (`/publications/`), the others have theirs (`/en/publications/`); files that are the
 * same in every language (downloads, exports, cards, feeds' targets) have none. Everything sits under
 * the base path; pages end with a slash. Pages get the site's builder from `siteUrls()`
 * (src/config/runtime.ts); domain modules take it as an argument.
 */
export function createUrls(settings: UrlSettings) {
  const base = basePath(settings.base);
  /** The `lang` route parameter of a locale: undefined for the default one, which has no URL prefix. */
  const langParam = (locale: Locale): string | undefined => (locale === settings.defaultLocale ? undefined : locale);

  /** A page: `path('en', 'projects', id)` → `/en/projects/<id>/` (under the base). */
  const path = (locale: Locale, ...segments: (string | number)[]): string => {
    const parts = [langParam(locale), ...segments.map(String)].filter((part): part is string => Boolean(part));
    return `${base}${parts.map(encodeURIComponent).join('/')}${parts.length ? '/' : ''}`;
  };

  /** A file that is the same for every locale: `asset('files', 'docs/a.pdf')` → `/files/docs/a.pdf`. */
  const asset = (...segments: string[]): string => `${base}${segments.map((s) => s.split('/').map(encodeURIComponent).join('/')).join('/')}`;

  /** A list page and its further pages (…/page/2/). */
  const paged = (locale: Locale, page: number, ...segments: string[]) => (page > 1 ? path(locale, ...segments, 'page', page) : path(locale, ...segments));

  const publication = (locale: Locale, slug: string) => path(locale, 'publications', slug);
  const dataset = (locale: Locale, id: string) => path(locale, 'data', id);

  return {
    /** The base path, "/" or "/sub/". */
    base,
    /** The `lang` route parameter of a locale (undefined for the default one). */
    langParam,
    /** An absolute URL for a path of this site (canonical links, feeds, catalogues, JSON-LD). */
    absolute: (sitePath: string) => new URL(sitePath, settings.url).href,

    home: (locale: Locale) => path(locale),
    search: (locale: Locale) => path(locale, 'search'),
    /** A standing page (about, contact…) in a locale. */
    page: (locale: Locale, slug: string) => path(locale, slug),
    publications: (locale: Locale, page = 1) => paged(locale, page, 'publications'),
    publicationsBy: (locale: Locale, facet: 'type' | 'project' | 'year', value: string, page = 1) => paged(locale, page, 'publications', facet, value),
    publication,
    projects: (locale: Locale) => path(locale, 'projects'),
    project: (locale: Locale, id: string) => path(locale, 'projects', id),

    /** The Atom feed of all publications as listed in a locale. */
    feed: (locale: Locale) => `${path(locale)}feed.xml`,
    /** A project's own Atom feed. */
    projectFeed: (locale: Locale, id: string) => `${path(locale, 'projects', id)}feed.xml`,
    /** A share card: /cards/<lang>/<kind>/<id>.png, stable as long as the slug or id is. */
    card: (kind: CardKind, lang: Locale, id: string) => asset('cards', lang, kind, `${id}.png`),
    /** A file from content/files. */
    file: (file: string) => asset('files', file),
    favicon: () => asset('favicon.svg'),

    /** The data catalogue. */
    catalogue: (locale: Locale) => path(locale, 'data'),
    catalogueBy: (locale: Locale, facet: CatalogueFacet, value: string) => path(locale, 'data', facet, value),
    /** The catalogue in DCAT-AP: /data/catalog.ttl or /data/catalog.jsonld. */
    catalogueFile: (format: 'ttl' | 'jsonld') => asset('data', `catalog.${format}`),
    /** The static API for data users: /api/datasets.json (docs/api.md). */
    api: () => asset('api', 'datasets.json'),
    dataset,
    /** A download of a dataset: /data/<id>/<file>, not localised. */
    download: (id: string, file: string) => asset('data', id, file),
    /** A file of a released version: /data/<id>/<version>/<file>, not localised, never changed. */
    versionFile: (id: string, version: string, file: string) => asset('data', id, version, file),
    /** The page of a released version: what it holds and what changed since the version before. */
    version: (locale: Locale, id: string, version: string) => path(locale, 'data', id, 'versions', version),
    /** A chart export file (`<name>.<locale>.svg`) under /charts/. */
    chartFile: (file: string) => asset('charts', file),
    /**
     * A figure's embed page, /embed/<lang>/<name>/, for other sites to frame (docs/embedding.md).
     * Every language has its prefix here, the default one too: the one path `/embed/` is all that the
     * host's headers let other sites frame.
     */
    embed: (locale: Locale, name: string) => `${asset('embed', locale, name)}/`,
    /** The figure's oEmbed answer, beside its embed page. */
    oembed: (locale: Locale, name: string) => asset('embed', locale, name, 'oembed.json'),

    /** The monitoring and recommendation pages, and the tracker's downloads. */
    monitoring: {
      index: (locale: Locale) => path(locale, 'monitoring'),
      monitoring: (locale: Locale, id: string) => path(locale, 'monitoring', id),
      round: (locale: Locale, id: string, round: string) => path(locale, 'monitoring', id, 'rounds', round.toLowerCase()),
      /** What changed from the round before `round` to `round` (consecutive rounds only). */
      changes: (locale: Locale, id: string, round: string) => path(locale, 'monitoring', id, 'changes', round.toLowerCase()),
      service: (locale: Locale, id: string, slug: string) => path(locale, 'monitoring', id, 'services', slug),
      territory: (locale: Locale, id: string, slug: string) => path(locale, 'monitoring', id, 'territories', slug),
      results: (locale: Locale) => path(locale, 'monitoring', 'results'),
      /** A monitoring's dataset page (the dataset has the monitoring's id). */
      dataset,
      recommendations: (locale: Locale, page = 1) => paged(locale, page, 'recommendations'),
      recommendationsBy: (locale: Locale, facet: TrackerFacet, value: string, page = 1) => paged(locale, page, 'recommendations', facet, value),
      recommendation: (locale: Locale, id: string) => path(locale, 'recommendations', id),
      /** Where evidence of a recommendation's status points: a file in content/files or a publication. */
      evidence: {
        file: (file: string) => asset('files', file),
        publication: (lang: string, slug: string) => publication(lang as Locale, slug),
      },
      download: (file: TrackerDownload) => asset('recommendations', file),
    },
  };
}

export type Urls = ReturnType<typeof createUrls>;
