/**
 * The one way Vitrina reports an editor's mistake: where it is (file, line, column, field), what is
 * wrong, and a hint in plain words on how to fix it. Every checker (content, datasets, charts) builds
 * these, and the build and `npm run check` print them the same way.
 */
export interface EditorError {
  /** Path of the file, relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** 1-based column, when known. */
  column?: number;
  /** Dotted path of the field, e.g. `attachments.0.file`, or a CSV column name. */
  field?: string;
  /** What is wrong, in one sentence. */
  message: string;
  /** How to fix it, in plain words. */
  hint?: string;
  /** `warning` does not stop the build. Default `error`. */
  severity?: 'error' | 'warning';
}

/** `file:line:column field: message` plus the hint on an indented second line. */
export function formatEditorError(error: EditorError): string {
  const where = [error.file, error.line, error.line !== undefined ? error.column : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  const head = `${where}${error.field ? ` ${error.field}` : ''}: ${error.message}`;
  return error.hint ? `${head}\n    hint: ${error.hint}` : head;
}

/** Sorts by file, then line, then column, so reports read top to bottom and are the same every run. */
export function sortEditorErrors(errors: readonly EditorError[]): EditorError[] {
  return [...errors].sort(
    (a, b) =>
      a.file.localeCompare(b.file, 'en') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      (a.field ?? '').localeCompare(b.field ?? '', 'en'),
  );
}

/**
 * Thrown when a build must stop: carries every error found, not only the first. (Not named `errors`:
 * Astro takes an error with an `errors` array for a bundler report and prints only its first entry.)
 */
export class EditorErrors extends Error {
  readonly problems: EditorError[];

  /** `format` writes one error (default: English); the build passes the editors' language's. */
  constructor(errors: readonly EditorError[], title = 'The content has mistakes; nothing was built.', format: (error: EditorError) => string = formatEditorError) {
    const sorted = sortEditorErrors(errors);
    super(`${title}\n\n${sorted.map(format).join('\n')}\n\n${sorted.length} problem(s).`);
    this.name = 'EditorErrors';
    this.problems = sorted;
  }
}
