import { CATALOGUES } from '../i18n/catalogue';
import type { Locale } from '../i18n/locales';
import { SUPPORTED_LOCALES } from '../i18n/locales';
import type { SiteLocales } from '../i18n/localized';
import type { Localized } from '../schemas/common';
import { chartSpecSchema } from '../schemas/chart';
import type { ProjectData } from '../schemas/project';
import { chartText, type ChartRow } from './data';
import type { ResolvedChart } from './source';

/** "<project> – Progress" in every locale, or just "Progress" without a project title. */
function chartTitle(project: Localized | undefined, site: SiteLocales): Localized {
  return Object.fromEntries(
    SUPPORTED_LOCALES.map((locale) => {
      const progress = CATALOGUES[locale]['project.indicator.progress'] as string;
      const name = chartText(locale, site)(project);
      return [locale, name ? `${name} – ${progress.toLocaleLowerCase(locale)}` : progress];
    }),
  );
}

/** The file name stem of the exports of a project's indicators (`urls.chartFile`). */
export function indicatorExportName(projectId: string): string {
  return `project-${projectId}--indicators`;
}

/**
 * The indicators of a project as a progress chart: one row per indicator with baseline, target and
 * the latest achieved value (a gap when not measured yet). `rowUnit` gives each row its own unit.
 */
export function indicatorChart(
  projectId: string,
  indicators: ProjectData['indicators'],
  locale: Locale,
  site: SiteLocales,
  projectTitle?: Localized,
): { chart: ResolvedChart; rowUnit: (row: ChartRow) => string | undefined } {
  const localize = chartText(locale, site);
  const units = new Map<string, string | undefined>();
  const rows: ChartRow[] = indicators.map((indicator) => {
    units.set(indicator.id, localize(indicator.unit));
    return {
      id: indicator.id,
      indicator: localize(indicator.title) ?? indicator.id,
      baseline: indicator.baseline,
      target: indicator.target,
      achieved: indicator.achieved?.value ?? null,
    };
  });
  const spec = chartSpecSchema.parse({ type: 'progress', title: chartTitle(projectTitle, site), x: 'indicator', value: 'achieved', target: 'target', baseline: 'baseline' });
  return {
    chart: { spec, rows, fields: [], identity: `project/${projectId}/indicators`, exportName: indicatorExportName(projectId) },
    rowUnit: (row) => units.get(String(row.id)),
  };
}
