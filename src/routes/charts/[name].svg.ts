import type { APIRoute, GetStaticPaths } from 'astro';
import { siteChartExports } from '../../site/embeds';

/**
 * Chart exports for journalists: /charts/<dataset>--<view>.<locale>.svg (see docs/charts.md); the
 * reader's browser makes the PNG from it (components/charts/ChartPng.astro). The route names its
 * extension, so that Astro knows them for files: `astro dev` then serves them without the trailing
 * slash that pages need.
 */
export const getStaticPaths = (async () => {
  const exports = await siteChartExports();
  return exports.map((item) => ({ params: { name: item.file.slice(0, -'.svg'.length) }, props: { render: item.render } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => new Response(await (props.render as () => Promise<string>)(), { headers: { 'Content-Type': 'image/svg+xml' } });
