import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestDifferences, siteManifest } from '../../src/quality/manifest.ts';
import { buildSite } from '../support/build-site.ts';

/**
 * Two clean builds of the example site (each in its own output and cache folder, as on two
 * machines) give byte-identical output, compared by SHA-256 manifest. SOURCE_DATE_EPOCH fixes
 * "today" (src/site/build-date.ts), as a release build would.
 */
describe('determinism', () => {
  it('two clean builds give byte-identical dist/', async () => {
    const env = { SOURCE_DATE_EPOCH: '1767225600' };
    const first = await buildSite({ env });
    expect(first.code, first.output.slice(-3000)).toBe(0);
    const second = await buildSite({ env });
    expect(second.code, second.output.slice(-3000)).toBe(0);
    const a = siteManifest(first.outDir);
    const b = siteManifest(second.outDir);
    expect(a.split('\n').length).toBeGreaterThan(50);
    expect(manifestDifferences(a, b)).toEqual([]);
    for (const build of [first, second]) fs.rmSync(path.dirname(build.outDir), { recursive: true, force: true });
  });
});
