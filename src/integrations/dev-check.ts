import type { Plugin, ViteDevServer } from 'vite';
import { runChecks, type CheckOptions } from '../check/run';
import { sortEditorErrors, type EditorError } from '../errors/editor-error';
import { formatEditorErrorIn, say, type EditorLanguage } from '../i18n/editor-messages';
import type { SitePaths } from '../site/paths';
import { escapeMarkup } from '../text/markup';

/** The HTML of the page `npm run dev` shows instead of the site while content has errors. */
export function devErrorPage(errors: readonly EditorError[], lang: EditorLanguage): string {
  const items = errors.map((error) => `<li><pre>${escapeMarkup(formatEditorErrorIn(error, lang))}</pre></li>`).join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeMarkup(say('dev.errors.title', {}, lang))}</title>
<style>
body { font: 1rem/1.5 system-ui, sans-serif; margin: 0 auto; padding: 1.5rem; max-width: 60rem; color: #1a1a1a; background: #fff; }
h1 { font-size: 1.5rem; color: #8a1c1c; }
ol { padding-left: 1.25rem; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; font: 0.95rem/1.5 ui-monospace, monospace; background: #fbeaea; border-left: 4px solid #8a1c1c; padding: 0.5rem 0.75rem; margin: 0.5rem 0; }
</style>
<script type="module" src="/@vite/client"></script>
</head>
<body>
<main>
<h1>${escapeMarkup(say('dev.errors.title', {}, lang))}</h1>
<p>${escapeMarkup(say('dev.errors.intro', { count: errors.length }, lang))}</p>
<ol>
${items}
</ol>
</main>
</body>
</html>
`;
}

/**
 * `npm run dev` with the check: the same check as `npm run check` and the build runs when the server
 * starts and again on every change under content/ and data/. While it finds errors, every page the
 * browser asks for is a page that lists them (file, line, field, message, hint, in the editors'
 * language) instead of the site with the faulty entry silently left out; the browser reloads by
 * itself when a file changes. Warnings are logged only.
 */
export function devCheckPlugin(paths: SitePaths, options: CheckOptions, lang: EditorLanguage, log: (text: string) => void): Plugin {
  let errors: EditorError[] = [];
  const check = () => {
    let problems: EditorError[];
    try {
      problems = sortEditorErrors(runChecks(paths, options));
    } catch (error) {
      // A file that vanished for a moment (an editor that saves by renaming a temporary file) must
      // not end the server: the last result stands until the next change checks again.
      log(say('check.internal', { message: error instanceof Error ? error.message : String(error) }, lang));
      return;
    }
    errors = problems.filter((problem) => problem.severity !== 'warning');
    if (errors.length) log(`${say('dev.errors.title', {}, lang)}\n${errors.map((error) => formatEditorErrorIn(error, lang)).join('\n')}`);
  };
  return {
    name: 'vitrina:dev-check',
    apply: 'serve',
    configureServer(server: ViteDevServer) {
      check();
      server.watcher.add([paths.content, paths.data]);
      let timer: NodeJS.Timeout | undefined;
      const changed = (file: string) => {
        if (!file.startsWith(paths.content) && !file.startsWith(paths.data)) return;
        clearTimeout(timer);
        // Editors save several files at once (a publication and its image): one check for them all.
        timer = setTimeout(() => {
          const before = errors.length;
          check();
          if (errors.length || before) server.ws.send({ type: 'full-reload' });
        }, 150);
      };
      server.watcher.on('change', changed);
      server.watcher.on('add', changed);
      server.watcher.on('unlink', changed);
      server.middlewares.use((request, response, next) => {
        const wantsPage = request.method === 'GET' && /text\/html/.test(String(request.headers.accept ?? ''));
        if (!errors.length || !wantsPage) return next();
        response.statusCode = 500;
        response.setHeader('content-type', 'text/html; charset=utf-8');
        response.end(devErrorPage(errors, lang));
      });
    },
  };
}
