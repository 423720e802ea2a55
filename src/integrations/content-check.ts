import type { AstroIntegration } from 'astro';
import { runChecks } from '../check/run';
import { EditorErrors, formatEditorError } from '../errors/editor-error';
import { sitePaths } from '../site/paths';

/**
 * Checks all content and data before Astro reads or writes anything, so that an editor's mistake
 * stops the build with every problem listed (file, line, field, hint) and leaves dist/ untouched.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'vitrina:content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const today = new Date().toISOString().slice(0, 10);
        const problems = runChecks(sitePaths(), { today });
        const errors = problems.filter((problem) => problem.severity !== 'warning');
        for (const warning of problems.filter((problem) => problem.severity === 'warning')) {
          logger.warn(formatEditorError(warning));
        }
        if (errors.length) throw new EditorErrors(errors);
      },
    },
  };
}
