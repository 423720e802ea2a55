import { afterAll, describe, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import { buildIndex, fixturePages, measureRecall, openBundle, recallQueries } from '../fixtures/search-site/harness';

/**
 * Bulgarian recall, measured on a real pagefind index of the fixture site's texts: pagefind alone
 * (no stems in the index, the query as typed) against our stemmer at both ends.
 * `npx vitest run tests/build/search-recall.test.ts` prints both numbers.
 */
describe('Bulgarian search recall', () => {
  afterAll(() => pagefind.close());

  it('finds the expected pages for at least 30 queries, far better with the stemmer', async () => {
    const queries = recallQueries();
    expect(queries.length).toBeGreaterThanOrEqual(30);
    const pages = fixturePages();
    const before = await measureRecall(await openBundle(await buildIndex(pages, false), 'bg'), queries, false);
    const queryOnly = await measureRecall(await openBundle(await buildIndex(pages, false), 'bg'), queries, true);
    const after = await measureRecall(await openBundle(await buildIndex(pages, true), 'bg'), queries, true);
    console.log(
      `recall before ${before.found}/${before.total} = ${before.recall.toFixed(3)}; ` +
        `query stemmed only ${queryOnly.found}/${queryOnly.total} = ${queryOnly.recall.toFixed(3)}; ` +
        `after ${after.found}/${after.total} = ${after.recall.toFixed(3)}\n` +
        `misses after: ${after.misses.join('; ') || 'none'}`,
    );
    expect(after.recall).toBeGreaterThanOrEqual(0.95);
    expect(after.recall).toBeGreaterThan(before.recall);
  });
});
