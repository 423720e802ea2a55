import { paginate, type Page } from '../entries/pagination';
import type { Locale } from '../i18n/locales';
import type { Recommendation } from './recommendations';
import { facetLists, type TrackerFacet } from './tracker';

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
