import { datasetIds } from '../datasets/load';
import { getDataset, getDatasets } from '../datasets/registry';
import type { Locale } from '../i18n/locales';
import type { SiteLocales } from '../i18n/localized';
import type { Localized } from '../schemas/common';
import type { ProjectData } from '../schemas/project';
import type { SitePaths } from '../site/paths';
import type { Urls } from '../site/urls';
import type { ChartRow } from './data';
import { exportSvg } from './export';
import { indicatorChart } from './indicators';
import { resolveView, type ChartDataset, type ResolvedChart } from './source';
import { monitoringCharts } from '../monitoring/figures';
import { getMonitorings } from '../monitoring/registry';

/** A dataset by id, or undefined when there is no such folder (a broken one still stops the build). */
export function findDataset(id: string, paths: SitePaths): ChartDataset | undefined {
  return datasetIds(paths).includes(id) ? getDataset(id, paths) : undefined;
}

/** One export file: its name under /charts/ (`urls.chartFile`) and how to make its bytes. */
export interface ChartExport {
  file: string;
  render: () => Promise<string>;
}

function exportOf(name: string, locale: Locale, site: SiteLocales, chart: ResolvedChart, address: string, rowUnit?: (row: ChartRow) => string | undefined): ChartExport {
  return { file: `${name}.${locale}.svg`, render: async () => exportSvg(chart, locale, site, { address, rowUnit }) };
}

/**
 * Every chart export of the site: each view of each dataset and each project's indicators, per locale,
 * as SVG (a reader's browser makes the PNG from it: components/charts/ChartPng.astro). Charts written inline in documents have no export (they have no stable dataset view).
 */
export function chartExports(
  site: SiteLocales & { urls: Pick<Urls, 'absolute' | 'dataset' | 'project' | 'monitoring'> },
  projects: readonly { id: string; title?: Localized; indicators: ProjectData['indicators'] }[],
  build: { paths: SitePaths },
): ChartExport[] {
  const { urls } = site;
  const files: ChartExport[] = [];
  for (const dataset of getDatasets(build.paths)) {
    for (const view of dataset.descriptor.views ?? []) {
      const chart = resolveView(dataset, view.id, { file: `data/${dataset.id}/datapackage.yaml`, field: `views.${view.id}` }, (id) => findDataset(id, build.paths));
      for (const locale of site.locales) {
        files.push(exportOf(chart.exportName!, locale, site, chart, urls.absolute(urls.dataset(locale, dataset.id))));
      }
    }
  }
  for (const monitoring of getMonitorings(build.paths)) {
    for (const chart of monitoringCharts(monitoring, site)) {
      for (const locale of site.locales) files.push(exportOf(chart.exportName!, locale, site, chart, urls.absolute(urls.monitoring.monitoring(locale, monitoring.id))));
    }
  }
  for (const project of projects) {
    if (!project.indicators.length) continue;
    for (const locale of site.locales) {
      const { chart, rowUnit } = indicatorChart(project.id, project.indicators, locale, site, project.title);
      files.push(exportOf(chart.exportName!, locale, site, chart, urls.absolute(urls.project(locale, project.id)), rowUnit));
    }
  }
  return files;
}
