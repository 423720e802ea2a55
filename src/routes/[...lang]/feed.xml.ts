import type { APIRoute } from 'astro';
import { feedResponse } from '../../feeds/endpoint';
import { localeOf, localePaths, pageContext } from '../../site/context';
import { getListed, getProjects } from '../../site/data';

/** The Atom feed of all publications as listed in a locale: /feed.xml, /en/feed.xml… */
export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ props, site }) => {
  const ctx = await pageContext(localeOf(props));
  const { urls, locale } = ctx;
  return feedResponse({
    ctx,
    site: site!,
    listed: await getListed(locale),
    projects: await getProjects(),
    feedPath: `${urls.home(locale)}feed.xml`,
    pagePath: urls.publications(locale),
  });
};
