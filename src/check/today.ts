/**
 * "Today" for the checks that depend on age (the accessibility statement): SOURCE_DATE_EPOCH when
 * set, so a reproducible build or a test sees a fixed day, else the clock. YYYY-MM-DD in UTC.
 */
export function checkToday(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return new Date(env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? epoch * 1000 : Date.now()).toISOString().slice(0, 10);
}
