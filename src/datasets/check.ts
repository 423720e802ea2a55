import { sortEditorErrors, type EditorError } from '../errors/editor-error';
import type { SitePaths } from '../site/paths';
import { datasetProblems } from './read';

/**
 * Checks every dataset under `paths.data`: descriptor, links, and every row. Returns all errors and
 * warnings (up to 20 per CSV file, then a count), for `npm run check` and the build to print before
 * anything is written. The parse is kept, so the pages that follow in the same process reuse it.
 */
export function checkDatasets(paths: SitePaths): EditorError[] {
  return sortEditorErrors(datasetProblems(paths));
}
