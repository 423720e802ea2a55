import type { ComplianceStatus } from '../schemas/monitoring';
import { aggregate, change, type Aggregate, type Trend } from './compliance';
import type { Criterion, Round, RoundStandard, Service, Territory } from './model';
import type { MonitoringIndex } from './scorecard';

/**
 * Change between two consecutive rounds of a monitoring: per value, per service and territory, per
 * service and per territory overall, with counts. A criterion whose standard changed between the
 * rounds is flagged and kept out of the counts of improved and worsened: its statuses were judged
 * against different standards, so a change of status would say nothing about the service.
 */

/** Two consecutive rounds; pages exist for these pairs only, so their number grows with the rounds. */
export interface RoundPair {
  from: Round;
  to: Round;
}

/** Each round with the one before it, oldest pair first. */
export function consecutivePairs(rounds: readonly Round[]): RoundPair[] {
  return rounds.slice(1).map((to, index) => ({ from: rounds[index]!, to }));
}

/** The pair that ends with `roundId`, if that round has one before it. */
export function pairEndingWith(rounds: readonly Round[], roundId: string): RoundPair | undefined {
  return consecutivePairs(rounds).find((pair) => pair.to.id === roundId);
}

/** How a comparison's item moved: a value's trend, or `standard` when its standard changed. */
export type Movement = Exclude<Trend, 'no-data'> | 'standard' | 'no-data';

/** The standard of a criterion in both rounds, when it differs. */
export interface StandardChange {
  criterion: Criterion;
  from: RoundStandard;
  to: RoundStandard;
}

/** Whether two rounds judge a criterion alike: the same standard, direction and tolerance. */
export const sameStandard = (a: RoundStandard, b: RoundStandard) => a.standard === b.standard && a.better === b.better && (a.tolerance ?? null) === (b.tolerance ?? null);

/** The criteria whose standard differs between the two rounds. */
export function standardChanges(criteria: readonly Criterion[], pair: RoundPair): StandardChange[] {
  return criteria
    .map((criterion) => ({ criterion, from: criterion.standards[pair.from.id]!, to: criterion.standards[pair.to.id]! }))
    .filter((entry) => !sameStandard(entry.from, entry.to));
}

/** One value in both rounds. */
export interface ValueChange {
  service: Service;
  criterion: Criterion;
  territory: Territory;
  before: { value: number | null; status: ComplianceStatus } | undefined;
  after: { value: number | null; status: ComplianceStatus };
  movement: Movement;
  delta?: number;
}

/** A service in a territory, over its criteria, in both rounds. */
export interface CellChange {
  service: Service;
  territory: Territory;
  /** Undefined when the earlier round did not cover the territory. */
  before?: Aggregate;
  after: Aggregate;
  movement: Movement;
  /** A criterion of the service changed its standard: the scores are not comparable. */
  standardChanged: boolean;
}

/** A score in both rounds, over all of a service's or a territory's values. */
export interface ScorePair {
  before: Aggregate;
  after: Aggregate;
}

export interface Comparison {
  pair: RoundPair;
  /** Every value of the later round, with its earlier value. */
  values: ValueChange[];
  /** Every service in every territory covered by the later round. */
  cells: CellChange[];
  /** Scores over the values both rounds measured against the same standard. */
  byService: { service: Service; score: ScorePair }[];
  byTerritory: { territory: Territory; score: ScorePair }[];
  standards: StandardChange[];
  /** Counts of the values by movement. */
  counts: Record<Movement, number>;
}

/** Compares the later round of `pair` with the earlier one. */
export function compareRounds(index: MonitoringIndex, pair: RoundPair): Comparison {
  const { monitoring } = index;
  const changed = standardChanges(monitoring.criteria, pair);
  const changedIds = new Set(changed.map((entry) => entry.criterion.id));
  const territories = monitoring.territories.filter((territory) => index.covers(pair.to.id, territory.id));
  const values: ValueChange[] = [];
  const cells: CellChange[] = [];
  const counts: Record<Movement, number> = { improved: 0, worsened: 0, unchanged: 0, new: 0, standard: 0, 'no-data': 0 };
  const statusesOf = new Map<string, { before: ComplianceStatus[]; after: ComplianceStatus[] }>();
  const gather = (key: string) => statusesOf.get(key) ?? statusesOf.set(key, { before: [], after: [] }).get(key)!;

  for (const service of monitoring.services) {
    const criteria = index.criteriaOf(service.id);
    for (const territory of territories) {
      const covered = index.covers(pair.from.id, territory.id);
      const cellBefore: ComplianceStatus[] = [];
      const cellAfter: ComplianceStatus[] = [];
      for (const criterion of criteria) {
        const then = covered ? index.observation(pair.from.id, service.id, criterion.id, territory.id) : undefined;
        const now = index.observation(pair.to.id, service.id, criterion.id, territory.id);
        const after = { value: now?.value ?? null, status: now?.status ?? ('no-data' as const) };
        const before = covered ? { value: then?.value ?? null, status: then?.status ?? ('no-data' as const) } : undefined;
        const moved = change(after.value, before?.value, criterion.better);
        const movement: Movement = moved.trend !== 'no-data' && moved.trend !== 'new' && changedIds.has(criterion.id) ? 'standard' : moved.trend;
        counts[movement]++;
        values.push({ service, criterion, territory, before, after, movement, ...(moved.delta !== undefined ? { delta: moved.delta } : {}) });
        cellAfter.push(after.status);
        if (before) cellBefore.push(before.status);
        // The scores by service and by territory compare like with like: values both rounds measured
        // against the same standard.
        if (before && !changedIds.has(criterion.id)) {
          for (const key of [`s|${service.id}`, `t|${territory.id}`]) {
            const bucket = gather(key);
            bucket.before.push(before.status);
            bucket.after.push(after.status);
          }
        }
      }
      const standardChanged = criteria.some((criterion) => changedIds.has(criterion.id));
      const after = aggregate(cellAfter);
      const before = covered ? aggregate(cellBefore) : undefined;
      const moved = change(after.score, before?.score, 'higher');
      cells.push({ service, territory, before, after, standardChanged, movement: standardChanged && moved.trend !== 'new' && moved.trend !== 'no-data' ? 'standard' : moved.trend });
    }
  }
  const scoreOf = (key: string): ScorePair => {
    const bucket = statusesOf.get(key) ?? { before: [], after: [] };
    return { before: aggregate(bucket.before), after: aggregate(bucket.after) };
  };
  return {
    pair,
    values,
    cells,
    byService: monitoring.services.map((service) => ({ service, score: scoreOf(`s|${service.id}`) })),
    byTerritory: territories.map((territory) => ({ territory, score: scoreOf(`t|${territory.id}`) })),
    standards: changed,
    counts,
  };
}
