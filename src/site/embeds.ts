import { buildFigure, chartEmbed, type Figure } from '../charts/figure';
import { EMBED_WIDTH, iframeCode } from '../charts/embed';
import { scorecardEmbedHeight } from '../charts/embed-size';
import { chartExports, siteFigures, type FigureProject, type SiteFigure } from '../charts/site-exports';
import { datasetInfo } from '../charts/source';
import { siteUrls } from '../config/runtime';
import { monitoringScorecards, type MonitoringScorecard } from '../monitoring/figures';
import type { Monitoring } from '../monitoring/model';
import { indexMonitoring, overview, type Overview } from '../monitoring/scorecard';
import type { PageContext } from './context';
import { getDatasets, getMonitorings, getProjects, getSite, memo } from './data';

/**
 * The site's embeddable figures (docs/embedding.md): every named chart (a dataset's view, a
 * monitoring's map or comparison, a project's indicators) and every round's scorecard, each with an
 * embed page at /embed/<lang>/<name>/ and an oEmbed answer beside it.
 */

/** One embeddable figure: a chart, or a round's scorecard of a monitoring. */
export type EmbedEntry = { kind: 'chart'; name: string; figure: SiteFigure } | { kind: 'scorecard'; name: string; monitoring: Monitoring; scorecard: MonitoringScorecard };

/** The projects as their indicators' charts need them. */
async function figureProjects(): Promise<FigureProject[]> {
  return (await getProjects()).map((entry) => ({ id: entry.id, title: entry.data.shortTitle ?? entry.data.title, indicators: entry.data.indicators }));
}

/** Every named chart of the site, resolved once per build for its exports and its embed pages. */
function namedFigures(): Promise<SiteFigure[]> {
  return memo('figures', async () => {
    const site = await getSite();
    const content = { datasets: await getDatasets(), monitorings: await getMonitorings(), projects: await figureProjects() };
    return siteFigures({ urls: siteUrls(), defaultLocale: site.defaultLocale, locales: site.locales }, content);
  });
}

/** The SVG exports of every named chart (src/routes/charts). */
export async function siteChartExports() {
  const site = await getSite();
  return chartExports({ urls: siteUrls(), defaultLocale: site.defaultLocale, locales: site.locales }, await namedFigures());
}

/** Every embeddable figure of the site, once per build. */
export function embedEntries(): Promise<EmbedEntry[]> {
  return memo('embeds', async () => {
    const links = siteUrls().monitoring;
    const charts: EmbedEntry[] = (await namedFigures()).map((figure) => ({ kind: 'chart', name: figure.name, figure }));
    const scorecards: EmbedEntry[] = (await getMonitorings()).flatMap((monitoring) =>
      monitoringScorecards(monitoring, links).map((scorecard) => ({ kind: 'scorecard' as const, name: scorecard.name, monitoring, scorecard })),
    );
    return [...charts, ...scorecards];
  });
}

/** `getStaticPaths` entries of the embed routes: every figure in every language of the site. */
export async function embedPaths() {
  const site = await getSite();
  const entries = await embedEntries();
  return site.locales.flatMap((locale) => entries.map((entry) => ({ params: { lang: locale, name: entry.name }, props: { locale, entry } })));
}

/** What an embed page shows and how it is framed, in one language. */
export type EmbedView = {
  /** The figure's title, for the page's title and the oEmbed answer. */
  title: string;
  /** The page the figure is on, which the embed links back to. */
  page: string;
  /** The embed page's absolute address, its oEmbed answer's, the iframe code and its height. */
  src: string;
  oembed: string;
  code: string;
  height: number;
} & ({ kind: 'chart'; figure: Figure } | { kind: 'scorecard'; monitoring: Monitoring; overview: Overview; source: string; licence: { title: string; url: string } });

/** An embeddable figure in one language, resolved for its page and its oEmbed answer. */
export function embedView(entry: EmbedEntry, ctx: PageContext): EmbedView {
  const { urls, locale } = ctx;
  const src = urls.absolute(urls.embed(locale, entry.name));
  const oembed = urls.absolute(urls.oembed(locale, entry.name));
  const page = entry.kind === 'chart' ? entry.figure.page(locale) : entry.scorecard.page(locale);
  if (entry.kind === 'chart') {
    const { chart, rowUnit } = entry.figure.chart(locale);
    const figure = buildFigure(chart, locale, { urls, defaultLocale: ctx.site.defaultLocale, locales: ctx.site.locales }, { rowUnit });
    const embed = figure.embed!;
    return { kind: 'chart', title: figure.title, page, src, oembed, code: embed.code, height: embed.height, figure };
  }
  const { monitoring, scorecard } = entry;
  const view = overview(indexMonitoring(monitoring), scorecard.round.id);
  const title = ctx.t('monitoring.embed.title', { monitoring: ctx.text(monitoring.descriptor.title), round: ctx.text(scorecard.round.name) });
  const height = scorecardEmbedHeight({ title, rows: view.rows.length });
  const dataset = datasetInfo(monitoring, 'observations');
  return {
    kind: 'scorecard',
    title,
    page,
    src,
    oembed,
    height,
    code: iframeCode({ src, title: ctx.t('monitoring.embed.frameTitle', { title }), height }),
    monitoring,
    overview: view,
    source: ctx.text(dataset.title),
    licence: dataset.licence,
  };
}

/**
 * The oEmbed answer of a figure (https://oembed.com, type `rich`): static, so it has one size. A
 * chart is laid out at its wide size only, not drawn: its title and height are all the answer needs.
 */
export function oembedAnswer(entry: EmbedEntry, ctx: PageContext) {
  const { title, code, height } = entry.kind === 'chart' ? chartAnswer(entry, ctx) : embedView(entry, ctx);
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: ctx.text(ctx.site.name),
    provider_url: ctx.urls.absolute(ctx.urls.home(ctx.locale)),
    html: code,
    width: EMBED_WIDTH,
    height,
  };
}

function chartAnswer(entry: Extract<EmbedEntry, { kind: 'chart' }>, ctx: PageContext) {
  const { chart, rowUnit } = entry.figure.chart(ctx.locale);
  const { title, embed } = chartEmbed({ ...chart, exportName: entry.name }, ctx.locale, { urls: ctx.urls, defaultLocale: ctx.site.defaultLocale, locales: ctx.site.locales }, { rowUnit });
  return { title, code: embed.code, height: embed.height };
}

/** The iframe code of a named figure in the page's language, for its "Embed" disclosure. */
export async function embedCode(name: string, ctx: PageContext): Promise<string | undefined> {
  const entry = (await embedEntries()).find((each) => each.name === name);
  if (!entry) return undefined;
  return entry.kind === 'chart' ? chartAnswer(entry, ctx).code : embedView(entry, ctx).code;
}
