import type { Locale } from '../i18n/locales';

/** The `lang` route parameter of a locale: undefined for the default one, which has no URL prefix. */
export function routeLangParam(defaultLocale: Locale): (locale: Locale) => string | undefined {
  return (locale) => (locale === defaultLocale ? undefined : locale);
}

/**
 * Builds the site's URLs. The default locale has no prefix (`/publications/`), the others have
 * theirs (`/en/publications/`); everything sits under the configured base path and ends with a slash.
 */
export function createUrls(options: { base: string; defaultLocale: Locale }) {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;

  /** The `lang` route parameter for a locale: undefined for the default one. */
  const langParam = routeLangParam(options.defaultLocale);

  /** A page path: `path('en', 'projects', id)` → `/en/projects/<id>/` (under the base). */
  const path = (locale: Locale, ...segments: (string | number)[]): string => {
    const parts = [langParam(locale), ...segments.map(String)].filter((part): part is string => Boolean(part));
    return `${base}${parts.map(encodeURIComponent).join('/')}${parts.length ? '/' : ''}`;
  };

  /** A file that is the same for every locale (downloads, feeds, images): `asset('files', 'a.pdf')`. */
  const asset = (...segments: string[]): string => `${base}${segments.map((s) => s.split('/').map(encodeURIComponent).join('/')).join('/')}`;

  return {
    base,
    langParam,
    path,
    asset,
    home: (locale: Locale) => path(locale),
    publication: (locale: Locale, slug: string) => path(locale, 'publications', slug),
    publications: (locale: Locale, page = 1) => (page > 1 ? path(locale, 'publications', 'page', page) : path(locale, 'publications')),
    publicationsBy: (locale: Locale, facet: 'type' | 'project' | 'year', value: string, page = 1) =>
      page > 1 ? path(locale, 'publications', facet, value, 'page', page) : path(locale, 'publications', facet, value),
    projects: (locale: Locale) => path(locale, 'projects'),
    project: (locale: Locale, id: string) => path(locale, 'projects', id),
    page: (locale: Locale, slug: string) => path(locale, slug),
    file: (file: string) => asset('files', file),
  };
}

export type Urls = ReturnType<typeof createUrls>;
