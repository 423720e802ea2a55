import type { EditorError } from '../errors/editor-error';
import type { SitePaths } from '../site/paths';
import { datasetIds, loadDataset } from './load';

/**
 * Checks every dataset under `paths.data`: descriptor, links, and every row. Returns all errors and
 * warnings (up to 20 per CSV file, then a count), for `npm run check` and the build to print before
 * anything is written.
 */
export function checkDatasets(paths: SitePaths): EditorError[] {
  return datasetIds(paths).flatMap((id) => loadDataset(paths, id).errors);
}
