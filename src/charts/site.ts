import { datasetIds } from '../datasets/load';
import { datasetPagePath, downloadPath, type SiteLocation } from '../datasets/links';
import { getDataset, getDatasets } from '../datasets/registry';
import type { Locale } from '../i18n/locales';
import type { Localized } from '../schemas/common';
import type { ProjectData } from '../schemas/project';
import type { SitePaths } from '../site/paths';
import type { ChartRow } from './data';
import { exportPng, exportSvg } from './export';
import type { FigureUrls } from './figure';
import { indicatorChart } from './indicators';
import { resolveView, type ChartDataset, type ResolvedChart } from './source';

/** Where chart export files live under the site's base path. */
export const CHARTS_DIR = 'charts';

/** The URL builders a figure needs, for one locale of a site. */
export function figureUrls(site: SiteLocation, locale: Locale, publication: (locale: Locale, slug: string) => string): FigureUrls {
  const base = site.base.endsWith('/') ? site.base : `${site.base}/`;
  return {
    datasetPage: (id) => datasetPagePath(site, id, locale),
    download: (id, file) => downloadPath(site, id, file),
    publication: (ref) => {
      const [lang, slug] = ref.split('/') as [Locale, string];
      return publication(lang, slug);
    },
    chartFile: (file) => `${base}${CHARTS_DIR}/${file}`,
  };
}

/** A dataset by id, or undefined when there is no such folder (a broken one still stops the build). */
export function findDataset(id: string, paths: SitePaths): ChartDataset | undefined {
  return datasetIds(paths).includes(id) ? getDataset(id, paths) : undefined;
}

/** One export file: its name under /charts/ and how to make its bytes. */
export interface ChartExport {
  file: string;
  render: () => Promise<string | Uint8Array>;
}

function both(name: string, locale: Locale, chart: ResolvedChart, address: string, cacheDir: string, rowUnit?: (row: ChartRow) => string | undefined): ChartExport[] {
  // The PNG is drawn from the same SVG text: lay the chart out and outline its text once, and let
  // it go once both files have it (a site holds hundreds of exports).
  let drawn: string | undefined;
  let uses = 0;
  const svg = () => {
    const text = (drawn ??= exportSvg(chart, locale, { address, rowUnit }));
    if (++uses === 2) drawn = undefined;
    return text;
  };
  return [
    { file: `${name}.${locale}.svg`, render: async () => svg() },
    { file: `${name}.${locale}.png`, render: () => exportPng(svg(), cacheDir) },
  ];
}

/**
 * Every chart export of the site: each view of each dataset and each project's indicators, per locale,
 * as SVG and PNG. Charts written inline in documents have no export (they have no stable dataset view).
 */
export function chartExports(
  site: SiteLocation & { locales: readonly Locale[] },
  projects: readonly { id: string; title?: Localized; indicators: ProjectData['indicators'] }[],
  projectUrl: (locale: Locale, id: string) => string,
  build: { paths: SitePaths; cacheDir: string },
): ChartExport[] {
  const files: ChartExport[] = [];
  for (const dataset of getDatasets(build.paths)) {
    for (const view of dataset.descriptor.views ?? []) {
      const chart = resolveView(dataset, view.id, { file: `data/${dataset.id}/datapackage.yaml`, field: `views.${view.id}` });
      for (const locale of site.locales) {
        files.push(...both(chart.exportName!, locale, chart, new URL(datasetPagePath(site, dataset.id, locale), site.url).href, build.cacheDir));
      }
    }
  }
  for (const project of projects) {
    if (!project.indicators.length) continue;
    for (const locale of site.locales) {
      const { chart, rowUnit } = indicatorChart(project.id, project.indicators, locale, project.title);
      files.push(...both(chart.exportName!, locale, chart, new URL(projectUrl(locale, project.id), site.url).href, build.cacheDir, rowUnit));
    }
  }
  return files;
}
