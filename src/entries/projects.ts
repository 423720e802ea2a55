import { progressShare } from '../charts/progress';

/** Where a project stands, derived from its dates and today's date (never written by hand). */
export type ProjectStatus = 'planned' | 'running' | 'completed';

export function projectStatus(period: { start: string; end?: string | undefined }, today: string): ProjectStatus {
  if (today < period.start) return 'planned';
  if (period.end && today > period.end) return 'completed';
  return 'running';
}

/**
 * Share of the way from baseline to target (1 = reached, above 1 = exceeded, as the chart of the
 * indicators says it); undefined when nothing is measured. Bars clamp it to 0…1 themselves.
 */
export function indicatorProgress(indicator: { baseline: number; target: number; achieved?: { value: number } | undefined }): number | undefined {
  return indicator.achieved ? progressShare(indicator.baseline, indicator.target, indicator.achieved.value) : undefined;
}
