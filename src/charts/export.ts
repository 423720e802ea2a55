import type { Locale } from '../i18n/locales';
import type { SiteLocales } from '../i18n/localized';
import { sourceLine } from './figure';
import { LINE, SMALL, text, wrap } from './kit';
import { layoutChart, type LayoutOptions } from './layout';
import type { TextItem } from './model';
import type { ResolvedChart } from './source';
import { chartSvg, serializeSvg } from './svg';

/** Width of the drawing inside an exported image, and the margin around it. */
export const EXPORT_WIDTH = 760;
const PADDING = 24;

/**
 * A chart as a stand-alone SVG file for journalists: title, takeaway, the chart, then a line of
 * source and licence and the address of the data, all drawn as outlines of the shipped font, so the
 * file looks the same everywhere, whatever fonts the machine that opens it has. The reader's browser
 * makes the PNG from it (src/components/charts/ChartPng.astro).
 */
export function exportSvg(chart: ResolvedChart, locale: Locale, site: SiteLocales, options: { address?: string; rowUnit?: LayoutOptions['rowUnit'] } = {}): string {
  const model = layoutChart(chart.rows, chart.spec, locale, { width: EXPORT_WIDTH }, { fields: chart.fields, identity: `export/${chart.identity}`, rowUnit: options.rowUnit, geography: chart.geography, site });
  const header: TextItem[] = [];
  let y = PADDING + 20;
  const titleLines = wrap(model.title, model.width, 22, 'bold');
  header.push(text(PADDING, y, titleLines, { size: 22, weight: 'bold', lineHeight: 28 }));
  y += titleLines.length * 28;
  if (model.takeaway) {
    const lines = wrap(model.takeaway, model.width, 16);
    header.push(text(PADDING, y + 4, lines, { size: 16, tone: 'muted', lineHeight: 22 }));
    y += lines.length * 22 + 4;
  }
  const top = y + 14;
  const footer: TextItem[] = [];
  let line = 24;
  const notes = [sourceLine(chart, locale, site), options.address].filter((item): item is string => Boolean(item));
  for (const note of notes) {
    const lines = wrap(note, model.width, SMALL);
    footer.push(text(PADDING, line, lines, { size: SMALL, tone: 'muted' }));
    line += lines.length * LINE + 2;
  }
  const bottom = line + PADDING - 10;
  return `${serializeSvg(chartSvg(model, { outlines: true, frame: { header, footer, top, bottom, padding: PADDING } }), { plain: true })}\n`;
}

