import type { AstroIntegration } from 'astro';
import { checkLanguage, formatEditorErrorIn, say } from '../check/messages';
import { runChecks } from '../check/run';
import { checkToday } from '../check/today';
import { EditorErrors } from '../errors/editor-error';
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
        // English unless VITRINA_LANG asks otherwise: build logs are often read by someone else.
        const lang = checkLanguage(process.env.VITRINA_LANG, {});
        const problems = runChecks(sitePaths(), { today: checkToday() });
        const errors = problems.filter((problem) => problem.severity !== 'warning');
        for (const warning of problems.filter((problem) => problem.severity === 'warning')) {
          logger.warn(formatEditorErrorIn(warning, lang));
        }
        if (errors.length) throw new EditorErrors(errors, say('report.buildStopped', {}, lang), (error) => formatEditorErrorIn(error, lang));
      },
    },
  };
}
