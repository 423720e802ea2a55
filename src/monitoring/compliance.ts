import type { ComplianceStatus } from '../schemas/monitoring';

/** What the compliance of a value is judged against: a criterion's standard and direction. */
export interface Standard {
  /** The value the standard sets. */
  standard: number;
  /** Which direction is better. */
  better: 'higher' | 'lower';
  /** Width of the "partly" band beyond the standard; when missing, `defaultTolerance(standard)`. */
  tolerance?: number | null | undefined;
}

/** Share of the standard used as the "partly" band when a criterion does not set its own tolerance. */
export const DEFAULT_TOLERANCE_SHARE = 0.1;

// Values come from CSV decimals (58.3 may be 58.29999…); a difference this small counts as equal.
const EPSILON = 1e-9;

/** The "partly" band of a criterion: its own tolerance, else 10 % of the standard's size. */
export function toleranceOf(criterion: Standard): number {
  return criterion.tolerance ?? Math.abs(criterion.standard) * DEFAULT_TOLERANCE_SHARE;
}

/**
 * How far a value is on the good side of the standard, in the criterion's unit: positive or zero when
 * it meets it, negative by how much it misses. Lower-is-better criteria flip the sign.
 */
export function margin(value: number, criterion: Standard): number {
  return criterion.better === 'higher' ? value - criterion.standard : criterion.standard - value;
}

/**
 * The compliance status of one value: `meets` at or beyond the standard (exactly at the standard
 * meets), `partly` when it misses by no more than the tolerance (the band's edge included), `fails`
 * beyond that, `no-data` when nothing was measured.
 */
export function compliance(value: number | null | undefined, criterion: Standard): ComplianceStatus {
  if (value === null || value === undefined || Number.isNaN(value)) return 'no-data';
  const gap = margin(value, criterion);
  if (gap >= -EPSILON) return 'meets';
  if (gap >= -toleranceOf(criterion) - EPSILON) return 'partly';
  return 'fails';
}

/** How a value moved since the previous round, judged by the criterion's direction. */
export type Trend = 'improved' | 'worsened' | 'unchanged' | 'new' | 'no-data';

/** The change of one value since the previous round. */
export interface Change {
  trend: Trend;
  /** Current minus previous, in the unit; undefined when either is missing. */
  delta?: number;
}

/**
 * Change since the previous round: `new` when there was no earlier value, `no-data` when there is no
 * current one, else improved, worsened or unchanged by the criterion's direction.
 */
export function change(current: number | null | undefined, previous: number | null | undefined, better: Standard['better']): Change {
  if (current === null || current === undefined) return { trend: 'no-data' };
  if (previous === null || previous === undefined) return { trend: 'new' };
  const delta = current - previous;
  if (Math.abs(delta) <= EPSILON) return { trend: 'unchanged', delta: 0 };
  const isBetter = better === 'higher' ? delta > 0 : delta < 0;
  return { trend: isBetter ? 'improved' : 'worsened', delta };
}

/** Counts of statuses over several criteria, and the status they add up to. */
export interface Aggregate {
  status: ComplianceStatus;
  meets: number;
  partly: number;
  fails: number;
  noData: number;
  /** (meets + partly / 2) / measured, 0…1; undefined when nothing was measured. */
  score?: number;
}

/**
 * The status of a service in a territory over all its criteria: `meets` when every measured criterion
 * meets, `fails` when the score (meets count 1, partly ½) is below one half, `partly` in between,
 * `no-data` when nothing was measured. Criteria without data are counted, never guessed.
 */
export function aggregate(statuses: readonly ComplianceStatus[]): Aggregate {
  const counts = { meets: 0, partly: 0, fails: 0, noData: 0 };
  for (const status of statuses) {
    if (status === 'no-data') counts.noData++;
    else counts[status]++;
  }
  const measured = counts.meets + counts.partly + counts.fails;
  if (measured === 0) return { status: 'no-data', ...counts };
  const score = (counts.meets + counts.partly / 2) / measured;
  const status: ComplianceStatus = counts.meets === measured ? 'meets' : score < 0.5 ? 'fails' : 'partly';
  return { status, ...counts, score };
}

/** Change of an aggregate score between rounds (higher score is better). */
export function scoreChange(current: Aggregate | undefined, previous: Aggregate | undefined): Change {
  return change(current?.score, previous?.score, 'higher');
}
