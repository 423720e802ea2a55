import fs from 'node:fs';
import path from 'node:path';
import { DESCRIPTOR, projectIds } from '../datasets/load';
import { readDatasets } from '../datasets/read';
import type { EditorError } from '../errors/editor-error';
import { parseYamlSource, type YamlSource } from '../errors/parse-yaml';
import { displayPath, type SitePaths } from '../site/paths';
import { filesSignature, readOnce } from '../text/read-once';
import { buildMonitoring, isMonitoring, type Monitoring } from './model';
import { loadRecommendations, recommendationFiles, type Recommendation } from './recommendations';

/**
 * A monitoring as read: the model built from its dataset, or the mistakes in its links (observations
 * naming unknown services, criteria, territories or rounds). `broken` when the dataset itself has
 * errors: those are the datasets check's to report, so nothing here repeats them.
 */
export interface MonitoringRead {
  id: string;
  /** The dataset's signature: the model is built again only when the dataset was read again. */
  signature: string;
  monitoring?: Monitoring;
  errors: EditorError[];
  broken?: true;
}

/** Every dataset with monitoring roles, sorted by id, each built once per read of its dataset. */
export function readMonitorings(paths: SitePaths): MonitoringRead[] {
  return readDatasets(paths).flatMap((read): MonitoringRead[] => {
    const { id, signature, dataset } = read;
    if (!dataset) return [{ id, signature, errors: [], broken: true }];
    if (!isMonitoring(dataset)) return [];
    const descriptorFile = path.join(paths.data, id, DESCRIPTOR);
    return [
      readOnce(`monitoring:${descriptorFile}`, signature, () => {
        let source: YamlSource | undefined;
        const built = buildMonitoring(dataset, {
          descriptorFile: displayPath(descriptorFile, paths.root),
          fileOf: (table) => displayPath(path.join(paths.data, id, table.resource.path), paths.root),
          // Parsed again only when a message needs a line in the descriptor.
          locate: (fieldPath) => (source ??= parseYamlSource(fs.readFileSync(descriptorFile, 'utf8'), descriptorFile)).locate(fieldPath),
        });
        return { id, signature, ...built };
      }),
    ];
  });
}

/** The recommendations as read: the valid ones, newest first, and every problem. */
export interface RecommendationsRead {
  /** The state of everything they were read from. */
  signature: string;
  recommendations: Recommendation[];
  errors: EditorError[];
}

/**
 * Every recommendation file, read once while the files, the projects and the monitorings they link
 * to are unchanged.
 */
export function readRecommendations(paths: SitePaths): RecommendationsRead {
  const monitorings = readMonitorings(paths);
  const files = recommendationFiles(paths);
  const projects = new Set(projectIds(paths));
  const signature = [filesSignature(files), ...projects, ...monitorings.map((item) => `${item.id}:${item.monitoring ? item.signature : 'broken'}`)].join('|');
  return readOnce(`recommendations:${paths.content}`, signature, () => {
    const services = new Map<string, ReadonlySet<string> | null>(
      monitorings.map((item) => [item.id, item.monitoring ? new Set(item.monitoring.services.map((s) => s.id)) : null]),
    );
    return { signature, ...loadRecommendations(paths, { projects, services: (id) => services.get(id) }) };
  });
}

/**
 * The checker for `runChecks`: the links inside every monitoring dataset and every recommendation
 * file, with file, line and field.
 */
export function checkMonitoring(paths: SitePaths): EditorError[] {
  return [...readMonitorings(paths).flatMap((item) => item.errors), ...readRecommendations(paths).errors];
}
