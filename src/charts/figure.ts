import { translator } from '../i18n/catalogue';
import type { Locale } from '../i18n/locales';
import type { SiteLocales } from '../i18n/localized';
import type { Urls } from '../site/urls';
import type { FigureKind } from '../schemas/chart';
import type { ChartModel, ChartTable } from './model';
import { chartText, type ChartText } from './data';
import { layoutChart, type LayoutOptions } from './layout';
import type { ResolvedChart } from './source';
import { chartSvg, type SvgNode } from './svg';
import { iframeCode } from './embed';
import { chartEmbedHeight } from './embed-size';

/** Drawing widths: the wide chart fills the reading column; the narrow one serves phones and 400% zoom. */
export const WIDE = 680;
export const NARROW_WIDTH = 340;

/** A link in a chart's "data and downloads" disclosure. */
export interface FigureLink {
  label: string;
  href: string;
  /** Marks downloads, so the component can add `download`. */
  download?: boolean;
  /**
   * On the link to a chart's SVG export: the reader's browser can make a PNG of it
   * (components/charts/ChartPng.astro); the site has no PNG files of charts.
   */
  png?: boolean;
}

/** Everything the chart component renders, resolved and formatted; the component only writes markup. */
export interface Figure {
  ids: { figure: string; title: string; summary: string };
  /** What is drawn, for `<figure data-chart-type>`: bar, line, …, tile-grid, choropleth, dumbbell. */
  kind: FigureKind;
  title: string;
  takeaway?: string;
  summary: string;
  note?: string;
  /** The source line's words: "Source: <dataset>"; the licence follows it on the same line. */
  source?: string;
  licence?: { title: string; url: string };
  wide: SvgNode;
  narrow: SvgNode;
  /** The narrow drawing is wider than the narrow size (a wide heat map): its box scrolls. */
  scrolls: boolean;
  table: ChartTable & { caption: string };
  links: FigureLink[];
  /** A named chart's embed page and the iframe code that frames it (docs/embedding.md). */
  embed?: FigureEmbed;
}

/** Where a figure's embed page is and how another site frames it. */
export interface FigureEmbed {
  /** The embed page's absolute address. */
  src: string;
  /** Its height at EMBED_WIDTH, written in the iframe code. */
  height: number;
  /** The `<iframe>` element to copy. */
  code: string;
}

/** The site a figure is shown on: its URL builder (for the links under the chart) and its languages. */
export interface FigureSite extends SiteLocales {
  urls: Pick<Urls, 'dataset' | 'download' | 'publication' | 'chartFile' | 'embed' | 'absolute'>;
}

/**
 * What the chart's source line names: the spec's own source, else the dataset's title. The dataset's
 * page, one link away in the chart's disclosure, lists who collected the data; under every chart
 * that list was two or three lines that pushed the next paragraph away.
 */
export function chartSource(chart: ResolvedChart, localize: ChartText): string | undefined {
  return localize(chart.spec.source) ?? (chart.dataset ? (localize(chart.dataset.title) ?? chart.dataset.id) : undefined);
}

/** The source line as plain text, "Source: <dataset> · CC BY 4.0", for exports that cannot link. */
export function sourceLine(chart: ResolvedChart, locale: Locale, site: SiteLocales): string | undefined {
  const source = chartSource(chart, chartText(locale, site));
  const parts = [source && translator(locale)('chart.source', { source }), chart.dataset?.licence.title].filter(Boolean);
  return parts.length ? parts.join(' · ') : undefined;
}

/** Lays a resolved chart out at both widths and gathers its words and links. */
export function buildFigure(chart: ResolvedChart, locale: Locale, site: FigureSite, options: { rowUnit?: LayoutOptions['rowUnit']; suffix?: string } = {}): Figure {
  const t = translator(locale);
  const { urls } = site;
  const localize = chartText(locale, site);
  const layout = (width: number): ChartModel =>
    layoutChart(chart.rows, chart.spec, locale, { width }, { fields: chart.fields, identity: `${chart.identity}${options.suffix ?? ''}`, rowUnit: options.rowUnit, geography: chart.geography, site });
  const wide = layout(WIDE);
  const narrow = layout(NARROW_WIDTH);
  const base = wide.id;
  const ids = { figure: base, title: `${base}-title`, summary: `${base}-summary` };
  const links: FigureLink[] = [];
  const dataset = chart.dataset;
  // Downloads first, then the pages that explain the data.
  if (dataset) links.push({ label: t('chart.downloadCsv'), href: urls.download(dataset.id, `${dataset.resource}.csv`), download: true });
  if (chart.exportName) {
    links.push({ label: t('chart.downloadSvg'), href: urls.chartFile(`${chart.exportName}.${locale}.svg`), download: true, png: true });
  }
  if (dataset) links.push({ label: t('chart.datasetPage'), href: urls.dataset(locale, dataset.id) });
  if (dataset?.method) {
    // The method is a publication given as `<lang>/<slug>`.
    const [lang, slug] = dataset.method.split('/') as [Locale, string];
    links.push({ label: t('chart.method'), href: urls.publication(lang, slug) });
  }
  const source = chartSource(chart, localize);
  const embed = chart.exportName ? figureEmbed(chart.exportName, wide, chart, locale, site) : undefined;
  return {
    ids,
    kind: wide.kind,
    title: wide.title,
    takeaway: wide.takeaway,
    summary: wide.summary,
    note: localize(chart.spec.note),
    source,
    licence: dataset ? { title: dataset.licence.title, url: dataset.licence.url } : undefined,
    wide: chartSvg(wide, { labelledBy: ids.title, describedBy: ids.summary }),
    narrow: chartSvg(narrow, { labelledBy: ids.title, describedBy: ids.summary, naturalSize: narrow.width > NARROW_WIDTH }),
    scrolls: narrow.width > NARROW_WIDTH,
    table: { ...wide.table, caption: t('chart.tableCaption', { title: wide.title }) },
    links,
    embed,
  };
}

/** A named chart's embed, from its wide layout: the address of its embed page, its height, its code. */
function figureEmbed(name: string, wide: ChartModel, chart: ResolvedChart, locale: Locale, site: FigureSite): FigureEmbed {
  const localize = chartText(locale, site);
  const src = site.urls.absolute(site.urls.embed(locale, name));
  const height = chartEmbedHeight({ title: wide.title, takeaway: wide.takeaway, summary: wide.summary, note: localize(chart.spec.note), source: chartSource(chart, localize), drawing: wide });
  return { src, height, code: iframeCode({ src, title: translator(locale)('chart.embed.frameTitle', { title: wide.title }), height }) };
}

/**
 * A named chart's title and embed, without drawing it: the wide layout alone, for its oEmbed answer
 * and the code on a page that shows it in another form (buildFigure gives the same with the drawings).
 */
export function chartEmbed(chart: ResolvedChart & { exportName: string }, locale: Locale, site: FigureSite, options: { rowUnit?: LayoutOptions['rowUnit'] } = {}): { title: string; embed: FigureEmbed } {
  const wide = layoutChart(chart.rows, chart.spec, locale, { width: WIDE }, { fields: chart.fields, identity: chart.identity, rowUnit: options.rowUnit, geography: chart.geography, site });
  return { title: wide.title, embed: figureEmbed(chart.exportName, wide, chart, locale, site) };
}
