import { CATALOGUES } from '../i18n/catalogue';
import type { Locale } from '../i18n/locales';
import { SUPPORTED_LOCALES } from '../i18n/locales';
import type { Localized } from '../schemas/common';
import { chartSpecSchema } from '../schemas/chart';
import type { ProjectData } from '../schemas/project';
import { localize, type ChartRow } from './data';
import type { ResolvedChart } from './source';

/** A catalogue text in every locale, as a localised value for a chart title. */
function catalogueText(key: 'project.indicator.progress'): Localized {
  return Object.fromEntries(SUPPORTED_LOCALES.map((locale) => [locale, CATALOGUES[locale][key] as string]));
}

/**
 * The indicators of a project as a progress chart: one row per indicator with baseline, target and
 * the latest achieved value (a gap when not measured yet). `rowUnit` gives each row its own unit.
 */
export function indicatorChart(projectId: string, indicators: ProjectData['indicators'], locale: Locale): { chart: ResolvedChart; rowUnit: (row: ChartRow) => string | undefined } {
  const units = new Map<string, string | undefined>();
  const rows: ChartRow[] = indicators.map((indicator) => {
    units.set(indicator.id, localize(indicator.unit, locale));
    return {
      id: indicator.id,
      indicator: localize(indicator.title, locale) ?? indicator.id,
      baseline: indicator.baseline,
      target: indicator.target,
      achieved: indicator.achieved?.value ?? null,
    };
  });
  const spec = chartSpecSchema.parse({ type: 'progress', title: catalogueText('project.indicator.progress'), x: 'indicator', value: 'achieved', target: 'target', baseline: 'baseline' });
  return {
    chart: { spec, rows, fields: [], identity: `project/${projectId}/indicators`, exportName: `project-${projectId}--indicators` },
    rowUnit: (row) => units.get(String(row.id)),
  };
}
