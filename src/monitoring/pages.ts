import { paginate, type Page } from '../content/pagination';
import type { Locale } from '../i18n/locales';
import type { Urls } from '../site/urls';
import type { Recommendation } from './recommendations';
import { facetLists, type TrackerFacet } from './tracker';

/**
 * Addresses of the monitoring and recommendation pages, built on the site's URL builder, and the
 * `getStaticPaths` entries of the paginated, filtered recommendation lists. Plain TypeScript, so
 * the list pages are tested without a build.
 */
export function monitoringUrls(urls: Urls) {
  return {
    index: (locale: Locale) => urls.path(locale, 'monitoring'),
    monitoring: (locale: Locale, id: string) => urls.path(locale, 'monitoring', id),
    round: (locale: Locale, id: string, round: string) => urls.path(locale, 'monitoring', id, 'rounds', round.toLowerCase()),
    service: (locale: Locale, id: string, slug: string) => urls.path(locale, 'monitoring', id, 'services', slug),
    territory: (locale: Locale, id: string, slug: string) => urls.path(locale, 'monitoring', id, 'territories', slug),
    results: (locale: Locale) => urls.path(locale, 'monitoring', 'results'),
    dataset: (locale: Locale, id: string) => urls.path(locale, 'data', id),
    recommendations: (locale: Locale, page = 1) => (page > 1 ? urls.path(locale, 'recommendations', 'page', page) : urls.path(locale, 'recommendations')),
    recommendationsBy: (locale: Locale, facet: TrackerFacet, value: string, page = 1) =>
      page > 1 ? urls.path(locale, 'recommendations', facet, value, 'page', page) : urls.path(locale, 'recommendations', facet, value),
    recommendation: (locale: Locale, id: string) => urls.path(locale, 'recommendations', id),
    /** Where evidence of a recommendation's status points: a file in content/files or a publication. */
    evidence: {
      file: (file: string) => urls.file(file),
      publication: (lang: string, slug: string) => urls.publication(lang as Locale, slug),
    },
    /** The downloads are the same for every locale. */
    download: (file: 'recommendations.csv' | 'recommendations-history.csv' | 'recommendations.json') => urls.asset('recommendations', file),
  };
}

export type MonitoringUrls = ReturnType<typeof monitoringUrls>;

/** Recommendations per list page: long enough to scan, short enough for a slow phone. */
export const RECOMMENDATIONS_PER_PAGE = 20;

export interface RecommendationListProps {
  locale: Locale;
  page: Page<Recommendation>;
  facet?: TrackerFacet | undefined;
  value?: string | undefined;
}

/**
 * The list pages of every locale: all recommendations, and one list per status, addressee and
 * project, each paginated. `which` picks the first pages (…/) or the others (…/page/N/).
 */
export function recommendationListPaths(
  recommendations: readonly Recommendation[],
  locales: readonly Locale[],
  langParam: (locale: Locale) => string | undefined,
  which: 'first' | 'rest',
  faceted: boolean,
) {
  const lists = faceted ? facetLists(recommendations) : [{ facet: undefined, value: undefined, items: [...recommendations] }];
  return locales.flatMap((locale) =>
    lists.flatMap((list) =>
      paginate(list.items, RECOMMENDATIONS_PER_PAGE)
        .filter((page) => (which === 'first') === (page.number === 1))
        .map((page) => ({
          params: { lang: langParam(locale), facet: list.facet, value: list.value, n: which === 'rest' ? String(page.number) : undefined },
          props: { locale, page, facet: list.facet, value: list.value } satisfies RecommendationListProps,
        })),
    ),
  );
}
