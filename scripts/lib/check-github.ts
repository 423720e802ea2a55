import fs from 'node:fs';
import path from 'node:path';
import type { EditorError } from '../../src/errors/editor-error';
import { say, sayMessage, type EditorLanguage } from '../../src/i18n/editor-messages';

/**
 * `vitrina check --format github`: each problem as a GitHub workflow command, which GitHub shows as an
 * annotation on the line in the pull request's "Files changed" and on the run's page, and a table of
 * every problem for the job summary. Plain functions of the problems; check-cli.ts prints and writes.
 * https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands
 */

/** GitHub shows at most this many error and as many warning annotations of one step. */
export const ANNOTATIONS_SHOWN = 10;

/** Workflow command data (the message): `%`, CR and LF escaped, as GitHub's toolkit does. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command property (file, title): also `:` and `,`, which would end it. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * The folder annotation paths are relative to: GitHub's checkout (GITHUB_WORKSPACE), else the
 * nearest folder above the site with `.git`, else the site itself. A site in a sub-folder of its
 * repository is named from the repository's root, as GitHub needs to find the file.
 */
export function repositoryRoot(root: string, env: Readonly<Record<string, string | undefined>>): string {
  if (env.GITHUB_WORKSPACE) return path.resolve(env.GITHUB_WORKSPACE);
  for (let dir = path.resolve(root); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(root);
  }
}

/** `file` (relative to the site's root, as problems name it) relative to `repository`, with forward slashes. */
export function repositoryPath(file: string, root: string, repository: string): string {
  const relative = path.relative(repository, path.resolve(root, file));
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : file;
}

/** What is wrong and how to fix it, in one line of `lang`: `message — hint`. */
function text(problem: EditorError, lang: EditorLanguage): string {
  const message = sayMessage(problem.message, lang);
  return problem.hint ? `${message} — ${sayMessage(problem.hint, lang)}` : message;
}

/** `::error file=…,line=…,col=…,title=<field>::<message — hint>` (`::warning` for a warning). */
export function annotation(problem: EditorError, lang: EditorLanguage, file: string): string {
  const properties = [
    ['file', file],
    ['line', problem.line],
    ['col', problem.line !== undefined ? problem.column : undefined],
    ['title', problem.field || undefined],
  ] as const;
  const shown = properties.filter(([, value]) => value !== undefined).map(([name, value]) => `${name}=${escapeProperty(String(value))}`);
  return `::${problem.severity === 'warning' ? 'warning' : 'error'} ${shown.join(',')}::${escapeData(text(problem, lang))}`;
}

/** A failure of the check itself, as one error annotation with no file. */
export function failureAnnotation(message: string): string {
  return `::error::${escapeData(message)}`;
}

/** True when GitHub leaves some of these problems unmarked on the files. */
export function overCap(problems: readonly EditorError[]): boolean {
  const warnings = problems.filter((problem) => problem.severity === 'warning').length;
  return warnings > ANNOTATIONS_SHOWN || problems.length - warnings > ANNOTATIONS_SHOWN;
}

/** Text in a Markdown table cell: read as written (no emphasis, link or HTML), on one line. */
export function markdownCell(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/\n/g, '<br>');
}

/** Where the summary links a problem to: the file at the commit that ran, on GitHub. */
export interface SummaryLinks {
  /** e.g. https://github.com/owner/repo/blob/<sha>/ */
  blob: string;
}

/** The blob address of the commit being checked, from GitHub's variables; undefined outside GitHub. */
export function summaryLinks(env: Readonly<Record<string, string | undefined>>): SummaryLinks | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  return server && repository && sha ? { blob: `${server.replace(/\/+$/, '')}/${repository}/blob/${sha}/` } : undefined;
}

function location(file: string, problem: EditorError, links: SummaryLinks | undefined): string {
  const label = markdownCell(problem.line !== undefined ? `${file}:${problem.line}` : file);
  if (!links || path.isAbsolute(file)) return label;
  const address = file
    .split('/')
    .map((part) => encodeURIComponent(part).replace(/[()]/g, (bracket) => `%${bracket.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
  return `[${label}](${links.blob}${address}${problem.line !== undefined ? `#L${problem.line}` : ''})`;
}

/**
 * The job summary (GITHUB_STEP_SUMMARY): a heading, the counts, and a table of every problem (where,
 * field, message, hint), since GitHub marks only the first few on the files. `file` names each
 * problem's file from the repository's root.
 */
export function summaryMarkdown(
  problems: readonly EditorError[],
  lang: EditorLanguage,
  { file, links }: { file: (problem: EditorError) => string; links?: SummaryLinks },
): string {
  const title = `## ${say('check.summary.title', {}, lang)}\n\n`;
  if (!problems.length) return `${title}${say('report.ok', {}, lang)}\n\n`;
  const errors = problems.filter((problem) => problem.severity !== 'warning').length;
  const counts = [say('report.summary', { errors, warnings: problems.length - errors }, lang), ...(errors ? [say('report.failed', {}, lang)] : [])].join(' ');
  const head = ['check.summary.where', 'check.summary.field', 'check.summary.message', 'check.summary.hint'] as const;
  const rows = problems.map((problem) => {
    const message = sayMessage(problem.message, lang);
    const marked = problem.severity === 'warning' ? `${message} (${say('report.warningLabel', {}, lang)})` : message;
    const cells = [location(file(problem), problem, links), markdownCell(problem.field ?? ''), markdownCell(marked), markdownCell(problem.hint ? sayMessage(problem.hint, lang) : '')];
    return `| ${cells.join(' | ')} |`;
  });
  return [
    `${title}${markdownCell(counts)}\n`,
    `| ${head.map((id) => say(id, {}, lang)).join(' | ')} |`,
    `|${head.map(() => ' --- ').join('|')}|`,
    ...rows,
    '',
    ...(overCap(problems) ? [`${markdownCell(say('check.github.capped', { count: problems.length }, lang))}\n`] : []),
    '',
  ].join('\n');
}

/** The job summary when the check itself failed. */
export function failureSummary(message: string, lang: EditorLanguage): string {
  return `## ${say('check.summary.title', {}, lang)}\n\n${markdownCell(message)}\n\n`;
}
