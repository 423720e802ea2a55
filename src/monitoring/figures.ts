import { datasetInfo, type ResolvedChart } from '../charts/source';
import type { ChartField, ChartRow } from '../charts/data';
import { translator, type MessageKey, type Params as MessageParams } from '../i18n/catalogue';
import { pick, type SiteLocales } from '../i18n/localized';
import { chartSpecSchema } from '../schemas/chart';
import type { Localized } from '../schemas/common';
import type { Locale } from '../i18n/locales';
import type { Urls } from '../site/urls';
import { aggregate } from './compliance';
import { compareRounds, consecutivePairs, type Comparison } from './comparison';
import type { Monitoring, Round, Service, Territory } from './model';
import { indexMonitoring, latestRound, serviceTerritoryCell, territoryScorecard, type MonitoringIndex } from './scorecard';

/**
 * The monitoring pages' charts, made from a monitoring as resolved charts so that they are drawn,
 * described, tabled and exported like every other chart of the site: a map of compliance per
 * territory (of one service, or of all), and dumbbells of the score between two rounds.
 */

/** A catalogue message in each of the site's languages, its values picked per language. */
function inEveryLocale(site: SiteLocales, key: MessageKey, values: (locale: SiteLocales['locales'][number]) => MessageParams): Localized {
  return Object.fromEntries(site.locales.map((locale) => [locale, translator(locale)(key, values(locale))])) as Localized;
}

const text = (value: Localized, locale: SiteLocales['locales'][number], site: SiteLocales) => pick(value, locale, site).text;
const PERCENT: Localized = { bg: '%', en: '%', ru: '%' };
const percent = (score: number | undefined) => (score === undefined ? null : Math.round(score * 1000) / 10);

function scoreField(site: SiteLocales): ChartField {
  return { name: 'score', type: 'number', title: inEveryLocale(site, 'monitoring.score', () => ({})) };
}

const slug = (id: string) => id.toLowerCase();

/** The file name stem of a map's exports: `<monitoring>--map-<round>[-<service>]`. */
export function mapExportName(monitoring: Monitoring, round: Round, service?: Service): string {
  return `${monitoring.id}--map-${slug(round.id)}${service ? `-${service.slug}` : ''}`;
}

/**
 * Compliance per territory in a round, of one service or of all (over every criterion of every
 * service), as a map; undefined when the monitoring has neither boundaries nor tiles.
 */
export function complianceMap(index: MonitoringIndex, round: Round, site: SiteLocales, service?: Service): ResolvedChart | undefined {
  const { monitoring } = index;
  if (!monitoring.geography) return undefined;
  const rows: ChartRow[] = monitoring.territories
    .filter((territory) => index.covers(round.id, territory.id))
    .map((territory) => {
      const result = service
        ? serviceTerritoryCell(index, round.id, service.id, territory.id).aggregate
        : aggregate(monitoring.services.flatMap((each) => index.criteriaOf(each.id).map((criterion) => index.observation(round.id, each.id, criterion.id, territory.id)?.status ?? 'no-data')));
      return { territory: territory.id, score: percent(result.score), status: result.status };
    });
  const title = service
    ? inEveryLocale(site, 'monitoring.map.serviceTitle', (locale) => ({ service: text(service.name, locale, site), round: text(round.name, locale, site) }))
    : inEveryLocale(site, 'monitoring.map.title', (locale) => ({ round: text(round.name, locale, site) }));
  const spec = chartSpecSchema.parse({
    type: 'map',
    title,
    x: 'territory',
    value: 'score',
    status: 'status',
    unit: PERCENT,
    format: '.0f',
    domain: [0, 100],
    labels: Object.fromEntries(monitoring.territories.map((territory) => [territory.id, territory.name])),
  });
  return {
    spec,
    rows,
    fields: [{ name: 'territory', type: 'string', title: inEveryLocale(site, 'chart.territory', () => ({})) }, scoreField(site)],
    geography: monitoring.geography,
    identity: `monitoring/${mapExportName(monitoring, round, service)}`,
    exportName: mapExportName(monitoring, round, service),
    dataset: datasetInfo(monitoring, 'observations'),
  };
}

/** What a comparison's dumbbell shows: every service, every territory, or one of them in detail. */
export type DumbbellScope = { by: 'service' } | { by: 'territory' } | { by: 'territory'; service: Service } | { by: 'service'; territory: Territory };

/** The file name stem of a comparison's dumbbell: `<monitoring>--change-<round>-<by>[-<service or territory>]`. */
export function dumbbellExportName(monitoring: Monitoring, comparison: Comparison, scope: DumbbellScope): string {
  const detail = 'service' in scope ? `-${scope.service.slug}` : 'territory' in scope ? `-${scope.territory.slug}` : '';
  return `${monitoring.id}--change-${slug(comparison.pair.to.id)}-${scope.by}${detail}`;
}

/**
 * The compliance score in both rounds of a comparison, as a dumbbell: of each service or each
 * territory overall, of one service in each territory, or of each service in one territory. A
 * service whose criteria changed standard has no comparable score in a territory: its row is empty.
 */
export function comparisonDumbbell(monitoring: Monitoring, comparison: Comparison, scope: DumbbellScope, site: SiteLocales): ResolvedChart {
  const { from, to } = comparison.pair;
  const cellItem = (cell: Comparison['cells'][number], item: Service | Territory) => ({
    id: item.id,
    name: item.name,
    before: cell.standardChanged ? undefined : cell.before?.score,
    after: cell.standardChanged ? undefined : cell.after.score,
  });
  const items =
    'service' in scope
      ? comparison.cells.filter((cell) => cell.service.id === scope.service.id).map((cell) => cellItem(cell, cell.territory))
      : 'territory' in scope
        ? comparison.cells.filter((cell) => cell.territory.id === scope.territory.id).map((cell) => cellItem(cell, cell.service))
        : scope.by === 'service'
          ? comparison.byService.map((entry) => ({ id: entry.service.id, name: entry.service.name, before: entry.score.before.score, after: entry.score.after.score }))
          : comparison.byTerritory.map((entry) => ({ id: entry.territory.id, name: entry.territory.name, before: entry.score.before.score, after: entry.score.after.score }));
  const rows: ChartRow[] = items.flatMap((item) => [
    { item: item.id, round: from.id, score: percent(item.before) },
    { item: item.id, round: to.id, score: percent(item.after) },
  ]);
  const rounds = (locale: SiteLocales['locales'][number]) => ({ from: text(from.name, locale, site), to: text(to.name, locale, site) });
  const title =
    'service' in scope
      ? inEveryLocale(site, 'monitoring.compare.serviceByTerritory', (locale) => ({ service: text(scope.service.name, locale, site), ...rounds(locale) }))
      : 'territory' in scope
        ? inEveryLocale(site, 'monitoring.compare.territoryByService', (locale) => ({ territory: text(scope.territory.name, locale, site), ...rounds(locale) }))
        : inEveryLocale(site, scope.by === 'service' ? 'monitoring.compare.byService' : 'monitoring.compare.byTerritory', rounds);
  const spec = chartSpecSchema.parse({
    type: 'dumbbell',
    title,
    x: 'item',
    series: 'round',
    value: 'score',
    seriesOrder: [from.id, to.id],
    unit: PERCENT,
    format: '.0f',
    domain: [0, 100],
    labels: { ...Object.fromEntries(items.map((item) => [item.id, item.name])), [from.id]: from.name, [to.id]: to.name },
  });
  const name = dumbbellExportName(monitoring, comparison, scope);
  const itemsAre = 'service' in scope || scope.by === 'territory' ? 'monitoring.territory' : 'monitoring.service';
  return {
    spec,
    rows,
    fields: [{ name: 'item', type: 'string', title: inEveryLocale(site, itemsAre, () => ({})) }, { name: 'round', type: 'string' }, scoreField(site)],
    identity: `monitoring/${name}`,
    exportName: name,
    dataset: datasetInfo(monitoring, 'observations'),
  };
}

/** A chart of the monitoring's pages and the page it is on, in each locale. */
export interface MonitoringFigure {
  chart: ResolvedChart;
  page: (locale: Locale) => string;
}

/** The addresses of a monitoring's pages (`urls.monitoring`). */
export type MonitoringLinks = Pick<Urls['monitoring'], 'monitoring' | 'round' | 'changes' | 'service' | 'territory'>;

/** A round's page: the monitoring's own page for its latest round, the round's page for the others. */
export function roundPage(links: Pick<MonitoringLinks, 'monitoring' | 'round'>, monitoring: Monitoring, roundId: string, locale: Locale): string {
  return roundId === latestRound(monitoring)?.id ? links.monitoring(locale, monitoring.id) : links.round(locale, monitoring.id, roundId);
}

/**
 * Every chart the monitoring's pages show, for the exports under /charts/ and the embed pages: a map
 * per round, a map per service in the latest round, the dumbbells of each pair of consecutive rounds,
 * and each service's and territory's dumbbell of its latest change, each with the page it is on.
 * Keep in step with the pages.
 */
export function monitoringFigures(monitoring: Monitoring, site: SiteLocales, links: MonitoringLinks): MonitoringFigure[] {
  const index = indexMonitoring(monitoring);
  const { id } = monitoring;
  const figures: MonitoringFigure[] = [];
  const add = (chart: ResolvedChart | undefined, page: (locale: Locale) => string) => chart && figures.push({ chart, page });
  const latest = latestRound(monitoring);
  for (const round of monitoring.rounds) {
    add(complianceMap(index, round, site), (locale) => roundPage(links, monitoring, round.id, locale));
  }
  if (latest) for (const service of monitoring.services) add(complianceMap(index, latest, site, service), (locale) => links.service(locale, id, service.slug));
  const comparisons = new Map(consecutivePairs(monitoring.rounds).map((pair) => [pair.to.id, compareRounds(index, pair)]));
  for (const comparison of comparisons.values()) {
    const page = (locale: Locale) => links.changes(locale, id, comparison.pair.to.id);
    add(comparisonDumbbell(monitoring, comparison, { by: 'service' }, site), page);
    add(comparisonDumbbell(monitoring, comparison, { by: 'territory' }, site), page);
  }
  const last = latest && comparisons.get(latest.id);
  if (last) for (const service of monitoring.services) add(comparisonDumbbell(monitoring, last, { by: 'territory', service }, site), (locale) => links.service(locale, id, service.slug));
  for (const territory of monitoring.territories) {
    const round = territoryScorecard(index, territory.id).round;
    const comparison = round && comparisons.get(round.id);
    if (comparison) add(comparisonDumbbell(monitoring, comparison, { by: 'service', territory }, site), (locale) => links.territory(locale, id, territory.slug));
  }
  return figures;
}

/** A round's scorecard (the overview table of every service in every territory), as an embed. */
export interface MonitoringScorecard {
  /** `<monitoring>--scorecard-<round>`, the name of its embed page. */
  name: string;
  round: Round;
  page: (locale: Locale) => string;
}

/** Each round's scorecard and the page it is on: the latest round's on the monitoring's page. */
export function monitoringScorecards(monitoring: Monitoring, links: MonitoringLinks): MonitoringScorecard[] {
  return monitoring.rounds.map((round) => ({
    name: `${monitoring.id}--scorecard-${slug(round.id)}`,
    round,
    page: (locale: Locale) => roundPage(links, monitoring, round.id, locale),
  }));
}
