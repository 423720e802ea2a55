import type { APIRoute } from 'astro';
import { feedResponse } from '../../../../feeds/endpoint';
import type { Locale } from '../../../../i18n/locales';
import { pageContext } from '../../../../site/context';
import { getListed, getProjects, type ProjectEntry } from '../../../../site/data';
import { projectPaths } from '../../../../site/routes';

/** One project's Atom feed per locale: /projects/<id>/feed.xml, /en/projects/<id>/feed.xml… */
export const getStaticPaths = projectPaths;

export const GET: APIRoute = async ({ props }) => {
  const { locale, project } = props as { locale: Locale; project: ProjectEntry };
  const ctx = await pageContext(locale);
  const { urls } = ctx;
  const listed = (await getListed(locale)).filter(({ publication }) => publication.data.project === project.id);
  return feedResponse({
    ctx,
    listed,
    projects: await getProjects(),
    project,
    feedPath: urls.projectFeed(locale, project.id),
    pagePath: urls.project(locale, project.id),
  });
};
