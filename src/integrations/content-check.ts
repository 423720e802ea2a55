import type { AstroIntegrationLogger } from 'astro';
import { runChecks } from '../check/run';
import { EditorErrors } from '../errors/editor-error';
import { editorMessage, editorWords, formatEditorErrorIn, type EditorLanguage } from '../i18n/editor-messages';
import type { SitePaths } from '../site/paths';
import type { MdxMode } from '../config/options';

/**
 * Checks all content and data before Astro reads or writes anything, so that an editor's mistake
 * stops the build with every problem listed (file, line, field, hint) and leaves the output folder
 * untouched. Warnings are logged; errors throw `EditorErrors` in the editors' language.
 */
export function checkBeforeBuild(paths: SitePaths, options: { today: string; mdx: MdxMode; lang: EditorLanguage; logger: Pick<AstroIntegrationLogger, 'warn'> }): void {
  const { lang, logger } = options;
  const problems = runChecks(paths, { today: options.today, mdx: options.mdx });
  const errors = problems.filter((problem) => problem.severity !== 'warning');
  for (const warning of problems.filter((problem) => problem.severity === 'warning')) {
    logger.warn(formatEditorErrorIn(warning, lang));
  }
  if (errors.length) throw new EditorErrors(errors, editorMessage('report.buildStopped'), editorWords(lang));
}
