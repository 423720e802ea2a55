import type { APIRoute } from 'astro';
import { feedResponse } from '../../feeds/endpoint';
import { localeOf, localePaths, pageContext } from '../../site/context';
import { getListed, getProjects } from '../../site/data';

/** The Atom feed of all publications as listed in a locale: /feed.xml, /en/feed.xml… */
export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ props }) => {
  const ctx = await pageContext(localeOf(props));
  const { urls, locale } = ctx;
  return feedResponse({
    ctx,
    listed: await getListed(locale),
    projects: await getProjects(),
    feedPath: urls.feed(locale),
    pagePath: urls.publications(locale),
  });
};
