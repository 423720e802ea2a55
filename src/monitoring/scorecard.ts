import type { ComplianceStatus } from '../schemas/monitoring';
import { aggregate, change, scoreChange, type Aggregate, type Change } from './compliance';
import type { Criterion, Monitoring, Observation, Round, Service, Territory } from './model';
import { madeFrom } from '../text/read-once';

/**
 * Scorecards are plain tables computed from a monitoring: what a page shows, with every status and
 * change already decided, so the Astro components only render.
 */

const key = (round: string, service: string, criterion: string, territory: string) => `${round}|${service}|${criterion}|${territory}`;

/** Fast look-ups over one monitoring, built once per monitoring. */
export interface MonitoringIndex {
  monitoring: Monitoring;
  observation(round: string, service: string, criterion: string, territory: string): Observation | undefined;
  /** The criteria that apply to a service (general ones and its own), in table order. */
  criteriaOf(service: string): Criterion[];
  /** The round before `round` that covered `territory`, if any. */
  previousRound(round: string, territory: string): Round | undefined;
  covers(round: string, territory: string): boolean;
}

const indexes = madeFrom<Monitoring, MonitoringIndex>();

export function indexMonitoring(monitoring: Monitoring): MonitoringIndex {
  return indexes(monitoring, () => makeIndex(monitoring));
}

function makeIndex(monitoring: Monitoring): MonitoringIndex {
  const byKey = new Map(monitoring.observations.map((o) => [key(o.round, o.service, o.criterion, o.territory), o]));
  const coverage = new Map(monitoring.rounds.map((round) => [round.id, new Set(round.territories)]));
  const criteria = new Map(monitoring.services.map((service) => [service.id, monitoring.criteria.filter((c) => !c.service || c.service === service.id)]));
  const index: MonitoringIndex = {
    monitoring,
    observation: (round, service, criterion, territory) => byKey.get(key(round, service, criterion, territory)),
    criteriaOf: (service) => criteria.get(service) ?? [],
    covers: (round, territory) => coverage.get(round)?.has(territory) ?? false,
    previousRound(round, territory) {
      const position = monitoring.rounds.findIndex((r) => r.id === round);
      for (let i = position - 1; i >= 0; i--) if (coverage.get(monitoring.rounds[i]!.id)?.has(territory)) return monitoring.rounds[i];
      return undefined;
    },
  };
  return index;
}

/** The latest round, or undefined when the monitoring has none. */
export function latestRound(monitoring: Monitoring): Round | undefined {
  return monitoring.rounds.at(-1);
}

/** One service in one territory in one round, over all its criteria. */
export interface ServiceTerritoryCell {
  /** False when the round did not cover the territory. */
  covered: boolean;
  aggregate: Aggregate;
  /** Change of the score since the previous round that covered the territory. */
  change: Change;
}

/** The status of a service in a territory in a round, and how its score changed since the round before. */
export function serviceTerritoryCell(index: MonitoringIndex, round: string, service: string, territory: string): ServiceTerritoryCell {
  const statusesIn = (roundId: string): ComplianceStatus[] =>
    index.criteriaOf(service).map((criterion) => index.observation(roundId, service, criterion.id, territory)?.status ?? 'no-data');
  if (!index.covers(round, territory)) return { covered: false, aggregate: aggregate([]), change: { trend: 'no-data' } };
  const current = aggregate(statusesIn(round));
  const previous = index.previousRound(round, territory);
  return { covered: true, aggregate: current, change: scoreChange(current, previous ? aggregate(statusesIn(previous.id)) : undefined) };
}

/** The overview heat map of one round: services as rows, territories as columns. */
export interface Overview {
  round: Round;
  previous?: Round;
  territories: Territory[];
  rows: { service: Service; cells: ServiceTerritoryCell[]; total: Aggregate }[];
  /** How many cells have each status. */
  counts: Record<ComplianceStatus, number>;
}

export function overview(index: MonitoringIndex, roundId: string): Overview {
  const { monitoring } = index;
  const round = monitoring.rounds.find((r) => r.id === roundId);
  if (!round) throw new Error(`The monitoring "${monitoring.id}" has no round "${roundId}"`);
  const territories = monitoring.territories.filter((territory) => round.territories.includes(territory.id));
  const counts: Record<ComplianceStatus, number> = { meets: 0, partly: 0, fails: 0, 'no-data': 0 };
  const rows = monitoring.services.map((service) => {
    const cells = territories.map((territory) => serviceTerritoryCell(index, round.id, service.id, territory.id));
    cells.forEach((cell) => counts[cell.aggregate.status]++);
    const statuses = territories.flatMap((territory) =>
      index.criteriaOf(service.id).map((criterion) => index.observation(round.id, service.id, criterion.id, territory.id)?.status ?? 'no-data'),
    );
    return { service, cells, total: aggregate(statuses) };
  });
  const position = monitoring.rounds.indexOf(round);
  return { round, previous: position > 0 ? monitoring.rounds[position - 1] : undefined, territories, rows, counts };
}

/** One measured value with its status and its change since the previous round. */
export interface ValueCell {
  covered: boolean;
  observation?: Observation;
  status: ComplianceStatus;
  change: Change;
  /** The previous round's value, when there was one. */
  previousValue?: number | null;
}

export function valueCell(index: MonitoringIndex, round: string, service: string, criterion: Criterion, territory: string): ValueCell {
  if (!index.covers(round, territory)) return { covered: false, status: 'no-data', change: { trend: 'no-data' } };
  const observation = index.observation(round, service, criterion.id, territory);
  const previousRound = index.previousRound(round, territory);
  const previous = previousRound ? index.observation(previousRound.id, service, criterion.id, territory) : undefined;
  return {
    covered: true,
    observation,
    status: observation?.status ?? 'no-data',
    change: change(observation?.value, previous?.value, criterion.better),
    previousValue: previous?.value,
  };
}

/** A service page: for each criterion, a table of territories (rows) by rounds (columns). */
export function serviceScorecard(index: MonitoringIndex, serviceId: string) {
  const { monitoring } = index;
  return index.criteriaOf(serviceId).map((criterion) => ({
    criterion,
    rows: monitoring.territories.map((territory) => ({
      territory,
      cells: monitoring.rounds.map((round) => valueCell(index, round.id, serviceId, criterion, territory.id)),
    })),
  }));
}

/** A territory page: for each service, the criteria in the latest round that covered it, and the overall cell. */
export function territoryScorecard(index: MonitoringIndex, territoryId: string) {
  const { monitoring } = index;
  const round = [...monitoring.rounds].reverse().find((r) => r.territories.includes(territoryId));
  return {
    round,
    services: monitoring.services.map((service) => ({
      service,
      cell: round ? serviceTerritoryCell(index, round.id, service.id, territoryId) : undefined,
      criteria: index.criteriaOf(service.id).map((criterion) => ({
        criterion,
        cell: round ? valueCell(index, round.id, service.id, criterion, territoryId) : undefined,
      })),
    })),
  };
}
