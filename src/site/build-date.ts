/**
 * "Today" for the build: from SOURCE_DATE_EPOCH when set (the reproducible-builds convention), so
 * that the same commit builds the same bytes; otherwise the current UTC date.
 */
export function buildDate(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}
