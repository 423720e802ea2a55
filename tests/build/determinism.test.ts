import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestDifferences, siteManifest } from '../../src/quality/manifest.ts';
import { buildSite, type BuildResult } from '../support/build-site.ts';

/**
 * Two clean builds of the example site (each in its own output and cache folder, as on two
 * machines) give byte-identical output, compared by SHA-256 manifest. SOURCE_DATE_EPOCH fixes
 * "today" (src/site/build-date.ts), as a release build would. (Editing the sources while this test
 * runs makes it fail, of course.)
 */
describe('determinism', () => {
  it('two clean builds give byte-identical dist/', async () => {
    const env = { SOURCE_DATE_EPOCH: '1767225600' };
    const builds: BuildResult[] = [];
    try {
      for (let i = 0; i < 2; i++) {
        const build = await buildSite({ env });
        builds.push(build);
        expect(build.code, build.output.slice(-3000)).toBe(0);
      }
      const [a, b] = builds.map((build) => siteManifest(build.outDir));
      expect(a!.split('\n').length).toBeGreaterThan(50);
      expect(manifestDifferences(a!, b!)).toEqual([]);
    } finally {
      for (const build of builds) fs.rmSync(path.dirname(build.outDir), { recursive: true, force: true });
    }
  });
});
