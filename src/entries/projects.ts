/** Where a project stands, derived from its dates and today's date (never written by hand). */
export type ProjectStatus = 'planned' | 'running' | 'completed';

export function projectStatus(period: { start: string; end?: string | undefined }, today: string): ProjectStatus {
  if (today < period.start) return 'planned';
  if (period.end && today > period.end) return 'completed';
  return 'running';
}

/** Share of the way from baseline to target, clamped to 0…1; undefined when nothing is measured. */
export function indicatorProgress(indicator: { baseline: number; target: number; achieved?: { value: number } | undefined }): number | undefined {
  if (!indicator.achieved) return undefined;
  const span = indicator.target - indicator.baseline;
  if (span === 0) return indicator.achieved.value >= indicator.target ? 1 : 0;
  return Math.min(1, Math.max(0, (indicator.achieved.value - indicator.baseline) / span));
}
