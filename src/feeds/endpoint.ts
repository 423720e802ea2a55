import type { MessageKey } from '../i18n/catalogue';
import type { Locale } from '../i18n/locales';
import type { PageContext } from '../site/context';
import type { ProjectEntry, PublicationEntry } from '../site/data';
import type { Listed } from '../entries/publications';
import { atomFeed } from './atom';
import { feedEntries } from './publication-feed';

/**
 * The Atom response for a list of publications in one locale: the whole site's (`project` absent)
 * or one project's. Used by the feed endpoints under src/pages.
 */
export function feedResponse(options: {
  ctx: PageContext;
  listed: readonly Listed<PublicationEntry>[];
  projects: readonly ProjectEntry[];
  project?: ProjectEntry | undefined;
  feedPath: string;
  pagePath: string;
}): Response {
  const { ctx, listed, projects, project, feedPath, pagePath } = options;
  const { t, urls, locale } = ctx;
  const { absolute } = urls;
  const siteName = ctx.text(ctx.site.name);
  const entries = feedEntries(
    listed.map(({ publication: p }) => ({ lang: p.lang, slug: p.slug, ...p.data })),
    {
      publicationUrl: (lang, slug) => absolute(urls.publication(lang as Locale, slug)),
      typeLabel: (type) => t(`publication.typeOne.${type}` as MessageKey),
      projectTitle: (id) => {
        const found = projects.find((candidate) => candidate.id === id);
        return found ? ctx.text(found.data.shortTitle ?? found.data.title) : undefined;
      },
    },
  );
  const title = project
    ? t('feed.projectTitle', { site: siteName, project: ctx.text(project.data.shortTitle ?? project.data.title) })
    : t('feed.title', { site: siteName });
  const xml = atomFeed({
    url: absolute(feedPath),
    pageUrl: absolute(pagePath),
    lang: locale,
    title,
    subtitle: project ? ctx.text(project.data.summary) : ctx.text(ctx.site.description),
    author: siteName,
    rights: ctx.text(ctx.site.licence.title),
    entries,
    emptyDate: project?.data.period.start ?? ctx.site.accessibility.reviewed,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
