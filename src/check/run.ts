import type { EditorError } from '../errors/editor-error';
import { forgetParsedYaml } from '../errors/parse-yaml';
import type { SitePaths } from '../site/paths';
import { checkCharts } from '../charts/check';
import { checkContent, type CheckOptions } from './content';
import { checkFiles } from './files';
import { checkMdx } from './mdx';
import { checkTranslations } from './translations';
import { checkPlaceholders } from './placeholders';
import { checkDatasets } from '../datasets/check';
import { checkMonitoring } from '../monitoring/read';

/**
 * The single entry for checking everything editors write. The build (src/integrations/content-check.ts)
 * and `npm run check` both call it, so an editor sees the same message everywhere.
 * Each checker returns errors and warnings (severity 'warning'); add new checkers to the list.
 */
const CHECKERS: Array<(paths: SitePaths, options: CheckOptions) => EditorError[]> = [checkFiles, checkContent, checkMdx, checkPlaceholders, checkDatasets, checkMonitoring, checkCharts, checkTranslations];

export function runChecks(paths: SitePaths, options: CheckOptions): EditorError[] {
  try {
    return CHECKERS.flatMap((check) => check(paths, options));
  } finally {
    // The checkers share each file's parsed YAML while they run; the build needs none of it after.
    forgetParsedYaml();
  }
}

export type { CheckOptions };
