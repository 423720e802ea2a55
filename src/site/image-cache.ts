import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { processWide } from '../text/read-once';

/**
 * Rendered images (share cards) kept between builds, so that a rebuild pays only for
 * the images whose drawing changed. An image is stored under the SHA-256 of everything that decides
 * its bytes: the kind and encoder settings, the versions of sharp and libvips, and the SVG it is
 * drawn from. The same key always gives the same bytes, so a cached image is exactly what a fresh
 * render would write and the build stays deterministic.
 *
 * Every image a build uses is touched; after a successful build, the images no page used any more
 * are deleted (`sweepImageCache`, from the steps after the build in src/integrations/after-build.ts).
 */
export const IMAGE_CACHE_FOLDER = 'vitrina-images';

/** The folder of the image cache inside Astro's cache folder. */
export function imageCacheDir(cacheDir: string): string {
  return path.join(cacheDir, IMAGE_CACHE_FOLDER);
}

/** How many images this process took from the cache and how many it rendered. */
export interface ImageCacheCounts {
  reused: number;
  rendered: number;
}

// Process-wide: the pages (bundled by Vite) and the integration that reports the counts (loaded by
// astro.config) hold two copies of this module in one process.
const counts = processWide<ImageCacheCounts>('vitrina.imageCache.counts', () => ({ reused: 0, rendered: 0 }));

/** The counts so far, and resets them (a build reports its own). */
export function takeImageCacheCounts(): ImageCacheCounts {
  const taken = { ...counts };
  counts.reused = 0;
  counts.rendered = 0;
  return taken;
}

const RENDERER = `sharp ${sharp.versions.sharp ?? ''} vips ${sharp.versions.vips}`;
let written = 0;

/** The cache key of an image: a hex SHA-256. */
export function imageKey(parts: readonly string[]): string {
  const hash = createHash('sha256').update(RENDERER);
  for (const part of parts) hash.update('\u0000').update(part);
  return hash.digest('hex');
}

/**
 * The bytes of the image `parts` describe: from the cache when there, else from `render`, then
 * stored. A cache that cannot be read or written (a read-only folder) only costs time.
 */
export async function cachedImage(parts: readonly string[], render: () => Promise<Uint8Array>, dir: string): Promise<Uint8Array> {
  const key = imageKey(parts);
  const file = path.join(dir, key.slice(0, 2), `${key}.bin`);
  let cached: Buffer | undefined;
  try {
    cached = fs.readFileSync(file);
  } catch {
    // Not cached yet (or removed meanwhile): render it.
  }
  if (cached) {
    try {
      // Marks it as used by this build, so the sweep after the build keeps it.
      const now = new Date();
      fs.utimesSync(file, now, now);
    } catch {
      // A cache that can be read but not written: the image is still good.
    }
    counts.reused++;
    return new Uint8Array(cached.buffer, cached.byteOffset, cached.byteLength);
  }
  const bytes = await render();
  counts.rendered++;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Written aside and renamed, so a build running beside this one never reads half a file.
    const temporary = `${file}.${process.pid}.${written++}.tmp`;
    fs.writeFileSync(temporary, bytes);
    fs.renameSync(temporary, file);
  } catch {
    // The cache is an optimisation; the image itself is returned either way.
  }
  return bytes;
}

/**
 * Deletes the cached images not used since `since` (the start of a build that has just succeeded,
 * and so has touched every image it needed). Returns how many files were kept and removed; a file
 * that cannot be removed (a read-only cache) is counted as kept.
 */
export function sweepImageCache(since: number, dir: string): { kept: number; removed: number } {
  let kept = 0;
  let removed = 0;
  if (!fs.existsSync(dir)) return { kept, removed };
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    // Leftovers of an interrupted write go too, whatever their age.
    try {
      if (entry.name.endsWith('.tmp') || fs.statSync(file).mtimeMs < since) {
        fs.rmSync(file, { force: true });
        removed++;
        continue;
      }
    } catch {
      // Gone meanwhile, or not ours to remove.
    }
    kept++;
  }
  return { kept, removed };
}

/** How an SVG becomes a PNG: the resolution, the background under transparent parts, an exact size. */
export interface PngSettings {
  /** Dots per inch to rasterise at (72 = the SVG's own pixels, 144 = twice as many). */
  density: number;
  background: string;
  /**
   * The SVG paints every pixel itself (a share card's background): its alpha channel is dropped
   * instead of laid over `background`, the same pixels a sixth faster (21 against 25 ms a card).
   */
  opaque?: boolean;
  width?: number;
  height?: number;
}

// Fixed encoder settings and no metadata (sharp writes none unless asked): the same SVG always gives
// the same bytes. A share card is text in three colours on white: 16 colours of a palette keep its
// anti-aliased edges and make the file a third of a full-colour one (17 against 52 KB for a long
// title), for 11 ms more per card (33 against 22 ms); effort 1 and zlib level 6 keep it fast, no
// dithering keeps flat areas flat.
const PNG_ENCODING = { palette: true, colours: 16, effort: 1, dither: 0, compressionLevel: 6 } as const;

/**
 * The PNG of an SVG (a share card), from the cache when it was rendered before with
 * the same settings: the key is made of the settings and the SVG themselves. `cacheDir` is Astro's
 * cache folder (the build's settings say where).
 */
export function svgToPng(svg: string, settings: PngSettings, cacheDir: string): Promise<Uint8Array> {
  return cachedImage(['svg-png', JSON.stringify(settings), JSON.stringify(PNG_ENCODING), svg], async () => {
    let image = sharp(Buffer.from(svg), { density: settings.density });
    if (settings.width && settings.height) image = image.resize(settings.width, settings.height);
    image = settings.opaque ? image.removeAlpha() : image.flatten({ background: settings.background });
    const png = await image.png(PNG_ENCODING).toBuffer();
    return new Uint8Array(png);
  }, imageCacheDir(cacheDir));
}
