import { readDataset, readDatasets } from '../../src/datasets/read';
import type { LoadedDataset } from '../../src/datasets/load';
import type { Release } from '../../src/datasets/releases';
import type { Monitoring } from '../../src/monitoring/model';
import { readMonitorings, readRecommendations } from '../../src/monitoring/read';
import type { Recommendation } from '../../src/monitoring/recommendations';
import type { SitePaths } from '../../src/site/paths';

/**
 * What the content collections of a site hold (src/collections.ts), read without Astro through the
 * same readers its loaders call: tests compare a built page with these.
 */
export function datasetsOf(paths: SitePaths): LoadedDataset[] {
  return readDatasets(paths).flatMap((read) => (read.dataset ? [read.dataset] : []));
}

/** One dataset, or undefined when it has errors or does not exist. */
export function datasetOf(id: string, paths: SitePaths): LoadedDataset | undefined {
  return readDataset(paths, id).dataset;
}

/** A dataset's released versions, oldest first. */
export function releasesOf(id: string, paths: SitePaths): Release[] {
  return readDataset(paths, id).releases ?? [];
}

export function monitoringsOf(paths: SitePaths): Monitoring[] {
  return readMonitorings(paths).flatMap((read) => (read.monitoring ? [read.monitoring] : []));
}

/** The recommendations, newest first. */
export function recommendationsOf(paths: SitePaths): Recommendation[] {
  return readRecommendations(paths).recommendations;
}
