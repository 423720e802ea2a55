import { dayTimestamp, escapeXml } from './xml';

/**
 * How many entries a feed carries: the newest ones. Feed readers poll a feed often, so it stays
 * small however many publications the site has; the lists hold the rest.
 */
export const FEED_LIMIT = 50;

/** One publication as a feed entry; all URLs absolute. */
export interface FeedEntry {
  /** The publication's absolute URL; also its Atom id, which therefore never changes. */
  url: string;
  title: string;
  summary: string;
  /** YYYY-MM-DD. */
  published: string;
  /** YYYY-MM-DD of the last substantive change, when there was one. */
  updated?: string | undefined;
  /** The entry's own language; differs from the feed's for an untranslated publication. */
  lang: string;
  /** The kind of publication in the feed's language (Доклад, Report…). */
  category?: string | undefined;
  /** The project's title, when it belongs to one. */
  project?: string | undefined;
}

export interface Feed {
  /** The feed's own absolute URL (rel="self"); also its id. */
  url: string;
  /** The page the feed mirrors (the publication list), absolute. */
  pageUrl: string;
  /** Language of the feed's texts. */
  lang: string;
  title: string;
  subtitle?: string | undefined;
  /** Who publishes: the site's organisation. */
  author: string;
  /** Licence statement for the feed's texts. */
  rights?: string | undefined;
  /** Newest first; cut to FEED_LIMIT here. */
  entries: readonly FeedEntry[];
  /** Used as the feed's `updated` when it has no entries, so that the output never depends on the clock. */
  emptyDate: string;
}

const lastChange = (entry: FeedEntry) => (entry.updated && entry.updated > entry.published ? entry.updated : entry.published);

/**
 * An Atom 1.0 feed (RFC 4287). Atom rather than RSS because it has a language per entry
 * (`xml:lang`), which the untranslated publications listed in every locale need, and strict dates.
 */
export function atomFeed(feed: Feed): string {
  const entries = feed.entries.slice(0, FEED_LIMIT);
  const updated = entries.map(lastChange).sort().at(-1) ?? feed.emptyDate;
  const line = (indent: string, tag: string, value: string | undefined, attributes = '') =>
    value === undefined ? '' : `${indent}<${tag}${attributes}>${escapeXml(value)}</${tag}>\n`;
  const body = entries
    .map((entry) => {
      const lang = entry.lang === feed.lang ? '' : ` xml:lang="${escapeXml(entry.lang)}"`;
      return (
        `  <entry${lang}>\n` +
        line('    ', 'id', entry.url) +
        line('    ', 'title', entry.title) +
        `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}" hreflang="${escapeXml(entry.lang)}"/>\n` +
        line('    ', 'published', dayTimestamp(entry.published)) +
        line('    ', 'updated', dayTimestamp(lastChange(entry))) +
        line('    ', 'summary', entry.summary) +
        (entry.category ? `    <category term="${escapeXml(entry.category)}"/>\n` : '') +
        (entry.project ? `    <category term="${escapeXml(entry.project)}"/>\n` : '') +
        `  </entry>\n`
      );
    })
    .join('');
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n` +
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">\n` +
    line('  ', 'id', feed.url) +
    line('  ', 'title', feed.title) +
    line('  ', 'subtitle', feed.subtitle) +
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.url)}"/>\n` +
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>\n` +
    line('  ', 'updated', dayTimestamp(updated)) +
    `  <author>\n${line('    ', 'name', feed.author)}  </author>\n` +
    line('  ', 'rights', feed.rights) +
    line('  ', 'generator', 'Vitrina') +
    body +
    `</feed>\n`
  );
}
