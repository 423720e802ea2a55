import type { Locale } from '../i18n/locales';
import type { PublicationType } from '../schemas/publication';

/** What list logic needs to know of a publication; the Astro entry has more. */
export interface PublicationLike {
  /** The language folder it sits in. */
  lang: Locale;
  /** The file name without extension; shared by translations. */
  slug: string;
  data: {
    type: PublicationType;
    title: string;
    published: string;
    project?: string | undefined;
    draft: boolean;
  };
}

/** A publication as listed in one locale: its own version, or the original where none exists. */
export interface Listed<P extends PublicationLike> {
  publication: P;
  /** False when the publication is shown in another language than the page's. */
  inPageLocale: boolean;
}

/** Newest first; ties broken by slug so that the order never depends on the file system. */
export function byNewest<P extends PublicationLike>(a: P, b: P): number {
  return b.data.published.localeCompare(a.data.published) || a.slug.localeCompare(b.slug) || a.lang.localeCompare(b.lang);
}

/** All language versions of each publication, keyed by slug. */
export function translationsBySlug<P extends PublicationLike>(publications: readonly P[]): Map<string, Map<Locale, P>> {
  const groups = new Map<string, Map<Locale, P>>();
  for (const publication of publications) {
    const group = groups.get(publication.slug) ?? new Map<Locale, P>();
    group.set(publication.lang, publication);
    groups.set(publication.slug, group);
  }
  return groups;
}

/**
 * The list a reader sees in `locale`: every publication once, in the page's language where it is
 * translated, otherwise in its first available language by the site's locale order. Nothing is copied
 * per locale: an untranslated entry links to its original.
 */
export function listForLocale<P extends PublicationLike>(
  groups: Map<string, Map<Locale, P>>,
  locale: Locale,
  localeOrder: readonly Locale[],
): Listed<P>[] {
  const listed: Listed<P>[] = [];
  for (const group of groups.values()) {
    const own = group.get(locale);
    if (own) {
      listed.push({ publication: own, inPageLocale: true });
      continue;
    }
    const fallback = localeOrder.map((other) => group.get(other)).find(Boolean) ?? [...group.values()][0];
    if (fallback) listed.push({ publication: fallback, inPageLocale: false });
  }
  return listed.sort((a, b) => byNewest(a.publication, b.publication));
}

/** The distinct values of a facet in a list, sorted: types in their fixed order, years newest first. */
export function facetValues<P extends PublicationLike>(listed: readonly Listed<P>[], facet: 'type' | 'project' | 'year', typeOrder: readonly string[]): string[] {
  const values = new Set<string>();
  for (const { publication } of listed) {
    const value = facet === 'type' ? publication.data.type : facet === 'project' ? publication.data.project : publication.data.published.slice(0, 4);
    if (value) values.add(value);
  }
  const sorted = [...values];
  if (facet === 'type') return sorted.sort((a, b) => typeOrder.indexOf(a) - typeOrder.indexOf(b));
  if (facet === 'year') return sorted.sort((a, b) => b.localeCompare(a));
  return sorted.sort();
}

/** Whether a listed publication has the given facet value. */
export function matchesFacet(publication: PublicationLike, facet: 'type' | 'project' | 'year', value: string): boolean {
  if (facet === 'type') return publication.data.type === value;
  if (facet === 'project') return publication.data.project === value;
  return publication.data.published.startsWith(value);
}

/**
 * The `count` newest entries of a locale's list for the home page, those in the page's language
 * first (newest first), then, to fill the rest, the newest of the others in their original
 * language. A reader of /ru/ thus meets the Russian publications before the Bulgarian ones.
 */
export function latestInLocaleFirst<P extends PublicationLike>(listed: readonly Listed<P>[], count: number): Listed<P>[] {
  const own = listed.filter((entry) => entry.inPageLocale);
  const others = listed.filter((entry) => !entry.inPageLocale);
  return [...own, ...others].slice(0, count);
}
