import { runChecks } from '../../src/check/run';
import { checkLanguage, formatEditorErrorIn, say, CHECK_LANGUAGES, type CheckLanguage } from '../../src/check/messages';
import { sortEditorErrors } from '../../src/errors/editor-error';
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

const USAGE = `Usage: npm run check [-- --lang en|bg]

Checks content/ and data/ without building the site. Prints every problem as
file:line:column field: message, with a hint; exits with 1 when there is an error.
The language comes from --lang, else from LC_ALL, LC_MESSAGES or LANG (bg_* → Bulgarian).`;

function parseLang(argv: readonly string[]): { lang?: string; help: boolean; bad?: string } {
  let lang: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--lang') lang = argv[++index];
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else return { help: false, bad: arg };
  }
  if (lang !== undefined && !(CHECK_LANGUAGES as readonly string[]).includes(lang)) return { help: false, bad: `--lang ${lang}` };
  return { lang, help: false };
}

/** `npm run check`: returns the exit code (0 clean or warnings only, 1 errors, 2 wrong usage). */
export function checkCli(io: CheckCliIo): number {
  const args = parseLang(io.argv);
  if (args.help) {
    io.print(USAGE);
    return 0;
  }
  if (args.bad) {
    io.print(`Unknown option: ${args.bad}\n\n${USAGE}`);
    return 2;
  }
  const lang: CheckLanguage = checkLanguage(args.lang, io.env);
  const { paths, today } = loadVitrinaPaths({ root: io.root, options: io.options, env: io.env });
  const problems = sortEditorErrors(runChecks(paths, { today }));
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
