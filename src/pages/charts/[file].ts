import type { APIRoute, GetStaticPaths } from 'astro';
import { chartExports } from '../../charts/site';
import { getProjects, getSite } from '../../site/data';
import { createUrls } from '../../site/urls';

/** Chart exports for journalists: /charts/<dataset>--<view>.<locale>.svg|png (see docs/charts.md). */
export const getStaticPaths = (async () => {
  const site = await getSite();
  const urls = createUrls({ base: import.meta.env.BASE_URL, defaultLocale: site.defaultLocale });
  const projects = (await getProjects()).map((entry) => ({ id: entry.id, title: entry.data.shortTitle ?? entry.data.title, indicators: entry.data.indicators }));
  const location = { url: site.url, base: import.meta.env.BASE_URL, defaultLocale: site.defaultLocale, locales: site.locales };
  return chartExports(location, projects, urls.project).map((item) => ({ params: { file: item.file }, props: { render: item.render } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, params }) => {
  const body = await (props.render as () => Promise<string | Uint8Array>)();
  const type = String(params.file).endsWith('.png') ? 'image/png' : 'image/svg+xml';
  return new Response(typeof body === 'string' ? body : new Blob([body as Uint8Array<ArrayBuffer>]), { headers: { 'Content-Type': type } });
};
