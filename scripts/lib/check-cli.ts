import fs from 'node:fs';
import { runChecks } from '../../src/check/run';
import { sortEditorErrors, type EditorError } from '../../src/errors/editor-error';
import { EDITOR_LANGUAGES, formatEditorErrorIn, say, type EditorLanguage } from '../../src/i18n/editor-messages';
import { loadVitrinaPaths, reportLanguage } from '../../src/config/settings';
import { annotation, failureAnnotation, failureSummary, overCap, repositoryPath, repositoryRoot, summaryLinks, summaryMarkdown } from './check-github';

/** What the command needs from outside; passed in so tests run it without a child process. */
export interface CheckCliIo {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  root: string;
  /** What the site passes to `vitrina()` (scripts/lib/site-options.ts); default: none. */
  options?: unknown;
  /** Prints one block of text. */
  print: (text: string) => void;
  /** Appends text to a file: the job summary on GitHub. Default: `fs.appendFileSync`. */
  append?: (file: string, text: string) => void;
}

/** `text`: the report as on an editor's computer; `github`: that, plus annotations and the job summary. */
export const CHECK_FORMATS = ['text', 'github'] as const;
type Format = (typeof CHECK_FORMATS)[number];

interface Args {
  lang?: string;
  format?: Format;
  help: boolean;
  bad?: string;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { help: false };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--help' || arg === '-h') return { help: true };
    const [name, inline] = arg.startsWith('--') ? arg.slice(2).split(/=(.*)/s, 2) : [];
    const value = inline ?? (name === 'lang' || name === 'format' ? argv[++index] : undefined);
    if (name === 'lang') {
      if (!(EDITOR_LANGUAGES as readonly string[]).includes(value ?? '')) return { help: false, bad: `--lang ${value ?? ''}`.trim() };
      args.lang = value;
    } else if (name === 'format') {
      if (!(CHECK_FORMATS as readonly string[]).includes(value ?? '')) return { help: false, bad: `--format ${value ?? ''}`.trim() };
      args.format = value as Format;
    } else return { help: false, bad: arg };
  }
  return args;
}

/**
 * `npm run check`: returns the exit code (0 clean or warnings only, 1 errors, 2 wrong usage). On
 * GitHub Actions (GITHUB_ACTIONS=true) the format is `github` unless `--format text` says otherwise,
 * so a workflow that runs a plain `npm run check` gets annotations too.
 */
export function checkCli(io: CheckCliIo): number {
  const args = parseArgs(io.argv);
  // Help and a wrong option are said before the site is read (it may not be readable): the same
  // rule, without the site's language.
  const usageLang = reportLanguage({ flag: args.lang, env: io.env });
  if (args.help) {
    io.print(say('check.usage', {}, usageLang));
    return 0;
  }
  if (args.bad) {
    io.print(`${say('check.bad.option', { value: args.bad }, usageLang)}\n\n${say('check.usage', {}, usageLang)}`);
    return 2;
  }
  const github = (args.format ?? (io.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text')) === 'github';
  const { paths, today, mdx, messages } = loadVitrinaPaths({ root: io.root, options: io.options, env: io.env });
  const lang = reportLanguage({ flag: args.lang, env: io.env, options: { messages }, paths, shell: !github });
  const summary = github ? summaryWriter(io, lang) : () => {};
  let found;
  try {
    found = runChecks(paths, { today, mdx });
  } catch (error) {
    // Not an editor's mistake: a fault of Vitrina's own, said plainly, without a stack trace.
    const message = say('check.internal', { message: error instanceof Error ? error.message : String(error) }, lang);
    if (github) io.print(failureAnnotation(message));
    io.print(message);
    summary(failureSummary(message, lang));
    return 1;
  }
  const problems = sortEditorErrors(found);
  const errors = problems.filter((problem) => problem.severity !== 'warning').length;
  const warnings = problems.length - errors;
  if (github) {
    const repository = repositoryRoot(io.root, io.env);
    const file = (problem: EditorError) => repositoryPath(problem.file, paths.root, repository);
    if (problems.length) io.print(problems.map((problem) => annotation(problem, lang, file(problem))).join('\n'));
    if (overCap(problems)) io.print(say('check.github.capped', { count: problems.length }, lang));
    summary(summaryMarkdown(problems, lang, { file, links: summaryLinks(io.env) }));
  }
  if (!problems.length) {
    io.print(say('report.ok', {}, lang));
    return 0;
  }
  io.print(problems.map((problem) => formatEditorErrorIn(problem, lang)).join('\n'));
  io.print(`\n${say('report.summary', { errors, warnings }, lang)}${errors ? `\n${say('report.failed', {}, lang)}` : ''}`);
  return errors ? 1 : 0;
}

/** Appends to GitHub's job summary file, when the step has one; a failure to write is said, never fatal. */
function summaryWriter(io: CheckCliIo, lang: EditorLanguage): (markdown: string) => void {
  const file = io.env.GITHUB_STEP_SUMMARY;
  const append = io.append ?? ((target: string, text: string) => fs.appendFileSync(target, text));
  return (markdown) => {
    if (!file) return;
    try {
      append(file, markdown);
    } catch (error) {
      io.print(say('check.summary.unwritten', { file, message: error instanceof Error ? error.message : String(error) }, lang));
    }
  };
}
