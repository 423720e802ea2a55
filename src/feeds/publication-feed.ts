import type { FeedEntry } from './atom';

/** What a feed needs of a listed publication; the endpoints map Astro entries to this. */
export interface FeedSource {
  lang: string;
  slug: string;
  type: string;
  title: string;
  summary: string;
  published: string;
  updated?: string | undefined;
  project?: string | undefined;
}

export interface FeedContext {
  /** Absolute URL of a publication page. */
  publicationUrl: (lang: string, slug: string) => string;
  /** The type's name in the feed's language. */
  typeLabel: (type: string) => string;
  /** A project's title in the feed's language. */
  projectTitle: (id: string) => string | undefined;
}

/** Feed entries for listed publications, newest first as listed. */
export function feedEntries(sources: readonly FeedSource[], context: FeedContext): FeedEntry[] {
  return sources.map((source) => ({
    url: context.publicationUrl(source.lang, source.slug),
    title: source.title,
    summary: source.summary,
    published: source.published,
    updated: source.updated,
    lang: source.lang,
    category: context.typeLabel(source.type),
    project: source.project ? context.projectTitle(source.project) : undefined,
  }));
}
