import { facetValues, matchesFacet, type Listed } from '../entries/publications';
import { paginate, type Page } from '../entries/pagination';
import type { Locale } from '../i18n/locales';
import { PUBLICATION_TYPES } from '../schemas/publication';
import { fallbackOrder } from '../i18n/localized';
import { siteUrls } from '../config/runtime';
import { getListed, getPages, getProjects, getSite, type PublicationEntry } from './data';

export type Facet = 'type' | 'project' | 'year';
export const FACETS: readonly Facet[] = ['type', 'project', 'year'];

export interface ListProps {
  locale: Locale;
  page: Page<Listed<PublicationEntry>>;
  facet?: Facet | undefined;
  value?: string | undefined;
}

/**
 * `getStaticPaths` for the publication lists of every locale: all publications, and one list per
 * type, project and year, each paginated. `which` picks the first pages (…/) or the others (…/page/N/).
 */
export async function publicationListPaths(which: 'first' | 'rest', faceted: boolean) {
  const site = await getSite();
  const { langParam } = siteUrls();
  const paths: { params: Record<string, string | undefined>; props: ListProps }[] = [];
  for (const locale of site.locales) {
    const listed = await getListed(locale);
    const lists: { facet?: Facet; value?: string; items: Listed<PublicationEntry>[] }[] = faceted
      ? FACETS.flatMap((facet) =>
          facetValues(listed, facet, PUBLICATION_TYPES).map((value) => ({
            facet,
            value,
            items: listed.filter((entry) => matchesFacet(entry.publication, facet, value)),
          })),
        )
      : [{ items: listed }];
    for (const list of lists) {
      for (const page of paginate(list.items)) {
        if ((which === 'first') !== (page.number === 1)) continue;
        paths.push({
          params: { lang: langParam(locale), facet: list.facet, value: list.value, n: which === 'rest' ? String(page.number) : undefined },
          props: { locale, page, facet: list.facet, value: list.value },
        });
      }
    }
  }
  return paths;
}

/**
 * The address of a standing page (about, contact…) for a locale: its own translation, or the
 * version in the first language that has it, with that language for `hreflang`.
 */
export async function standingPageLink(locale: Locale, slug: string): Promise<{ href: string; lang?: Locale } | undefined> {
  const site = await getSite();
  const urls = siteUrls();
  const pages = (await getPages()).filter((page) => page.slug === slug);
  const own = pages.find((page) => page.lang === locale);
  if (own) return { href: urls.page(locale, slug) };
  const other = fallbackOrder(locale, site).map((lang) => pages.find((page) => page.lang === lang)).find(Boolean);
  return other ? { href: urls.page(other.lang, slug), lang: other.lang } : undefined;
}

/** `getStaticPaths` for a page per project in every locale: `{ params: { lang, id }, props: { locale, project } }`. */
export async function projectPaths() {
  const site = await getSite();
  const { langParam } = siteUrls();
  const projects = await getProjects();
  return site.locales.flatMap((locale) =>
    projects.map((project) => ({ params: { lang: langParam(locale), id: project.id }, props: { locale, project } })),
  );
}
