import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { InterleavedSequencer } from './tests/support/sequencer.ts';

/**
 * Three kinds of test, named by where they live (STYLE.md habit 9):
 * unit tests beside their subject or under tests/unit, build tests that build a fixture site under
 * tests/build, and browser tests in a real Chromium under tests/e2e.
 */
export default defineConfig({
  test: {
    // Two files at a time (vitest's own default is one fewer than the cores: one, here), of all three
    // projects together, in the order of tests/support/sequencer.ts: a build (about one core and a
    // quarter busy) beside a browser test (about one and three quarters) keeps both cores busy, and
    // the short unit files come last, where they fill what the two lanes leave (run first, on their
    // own, they kept a third of the machine idle for their 16 s: some start processes and wait).
    maxWorkers: 2,
    sequence: { sequencer: InterleavedSequencer },
    // In CI the results are also written as JSON, from which .ci/run prints its closing
    // "N passed, N failed" line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.vitrina/test-results.json' },
    projects: [
      {
        test: {
          name: 'unit',
          // Modules that pages import read the build's settings from Vite; here they get the example
          // site's, read the same way (tests/support/virtual-config.ts).
          alias: { 'virtual:vitrina/config': path.resolve(import.meta.dirname, 'tests/support/virtual-config.ts') },
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/hostile/**/*.test.ts', 'scripts/**/*.test.ts'],
          // Rendered images are cached between builds (src/site/image-cache.ts); each test run starts
          // with an empty cache of its own, so the tests render and never read a stale image.
          env: { VITRINA_CACHE_DIR: path.join(os.tmpdir(), `vitrina-unit-cache-${process.pid}`) },
          // Files share workers instead of a fresh one each (measured: 48 s → 18 s for the unit tests
          // here). They must therefore leave no state behind: no test changes process.env or a module's
          // state without restoring it.
          isolate: false,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // Starts the builds of the sites that several files read, once per run, and does not wait for
          // them: a file that reads one waits for it (sharedSite, tests/support/shared-sites.ts).
          globalSetup: ['tests/build/global-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
          // Side by side with other files: every test build has a site folder of its own
          // (tests/support/build-site.ts), and with it its own .astro/, where Astro writes the
          // content layer's module list whatever the cache folder.
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // A browser test runs beside a build (below): what it waits for in the page may take more
          // than expect.poll's own second.
          expect: { poll: { timeout: 15_000 } },
          // Serves the example site, built once per run, for every browser test (tests/e2e/global-setup.ts).
          globalSetup: ['tests/e2e/global-setup.ts'],
          // …and waits for it before each file (the global setup only starts the build).
          setupFiles: ['tests/e2e/shared-sites-ready.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          // tests/support/sequencer.ts runs builds beside a browser file, since two browser files side
          // by side were slower than one after the other (287 s against 244 s).
        },
      },
    ],
  },
});
