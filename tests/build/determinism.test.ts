import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { manifestDifferences, siteManifest } from '../../src/quality/manifest.ts';
import { buildSite } from '../support/build-site.ts';
import { sharedSite, SHARED_SITES } from '../support/shared-sites.ts';

/**
 * The example site built again gives byte-identical output, compared by SHA-256 manifest: the build
 * every test shares (tests/support/shared-sites.ts), made from nothing, and a rebuild that finds that
 * build's image cache (share cards, src/site/image-cache.ts) and renders no image. SOURCE_DATE_EPOCH
 * fixes "today" (src/config/settings.ts), as a release build would. (Editing the sources while this
 * test runs makes it fail, of course.)
 *
 * That two builds from nothing agree, images included, is held by the fixture's golden files
 * (foundation.test.ts): every run builds them from nothing and compares them with the hashes
 * committed, made on other runs. So the example site is built once more here, not twice.
 *
 * The rebuild writes outside its site folder and outside the repository, into a folder beside the
 * repository (`npm run build -- --outDir` anywhere). A folder whose name starts with the site's, which
 * Astro once took for one inside the project, is tested on the starter site (starter.test.ts).
 */
const ROOT = path.resolve(import.meta.dirname, '../..');

describe('determinism', () => {
  it('a rebuild from the image cache gives byte-identical dist/, rendering no image', async () => {
    const shared = await sharedSite('example');
    const outside = `${ROOT}-out-${process.pid}`;
    try {
      const a = siteManifest(shared.outDir);
      expect(a.split('\n').length).toBeGreaterThan(50);
      const cache = path.join(path.dirname(shared.outDir), 'cache');
      const images = (fs.readdirSync(path.join(cache, 'vitrina-images'), { recursive: true }) as string[]).filter((file) => file.endsWith('.bin'));
      // One cached image per share card (fewer if two happen to be identical); charts have no PNG.
      const rendered = a.split('\n').filter((line) => /^\S+ {2}cards\/.+\.png$/.test(line));
      expect(a.split('\n').filter((line) => /^\S+ {2}charts\/.+\.png$/.test(line))).toEqual([]);
      expect(images.length).toBeGreaterThan(20);
      expect(images.length).toBeLessThanOrEqual(rendered.length);
      // The clean build rendered every image (two identical ones may be rendered side by side); the
      // rebuild none.
      const counted = /images: (\d+) rendered, (\d+) taken from the cache/.exec(shared.output);
      expect(Number(counted?.[1])).toBeGreaterThanOrEqual(images.length);
      const rebuild = await buildSite({ ...SHARED_SITES.example, env: { ...SHARED_SITES.example.env, VITRINA_CACHE_DIR: cache }, outDir: outside });
      expect(rebuild.code, rebuild.output.slice(-3000)).toBe(0);
      expect(rebuild.output).toContain(`images: 0 rendered, `);
      expect(rebuild.output).toContain(`image cache: ${images.length} images kept, 0 no longer used removed`);
      expect(manifestDifferences(a, siteManifest(rebuild.outDir))).toEqual([]);
      expect(fs.existsSync(path.join(outside, 'node_modules'))).toBe(false);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});
