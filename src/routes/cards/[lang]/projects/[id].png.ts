import type { APIRoute } from 'astro';
import type { Locale } from '../../../../i18n/locales';
import { vitrinaConfig } from '../../../../config/runtime';
import { renderCard } from '../../../../share/card';
import { pageContext } from '../../../../site/context';
import { getProjects, getSite, type ProjectEntry } from '../../../../site/data';

/** The share card of each project in each locale: /cards/<lang>/projects/<id>.png. */
export async function getStaticPaths() {
  const site = await getSite();
  const projects = await getProjects();
  return site.locales.flatMap((lang) => projects.map((project) => ({ params: { lang, id: project.id }, props: { lang, project } })));
}

export const GET: APIRoute = async ({ props }) => {
  const { lang, project } = props as { lang: Locale; project: ProjectEntry };
  const ctx = await pageContext(lang);
  const { period } = project.data;
  const png = await renderCard({
    title: ctx.text(project.data.title),
    kind: ctx.t('search.type.project'),
    date: period.end
      ? ctx.t('project.range', { start: ctx.f.date(period.start), end: ctx.f.date(period.end) })
      : ctx.t('project.openEnded', { start: ctx.f.date(period.start) }),
    siteName: ctx.text(ctx.site.name),
  }, vitrinaConfig.cacheDir);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
