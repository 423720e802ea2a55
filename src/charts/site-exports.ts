import type { Locale } from '../i18n/locales';
import type { SiteLocales } from '../i18n/localized';
import type { Localized } from '../schemas/common';
import type { ProjectData } from '../schemas/project';
import type { Urls } from '../site/urls';
import type { ChartRow } from './data';
import { exportSvg } from './export';
import { indicatorChart, indicatorExportName } from './indicators';
import { resolveView, type ChartDataset, type ResolvedChart } from './source';
import { monitoringFigures } from '../monitoring/figures';
import type { Monitoring } from '../monitoring/model';

/**
 * A chart of the site with a stable name: a view of a dataset, a monitoring's chart, a project's
 * indicators. Each has its SVG exports under /charts/ and its embed pages under /embed/.
 */
export interface SiteFigure {
  /** The name of its files: `<dataset>--<view>`, `<monitoring>--map-<round>`, `project-<id>--indicators`. */
  name: string;
  /** The page it is shown on. */
  page: (locale: Locale) => string;
  /** The chart in a locale (a project's indicators are made per locale). */
  chart: (locale: Locale) => { chart: ResolvedChart; rowUnit?: (row: ChartRow) => string | undefined };
}

/** The site's languages and the addresses its figures link to. */
export type FigureSiteUrls = SiteLocales & { urls: Pick<Urls, 'absolute' | 'dataset' | 'project' | 'monitoring'> };

/** A project as its indicators' chart needs it. */
export type FigureProject = { id: string; title?: Localized; indicators: ProjectData['indicators'] };

/**
 * Every named chart of the site, in a stable order: each view of each dataset, each monitoring's
 * charts, each project's indicators. Charts written inline in documents have no name (they have no
 * stable dataset view), so no export and no embed page.
 */
export function siteFigures(site: FigureSiteUrls, content: { datasets: readonly ChartDataset[]; monitorings: readonly Monitoring[]; projects: readonly FigureProject[] }): SiteFigure[] {
  const { urls } = site;
  const figures: SiteFigure[] = [];
  const byId = new Map(content.datasets.map((dataset) => [dataset.id, dataset]));
  for (const dataset of content.datasets) {
    for (const view of dataset.descriptor.views ?? []) {
      const chart = resolveView(dataset, view.id, { file: `data/${dataset.id}/datapackage.yaml`, field: `views.${view.id}` }, (id) => byId.get(id));
      figures.push({ name: chart.exportName!, page: (locale) => urls.dataset(locale, dataset.id), chart: () => ({ chart }) });
    }
  }
  for (const monitoring of content.monitorings) {
    for (const { chart, page } of monitoringFigures(monitoring, site, urls.monitoring)) figures.push({ name: chart.exportName!, page, chart: () => ({ chart }) });
  }
  for (const project of content.projects) {
    if (!project.indicators.length) continue;
    figures.push({
      name: indicatorExportName(project.id),
      page: (locale) => urls.project(locale, project.id),
      chart: (locale) => indicatorChart(project.id, project.indicators, locale, site, project.title),
    });
  }
  return figures;
}

/** One export file: its name under /charts/ (`urls.chartFile`) and how to make its bytes. */
export interface ChartExport {
  file: string;
  render: () => Promise<string>;
}

/**
 * Every chart export of the site: each named figure (`siteFigures`) per locale, as SVG (a reader's browser makes the
 * PNG from it: components/charts/ChartPng.astro), naming the page the chart is on.
 */
export function chartExports(site: FigureSiteUrls, figures: readonly SiteFigure[]): ChartExport[] {
  return figures.flatMap((figure) =>
    site.locales.map((locale) => ({
      file: `${figure.name}.${locale}.svg`,
      render: async () => {
        const { chart, rowUnit } = figure.chart(locale);
        return exportSvg(chart, locale, site, { address: site.urls.absolute(figure.page(locale)), rowUnit });
      },
    })),
  );
}
