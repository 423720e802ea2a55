import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedImage, imageKey, sweepImageCache, takeImageCacheCounts } from './image-cache';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-image-cache-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const files = (dir: string) => (fs.readdirSync(dir, { recursive: true }) as string[]).filter((file) => file.endsWith('.bin'));

describe('the image cache', () => {
  it('renders an image once and then returns the stored bytes', async () => {
    const dir = tempDir();
    let renders = 0;
    const render = async () => new Uint8Array([++renders, 2, 3]);
    takeImageCacheCounts();
    const first = await cachedImage(['card', '<svg>a</svg>'], render, dir);
    const second = await cachedImage(['card', '<svg>a</svg>'], render, dir);
    expect(renders).toBe(1);
    expect(takeImageCacheCounts()).toEqual({ reused: 1, rendered: 1 });
    expect(takeImageCacheCounts()).toEqual({ reused: 0, rendered: 0 });
    expect([...second]).toEqual([...first]);
    expect(files(dir)).toHaveLength(1);
  });

  it('renders again when anything in the key differs', async () => {
    const dir = tempDir();
    let renders = 0;
    const render = async () => new Uint8Array([++renders]);
    await cachedImage(['card', '<svg>a</svg>'], render, dir);
    await cachedImage(['card', '<svg>b</svg>'], render, dir);
    await cachedImage(['chart', '<svg>a</svg>'], render, dir);
    expect(renders).toBe(3);
    // Parts are separated, so moving a character from one part to the next is another key.
    expect(imageKey(['ab', 'c'])).not.toBe(imageKey(['a', 'bc']));
  });

  it('still returns the image when the cache cannot be written', async () => {
    const dir = tempDir();
    const blocked = path.join(dir, 'file');
    fs.writeFileSync(blocked, 'not a folder');
    const bytes = await cachedImage(['x'], async () => new Uint8Array([7]), blocked);
    expect([...bytes]).toEqual([7]);
  });

  it('sweeps the images a build did not use, and leftovers of interrupted writes', async () => {
    const dir = tempDir();
    await cachedImage(['old'], async () => new Uint8Array([1]), dir);
    await cachedImage(['used'], async () => new Uint8Array([2]), dir);
    const past = new Date(Date.now() - 60_000);
    for (const file of files(dir)) fs.utimesSync(path.join(dir, file), past, past);
    fs.writeFileSync(path.join(dir, 'half.bin.1.0.tmp'), 'x');
    const buildStart = Date.now() - 1_000;
    // The build uses one of them again: it is touched, so it stays.
    await cachedImage(['used'], async () => new Uint8Array([9]), dir);
    expect(sweepImageCache(buildStart, dir)).toEqual({ kept: 1, removed: 2 });
    expect([...(await cachedImage(['used'], async () => new Uint8Array([9]), dir))]).toEqual([2]);
    expect(sweepImageCache(buildStart, path.join(dir, 'missing'))).toEqual({ kept: 0, removed: 0 });
  });
});
