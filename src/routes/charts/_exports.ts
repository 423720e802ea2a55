import type { APIRoute } from 'astro';
import { chartExports, type ChartExport } from '../../charts/site-exports';
import { getProjects, getSite, memo } from '../../site/data';
import { siteUrls, vitrinaConfig } from '../../config/runtime';

/**
 * Chart exports for journalists: /charts/<dataset>--<view>.<locale>.svg|png (see docs/charts.md).
 * One route per extension (`[name].svg.ts`, `[name].png.ts`), so that Astro knows them for files:
 * `astro dev` then serves them without the trailing slash that pages need.
 */

/** Every chart export of the site, for the locales and projects of this build. */
async function allExports(): Promise<ChartExport[]> {
  const site = await getSite();
  const projects = (await getProjects()).map((entry) => ({ id: entry.id, title: entry.data.shortTitle ?? entry.data.title, indicators: entry.data.indicators }));
  return chartExports({ urls: siteUrls(), defaultLocale: site.defaultLocale, locales: site.locales }, projects, vitrinaConfig);
}

// One list for both routes in a build, so that an export's .svg and .png share one drawing (see
// `both` in src/charts/site.ts).
const exportsOnce = () => memo('chart-exports', allExports);

export function exportPaths(extension: 'svg' | 'png') {
  return async () => {
    const suffix = `.${extension}`;
    return (await exportsOnce())
      .filter((item) => item.file.endsWith(suffix))
      .map((item) => ({ params: { name: item.file.slice(0, -suffix.length) }, props: { render: item.render } }));
  };
}

export function exportResponse(type: string): APIRoute {
  return async ({ props }) => {
    const body = await (props.render as () => Promise<string | Uint8Array>)();
    return new Response(typeof body === 'string' ? body : new Blob([body as Uint8Array<ArrayBuffer>]), { headers: { 'Content-Type': type } });
  };
}
