import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * `npm run bench -- --dev`: how `npm run dev` feels on the example site. On a copy of its content and
 * data (the repository's own content is not touched; Astro's dev content store in `.astro/` is
 * removed first, as on a fresh clone) it starts `astro dev` as `npm run dev` does and times
 * 1. from the start to the first page served (the home page, complete), and
 * 2. from saving an edit of a publication to that page served with the edit, polling every 25 ms
 *    as a browser's reload would ask,
 * each of `rounds` times, and prints the median. Issue 19's targets: 5 s and 1 s.
 */
export interface DevFigures {
  firstPageSeconds: number[];
  editSeconds: number[];
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

async function get(url: string): Promise<{ status: number; text: string } | undefined> {
  try {
    const response = await fetch(url);
    return { status: response.status, text: await response.text() };
  } catch {
    return undefined;
  }
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** One start of the dev server and one edit; the server is stopped before it returns. */
async function once(work: string, slug: string): Promise<{ firstPage: number; edit: number }> {
  const started = performance.now();
  const server = spawn(process.execPath, [ASTRO, 'dev', '--host', '127.0.0.1', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'development', VITRINA_CONTENT_DIR: path.join(work, 'content'), VITRINA_DATA_DIR: path.join(work, 'data'), VITRINA_CACHE_DIR: path.join(work, 'cache'), GITHUB_REPOSITORY: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (chunk: Buffer) => (output += chunk));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk));
  try {
    const base = await until('the dev server', async () => /http:\/\/127\.0\.0\.1:\d+\//.exec(output.replace(/\x1b\[[0-9;]*m/g, ''))?.[0], 60_000);
    if (process.env.BENCH_STEPS) console.log(`    server ready after ${((performance.now() - started) / 1000).toFixed(2)} s`);
    await until('the home page', async () => ((await get(base))?.status === 200 ? true : undefined), 60_000);
    const firstPage = (performance.now() - started) / 1000;
    const page = `${base}publications/${slug}/`;
    await until('the publication', async () => ((await get(page))?.status === 200 ? true : undefined), 60_000);
    const file = path.join(work, 'content', 'publications', 'bg', `${slug}.md`);
    const marker = `Редакция ${Date.now().toString(36)}`;
    const saved = performance.now();
    fs.appendFileSync(file, `\n${marker}\n`);
    await until('the edit on the page', async () => ((await get(page))?.text.includes(marker) ? true : undefined), 30_000);
    return { firstPage, edit: (performance.now() - saved) / 1000 };
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${output.split('\n').slice(-30).join('\n')}`);
  } finally {
    // A server that has ended already (a crash at start) has no 'exit' left to wait for.
    if (server.exitCode === null && server.signalCode === null) {
      const ended = new Promise((resolve) => server.once('exit', resolve));
      server.kill();
      await ended;
    }
  }
}

export async function measureDev(rounds = 3): Promise<DevFigures> {
  const figures: DevFigures = { firstPageSeconds: [], editSeconds: [] };
  const slug = fs
    .readdirSync(path.join(ROOT, 'content', 'publications', 'bg'))
    .filter((name) => name.endsWith('.md'))
    .sort()[0]!
    .replace(/\.md$/, '');
  for (let round = 0; round < rounds; round++) {
    // A fresh copy each time: the content store and caches start as on a fresh clone.
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-bench-dev-'));
    try {
      for (const folder of ['content', 'data']) fs.cpSync(path.join(ROOT, folder), path.join(work, folder), { recursive: true });
      for (const name of ['data-store.json', 'content-assets.mjs', 'content-modules.mjs']) fs.rmSync(path.join(ROOT, '.astro', name), { force: true });
      const { firstPage, edit } = await once(work, slug);
      figures.firstPageSeconds.push(firstPage);
      figures.editSeconds.push(edit);
      console.log(`dev round ${round + 1}: first page ${firstPage.toFixed(2)} s, edit shown ${edit.toFixed(2)} s`);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  }
  return figures;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
