import type { DataStore, Loader } from 'astro/loaders';
import path from 'node:path';
import { readDatasets } from '../datasets/read';
import { say, type EditorLanguage } from '../i18n/editor-messages';
import { readMonitorings, readRecommendations } from '../monitoring/read';
import { recommendationsDir } from '../monitoring/recommendations';
import type { SitePaths } from '../site/paths';
import { NOTHING } from '../text/read-once';

/** How long after the last change under a folder it is read again: a save is often several writes. */
export const SETTLE_MS = 150;

/** One entry the store should hold: its id, its data and the digest that says whether it changed. */
type Stored = { id: string; data: Record<string, unknown>; digest: string };

/**
 * A loader over files the engine reads itself (src/datasets/read.ts, src/monitoring/read.ts): the
 * store holds what `read()` returns, and only that. What `read()` leaves out (a dataset with an
 * error) is not in the store: the content check has stopped the build on it, and in `astro dev`
 * shows it as the page (src/integrations/dev-check.ts). In `astro dev` it reads again when a file
 * under `folders` changes, once the editor has finished saving (as the check does, 150 ms after the
 * last change); an entry whose digest is unchanged is left as it is.
 */
export function readLoader(name: string, folders: readonly string[], read: () => Stored[], lang: EditorLanguage): Loader {
  let first = true;
  const sync = (store: DataStore) => {
    // The store is kept on disk between builds; what it held before this process is not trusted
    // (the engine that built it may have been another version), so the first sync starts afresh.
    if (first) store.clear();
    first = false;
    const kept = new Set<string>();
    for (const entry of read()) {
      store.set(entry);
      kept.add(entry.id);
    }
    if (!kept.size) {
      store.set({ id: NOTHING, data: {}, digest: NOTHING });
      kept.add(NOTHING);
    }
    for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
  };
  let watching = false;
  let timer: NodeJS.Timeout | undefined;
  return {
    name,
    load: async ({ store, watcher, logger }) => {
      sync(store);
      if (!watcher || watching) return;
      watching = true;
      for (const folder of folders) watcher.add(folder);
      watcher.on('all', (_event, file) => {
        if (!folders.some((folder) => file.startsWith(folder + path.sep))) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          try {
            sync(store);
          } catch (error) {
            // A file that vanished for a moment (saved by renaming a temporary file): the store keeps
            // what it had until the next change, as the check does.
            logger.warn(say('check.internal', { message: error instanceof Error ? error.message : String(error) }, lang));
          }
        }, SETTLE_MS);
      });
    },
  };
}

/**
 * The loaders of what the engine reads itself: datasets, monitorings, recommendations. `lang` is the
 * language of the editors' messages (a failed read in `astro dev`).
 */
export function dataLoaders(paths: SitePaths, lang: EditorLanguage) {
  const data = [paths.data];
  const recommendations = [paths.data, recommendationsDir(paths), path.join(paths.content, 'projects')];
  return {
    datasets: readLoader('vitrina-datasets', data, () =>
      readDatasets(paths).flatMap((read) => (read.dataset ? [{ id: read.id, data: { dataset: read.dataset, releases: read.releases ?? [] }, digest: read.signature }] : [])),
      lang,
    ),
    monitorings: readLoader('vitrina-monitorings', data, () =>
      readMonitorings(paths).flatMap((read) => (read.monitoring ? [{ id: read.id, data: { monitoring: read.monitoring }, digest: read.signature }] : [])),
      lang,
    ),
    recommendations: readLoader('vitrina-recommendations', recommendations, () => {
      // Read together (an addressee's name is compared across files), so they change together.
      const read = readRecommendations(paths);
      return read.recommendations.map((recommendation) => ({ id: recommendation.id, data: { recommendation }, digest: read.signature }));
    }, lang),
  };
}
