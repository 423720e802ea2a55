/**
 * Work an integration starts at `astro:build:done` and leaves running while the next integrations do
 * theirs: the search index, which pagefind builds in its own process, overlaps the sitemap and the
 * link check. The link check (always the last integration) waits for all of it with `settle()`
 * before the build may end, and before it deletes a broken output folder.
 */
const pending: Promise<unknown>[] = [];

/** Lets `task` run on; its failure fails the build at `settle()`. */
export function inBackground(task: Promise<unknown>): void {
  // Handled here so that a failure before settle() is not an unhandled rejection that ends Node.
  task.catch(() => undefined);
  pending.push(task);
}

/** Waits for every task started so far; throws the first failure. */
export async function settle(): Promise<void> {
  const results = await Promise.allSettled(pending.splice(0));
  const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
}
