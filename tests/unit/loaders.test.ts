import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import type { DataStore, LoaderContext } from 'astro/loaders';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { resolvePaths } from '../../src/config/settings';
import { datasetProblems, readDataset } from '../../src/datasets/read';
import { dataLoaders, readLoader, SETTLE_MS } from '../../src/integrations/loaders';
import { say } from '../../src/i18n/editor-messages';
import { NOTHING } from '../../src/text/read-once';
import { readMonitorings, readRecommendations } from '../../src/monitoring/read';
import { descriptor, tempSite, yaml } from './datasets/helpers';

type Entry = { id: string; data: Record<string, unknown>; digest?: string | number };

/** Astro's store as a loader sees it: `set` keeps an entry whose digest is unchanged, and says so. */
function memoryStore() {
  const entries = new Map<string, Entry>();
  const writes: string[] = [];
  const store = {
    get: (id: string) => entries.get(id),
    entries: () => [...entries.entries()],
    set: (entry: Entry) => {
      if (entries.get(entry.id)?.digest === entry.digest && entry.digest !== undefined) return false;
      entries.set(entry.id, entry);
      writes.push(entry.id);
      return true;
    },
    values: () => [...entries.values()],
    keys: () => [...entries.keys()],
    delete: (id: string) => void entries.delete(id),
    clear: () => entries.clear(),
    has: (id: string) => entries.has(id),
    addModuleImport: () => {},
  };
  return { store: store as unknown as DataStore, entries, writes };
}

/** The dev server's file watcher, as far as a loader uses it. */
class Watcher extends EventEmitter {
  added: string[] = [];
  add(folder: string) {
    this.added.push(folder);
    return this;
  }
}

const ROWS = 'id,name,amount,kind,day,ok\n1,Първи,10,a,2023-02-01,true\n2,Втори,20,b,2023-03-01,false\n';

function context(store: DataStore, watcher?: Watcher): LoaderContext {
  return { store, watcher, logger: { warn: (message: string) => console.warn(message) } } as unknown as LoaderContext;
}

describe('the datasets collection', () => {
  it('holds what the content check read, from the same read, and only the datasets without errors', async () => {
    const paths = tempSite({ 'datapackage.yaml': yaml(descriptor()), 'rows.csv': ROWS });
    fs.mkdirSync(path.join(paths.data, 'broken'));
    fs.writeFileSync(path.join(paths.data, 'broken', 'datapackage.yaml'), yaml(descriptor()));
    fs.writeFileSync(path.join(paths.data, 'broken', 'rows.csv'), ROWS.replace('1,Първи,10', '1,Първи,ten'));

    // The check first, as in a build: it reports the broken dataset's row with file, line and field.
    const problems = datasetProblems(paths);
    expect(problems.map((problem) => `${problem.file}:${problem.line} ${problem.field}`)).toEqual(['data/broken/rows.csv:2 amount']);

    const { store, entries } = memoryStore();
    await dataLoaders(paths, 'en').datasets.load(context(store));
    expect([...entries.keys()]).toEqual(['sample']);
    const entry = entries.get('sample')!;
    // The very objects the check's read made: the dataset was parsed once.
    expect(entry.data.dataset).toBe(readDataset(paths, 'sample').dataset);
    expect(entry.digest).toBe(readDataset(paths, 'sample').signature);
    expect((entry.data.dataset as { resources: { rows: unknown[][] }[] }).resources[0]!.rows).toEqual([
      [1, 'Първи', 10, 'a', '2023-02-01', true],
      [2, 'Втори', 20, 'b', '2023-03-01', false],
    ]);
  });

  it('in astro dev, stores again only the dataset whose files changed, and drops it while it has an error', async () => {
    const paths = tempSite({ 'datapackage.yaml': yaml(descriptor()), 'rows.csv': ROWS });
    fs.cpSync(path.join(paths.data, 'sample'), path.join(paths.data, 'other'), { recursive: true });
    const { store, entries, writes } = memoryStore();
    const watcher = new Watcher();
    vi.useFakeTimers();
    onTestFinished(() => void vi.useRealTimers());
    await dataLoaders(paths, 'en').datasets.load(context(store, watcher));
    expect(watcher.added).toEqual([paths.data]);
    expect(writes).toEqual(['other', 'sample']);

    const csv = path.join(paths.data, 'sample', 'rows.csv');
    const edit = (text: string) => {
      // A save in two writes, each seen by the watcher: read once, after the last.
      fs.writeFileSync(csv, '');
      watcher.emit('all', 'change', csv);
      fs.writeFileSync(csv, text);
      // A later modification time than the last write, whatever the file system's resolution.
      const later = new Date(Date.now() + 1000 * writes.length);
      fs.utimesSync(csv, later, later);
      watcher.emit('all', 'change', csv);
      vi.advanceTimersByTime(SETTLE_MS);
    };
    edit(ROWS.replace('Първи', 'Първа'));
    expect(writes).toEqual(['other', 'sample', 'sample']);
    expect(JSON.stringify(entries.get('sample')!.data)).toContain('Първа');

    edit(ROWS.replace('1,Първи,10', '1,Първи,ten'));
    expect([...entries.keys()]).toEqual(['other']);
    edit(ROWS);
    expect([...entries.keys()].sort()).toEqual(['other', 'sample']);

    // A file outside the data folder is none of this loader's business.
    watcher.emit('all', 'change', path.join(paths.content, 'site.yaml'));
    vi.advanceTimersByTime(SETTLE_MS);
    expect(writes).toEqual(['other', 'sample', 'sample', 'sample']);
  });

  it('starts afresh in a new process: what a store kept from an earlier build is not trusted', async () => {
    const paths = tempSite({ 'datapackage.yaml': yaml(descriptor()), 'rows.csv': ROWS });
    const { store, entries } = memoryStore();
    store.set({ id: 'sample', data: { dataset: 'from an older engine' }, digest: readDataset(paths, 'sample').signature });
    store.set({ id: 'gone', data: {}, digest: 'x' });
    await dataLoaders(paths, 'en').datasets.load(context(store));
    expect([...entries.keys()]).toEqual(['sample']);
    expect(entries.get('sample')!.data.dataset).toBe(readDataset(paths, 'sample').dataset);
  });
});

describe('a collection with nothing in it', () => {
  it('holds one entry that says so, and loses it with the first dataset', async () => {
    const paths = tempSite({ 'datapackage.yaml': yaml(descriptor()), 'rows.csv': ROWS });
    const csv = path.join(paths.data, 'sample', 'rows.csv');
    fs.writeFileSync(csv, ROWS.replace('1,Първи,10', '1,Първи,ten'));
    const { store, entries } = memoryStore();
    const watcher = new Watcher();
    vi.useFakeTimers();
    onTestFinished(() => void vi.useRealTimers());
    await dataLoaders(paths, 'en').datasets.load(context(store, watcher));
    // Astro warns on every read of an empty collection; a site without datasets must not see that.
    expect([...entries.keys()]).toEqual([NOTHING]);
    fs.writeFileSync(csv, ROWS);
    fs.utimesSync(csv, new Date(Date.now() + 5000), new Date(Date.now() + 5000));
    watcher.emit('all', 'change', csv);
    vi.advanceTimersByTime(SETTLE_MS);
    expect([...entries.keys()]).toEqual(['sample']);
  });
});

describe('a loader whose read fails in astro dev', () => {
  it('keeps what the store held and says so in the editors’ language', async () => {
    vi.useFakeTimers();
    onTestFinished(() => void vi.useRealTimers());
    let fails = false;
    const loader = readLoader('test', ['/site/data'], () => {
      if (fails) throw new Error('ENOENT: no such file or directory, stat /site/data/x/rows.csv');
      return [{ id: 'x', data: { n: 1 }, digest: 'a' }];
    }, 'bg');
    const { store, entries } = memoryStore();
    const watcher = new Watcher();
    const warnings: string[] = [];
    await loader.load({ store, watcher, logger: { warn: (message: string) => warnings.push(message) } } as unknown as LoaderContext);
    fails = true;
    watcher.emit('all', 'unlink', '/site/data/x/rows.csv');
    vi.advanceTimersByTime(SETTLE_MS);
    expect([...entries.keys()]).toEqual(['x']);
    expect(warnings).toEqual([say('check.internal', { message: 'ENOENT: no such file or directory, stat /site/data/x/rows.csv' }, 'bg')]);
    expect(warnings[0]).toMatch(/^Самата проверка се провали/);
  });
});

describe('the monitorings and recommendations collections', () => {
  it('hold the example site’s monitorings and recommendations as their readers return them', async () => {
    const paths = resolvePaths(path.resolve(import.meta.dirname, '../..'), { content: 'content', data: 'data' }, {});
    const loaders = dataLoaders(paths, 'en');
    const monitorings = memoryStore();
    await loaders.monitorings.load(context(monitorings.store));
    const read = readMonitorings(paths).filter((item) => item.monitoring);
    expect([...monitorings.entries.keys()]).toEqual(read.map((item) => item.id));
    expect(read.length).toBe(2);
    for (const item of read) expect(monitorings.entries.get(item.id)!.data.monitoring).toBe(item.monitoring);

    const recommendations = memoryStore();
    await loaders.recommendations.load(context(recommendations.store));
    const { recommendations: all } = readRecommendations(paths);
    expect(all.length).toBeGreaterThan(5);
    expect([...recommendations.entries.keys()].sort()).toEqual(all.map((item) => item.id).sort());
  });
});
