/**
 * A message to an editor: the id of a sentence in the catalogue of editors' messages
 * (src/i18n/editor-catalogues) and the values put into it. Checkers report these; the text is made
 * in the editor's language only when the message is printed. A parameter may itself be a message
 * (a phrase, said in the same language).
 */
export interface EditorMessage {
  /** Catalogue id, e.g. `content.project.unknown`. */
  id: string;
  /** Values for the `{name}` placeholders of the sentence. */
  params?: EditorParams;
}

/** The values put into a message: text and numbers as they are, phrases as messages. */
export type EditorParams = Readonly<Record<string, string | number | EditorMessage>>;

/** Says a message in one language: what the formatting below needs from the catalogue. */
export type SayMessage = (message: EditorMessage) => string;

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
  message: EditorMessage;
  /** How to fix it, in plain words. */
  hint?: EditorMessage;
  /** `warning` does not stop the build. Default `error`. */
  severity?: 'error' | 'warning';
}

/** The catalogue ids this module says; the catalogue's module checks that each exists. */
export const EDITOR_ERROR_MESSAGE_IDS = ['report.hint', 'report.warningLabel', 'report.problems'] as const;
type Id = (typeof EDITOR_ERROR_MESSAGE_IDS)[number];
const say = (words: SayMessage, id: Id, params?: EditorParams) => words({ id, params });

/**
 * `file:line:column field: message` plus the hint on an indented second line, in the language of
 * `words`; with `markWarnings`, a warning says so after its message.
 */
export function formatEditorError(error: EditorError, words: SayMessage, options: { markWarnings?: boolean } = {}): string {
  const where = [error.file, error.line, error.line !== undefined ? error.column : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  const head = `${where}${error.field ? ` ${error.field}` : ''}: ${words(error.message)}`;
  const marked = options.markWarnings && error.severity === 'warning' ? `${head} (${say(words, 'report.warningLabel')})` : head;
  return error.hint ? `${marked}\n    ${say(words, 'report.hint')}: ${words(error.hint)}` : marked;
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
 * An error whose message says all an editor needs: Astro prints it without a stack trace (it prints
 * one only when `stack` has text) and without its guessed hints (it guesses from `toString()`, e.g.
 * "Browser APIs are not available" for any message that mentions a document).
 */
export class QuietError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'QuietError';
    this.stack = '';
  }

  override toString(): string {
    return this.name;
  }
}

/**
 * Thrown when a build must stop: carries every error found, not only the first, and says them with
 * `words` (the editors' language). (Not named `errors`: Astro takes an error with an `errors` array
 * for a bundler report and prints only its first entry.)
 */
export class EditorErrors extends QuietError {
  readonly problems: EditorError[];
  readonly title: EditorMessage;

  constructor(errors: readonly EditorError[], title: EditorMessage, words: SayMessage) {
    const sorted = sortEditorErrors(errors);
    const lines = sorted.map((error) => formatEditorError(error, words));
    super(`${words(title)}\n\n${lines.join('\n')}\n\n${say(words, 'report.problems', { count: sorted.length })}`);
    this.name = 'EditorErrors';
    this.problems = sorted;
    this.title = title;
  }
}
