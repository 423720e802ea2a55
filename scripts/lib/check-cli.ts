import { runChecks } from '../../src/check/run';
import { sortEditorErrors } from '../../src/errors/editor-error';
import { EDITOR_LANGUAGES, editorLanguage, formatEditorErrorIn, say, type EditorLanguage } from '../../src/i18n/editor-messages';
import { loadVitrinaPaths } from '../../src/config/settings';

/** What the command needs from outside; passed in so tests run it without a child process. */
export interface CheckCliIo {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  root: string;
  /** What the site passes to `vitrina()` (scripts/lib/site-options.ts); default: none. */
  options?: unknown;
  /** Prints one block of text. */
  print: (text: string) => void;
}

function parseLang(argv: readonly string[]): { lang?: string; help: boolean; bad?: string } {
  let lang: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--lang') lang = argv[++index];
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else return { help: false, bad: arg };
  }
  if (lang !== undefined && !(EDITOR_LANGUAGES as readonly string[]).includes(lang)) return { help: false, bad: `--lang ${lang}` };
  return { lang, help: false };
}

/** `npm run check`: returns the exit code (0 clean or warnings only, 1 errors, 2 wrong usage). */
export function checkCli(io: CheckCliIo): number {
  const args = parseLang(io.argv);
  // Help and a wrong option are said in the shell's language; the report in --lang's, when given.
  const lang: EditorLanguage = editorLanguage(args.lang, io.env);
  if (args.help) {
    io.print(say('check.usage', {}, lang));
    return 0;
  }
  if (args.bad) {
    io.print(`${say('check.bad.option', { value: args.bad }, lang)}\n\n${say('check.usage', {}, lang)}`);
    return 2;
  }
  const { paths, today, mdx } = loadVitrinaPaths({ root: io.root, options: io.options, env: io.env });
  let found;
  try {
    found = runChecks(paths, { today, mdx });
  } catch (error) {
    // Not an editor's mistake: a fault of Vitrina's own, said plainly, without a stack trace.
    io.print(say('check.internal', { message: error instanceof Error ? error.message : String(error) }, lang));
    return 1;
  }
  const problems = sortEditorErrors(found);
  const errors = problems.filter((problem) => problem.severity !== 'warning').length;
  const warnings = problems.length - errors;
  if (!problems.length) {
    io.print(say('report.ok', {}, lang));
    return 0;
  }
  io.print(problems.map((problem) => formatEditorErrorIn(problem, lang)).join('\n'));
  io.print(`\n${say('report.summary', { errors, warnings }, lang)}${errors ? `\n${say('report.failed', {}, lang)}` : ''}`);
  return errors ? 1 : 0;
}
