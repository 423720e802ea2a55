import type { AstroIntegration } from 'astro';
import { imageCacheDir, sweepImageCache, takeImageCacheCounts } from '../site/image-cache.ts';

/** Slack for file systems that store modification times coarsely. */
const MARGIN_MS = 5_000;

/**
 * Keeps the cache of rendered images (src/site/image-cache.ts) to what the site uses: after a
 * successful build, the images no page asked for are deleted, so the cache does not grow with every
 * edit of a title or a chart.
 */
export function imageCache(): AstroIntegration {
  let started = 0;
  return {
    name: 'vitrina:image-cache',
    hooks: {
      'astro:build:start': () => {
        started = Date.now();
        takeImageCacheCounts();
      },
      'astro:build:done': ({ logger }) => {
        const { reused, rendered } = takeImageCacheCounts();
        logger.info(`images: ${rendered} rendered, ${reused} taken from the cache`);
        try {
          const { kept, removed } = sweepImageCache(started - MARGIN_MS);
          logger.info(`image cache: ${kept} images kept, ${removed} no longer used removed (${imageCacheDir()})`);
        } catch (error) {
          // The site is built; a cache that cannot be tidied only stays larger.
          logger.warn(`image cache not tidied (${imageCacheDir()}): ${(error as Error).message}`);
        }
      },
    },
  };
}
