import type { APIRoute, GetStaticPaths } from 'astro';
import { chartExports } from '../../charts/site-exports';
import { getProjects, getSite } from '../../site/data';
import { siteUrls, vitrinaConfig } from '../../config/runtime';

/**
 * Chart exports for journalists: /charts/<dataset>--<view>.<locale>.svg (see docs/charts.md); the
 * reader's browser makes the PNG from it (components/charts/ChartPng.astro). The route names its
 * extension, so that Astro knows them for files: `astro dev` then serves them without the trailing
 * slash that pages need.
 */
export const getStaticPaths = (async () => {
  const site = await getSite();
  const projects = (await getProjects()).map((entry) => ({ id: entry.id, title: entry.data.shortTitle ?? entry.data.title, indicators: entry.data.indicators }));
  const exports = chartExports({ urls: siteUrls(), defaultLocale: site.defaultLocale, locales: site.locales }, projects, vitrinaConfig);
  return exports.map((item) => ({ params: { name: item.file.slice(0, -'.svg'.length) }, props: { render: item.render } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => new Response(await (props.render as () => Promise<string>)(), { headers: { 'Content-Type': 'image/svg+xml' } });
