import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { EditorError, EditorMessage } from './editor-error';

/** The catalogue ids this module says; the catalogue's module checks that each exists. */
export const YAML_MESSAGE_IDS = ['yaml.syntax', 'yaml.duplicateKey.hint', 'yaml.indent.hint', 'yaml.indentMore.hint', 'yaml.colon.hint', 'yaml.other.hint', 'yaml.noFrontmatter', 'yaml.noFrontmatter.hint', 'yaml.bom', 'yaml.bom.hint', 'yaml.aliases', 'yaml.aliases.hint'] as const;
const message = (id: (typeof YAML_MESSAGE_IDS)[number], params?: EditorMessage['params']): EditorMessage => (params ? { id, params } : { id });

/** A YAML text parsed with its source positions, so that a field's path maps back to a line. */
export interface YamlSource {
  /** The plain JavaScript value of the document. */
  data: unknown;
  /**
   * Line and column (1-based, in the whole file) of the value at `path`, or of its nearest parent;
   * with `key`, of the field's name instead of its value.
   */
  locate(path: readonly PropertyKey[], options?: { key?: boolean }): { line: number; column: number };
  /** Syntax errors, already as editor errors. */
  errors: EditorError[];
}

// The content check reads a file's YAML for its schema, its placeholders and its translations: the
// parsed document (the costly part) is kept by its text, and each caller still gets values of its
// own from `toJS`. The check forgets them when it ends (`forgetParsedYaml`); bounded all the same.
const DOCUMENTS_LIMIT = 20_000;
const documents = new Map<string, { doc: Document; lineCounter: LineCounter }>();

/** Lets the parsed documents go: the content check calls it when it has read everything. */
export function forgetParsedYaml(): void {
  documents.clear();
}

function parsedDocument(text: string): { doc: Document; lineCounter: LineCounter } {
  let parsed = documents.get(text);
  if (!parsed) {
    const lineCounter = new LineCounter();
    parsed = { doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
    if (documents.size >= DOCUMENTS_LIMIT) documents.clear();
    documents.set(text, parsed);
  }
  return parsed;
}

/**
 * Parses YAML that starts at `lineOffset` lines into `file` (frontmatter starts after its `---`).
 * Dates stay strings (YAML 1.2 core schema), so `2023-03-30` is never shifted by a time zone.
 */
export function parseYamlSource(text: string, file: string, lineOffset = 0): YamlSource {
  const { doc, lineCounter } = parsedDocument(text);
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const lines = text.split(/\r?\n/);
  const errors: EditorError[] = [];
  for (const error of doc.errors) {
    const at = position(error.pos[0]);
    // One mistake, one message: the parser often reports a bad line twice, on the line and the next.
    const previous = errors.at(-1);
    if (previous && previous.line !== undefined && at.line - previous.line <= 1 && IMPLICIT_KEY.has(error.code)) continue;
    errors.push({
      file,
      ...at,
      // The parser's own words, quoted: it says what it found in English only.
      message: message('yaml.syntax', { detail: error.message.split('\n')[0] ?? '' }),
      hint: IMPLICIT_KEY.has(error.code) && indentedTooFar(lines, at.line - lineOffset) ? message('yaml.indentMore.hint') : yamlHint(error.code),
    });
  }
  let data: unknown;
  if (!errors.length) {
    try {
      // A YAML "alias bomb" (aliases of aliases, billions of values from a few lines) stops here.
      data = doc.toJS({ maxAliasCount: 100 });
    } catch {
      errors.push({ file, line: 1 + lineOffset, column: 1, message: message('yaml.aliases'), hint: message('yaml.aliases.hint') });
    }
  }
  return {
    data,
    errors,
    locate(path, options) {
      const node = nearestNode(doc, path, options?.key ?? false);
      return position(node?.range?.[0] ?? 0);
    },
  };
}

function nearestNode(doc: Document, path: readonly PropertyKey[], atKey: boolean): Node | undefined {
  let node: unknown = doc.contents;
  let found = node as Node | undefined;
  for (const [index, key] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      // Point at the value, or at the key when the value is empty or the key is asked for.
      node = pair.value ?? pair.key;
      found = atKey && index === path.length - 1 ? (pair.key as Node) : ((pair.value as Node | null) ?? (pair.key as Node));
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key];
      if (!item) break;
      node = item;
      found = item as Node;
    } else {
      break;
    }
  }
  return found;
}

const IMPLICIT_KEY = new Set(['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY']);

/**
 * True when a line at or after `line` (1-based in `lines`) is a `key:` indented further than the
 * `key: value` line before it: a field pushed right by a space, which the parser reads as a broken key.
 */
function indentedTooFar(lines: readonly string[], line: number): boolean {
  for (let index = Math.max(1, line - 1); index <= Math.min(lines.length - 1, line + 1); index++) {
    const current = /^( +)[^\s#-][^:]*:/.exec(lines[index] ?? '');
    const before = /^( *)[^\s#][^:]*:\s*\S/.exec(lines[index - 1] ?? '');
    if (current && before && (current[1] ?? '').length > (before[1] ?? '').length) return true;
  }
  return false;
}

function yamlHint(code: string): EditorMessage {
  switch (code) {
    case 'DUPLICATE_KEY':
      return message('yaml.duplicateKey.hint');
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return message('yaml.indent.hint');
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return message('yaml.colon.hint');
    default:
      return message('yaml.other.hint');
  }
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?(?:\n|$)/;

/** Splits a Markdown file into its frontmatter (parsed with positions) and its body. */
export function parseFrontmatter(source: string, file: string): YamlSource & { body: string } {
  if (source.startsWith('\uFEFF')) {
    // Notepad and some editors save one; the build's Markdown reader then finds no frontmatter.
    return { data: undefined, body: source, locate: () => ({ line: 1, column: 1 }), errors: [{ file, line: 1, column: 1, message: message('yaml.bom'), hint: message('yaml.bom.hint') }] };
  }
  const match = FRONTMATTER.exec(source);
  if (!match) {
    return {
      data: undefined,
      body: source,
      locate: () => ({ line: 1, column: 1 }),
      errors: [
        {
          file,
          line: 1,
          column: 1,
          message: message('yaml.noFrontmatter'),
          hint: message('yaml.noFrontmatter.hint'),
        },
      ],
    };
  }
  // The frontmatter's first line is line 2 of the file.
  const parsed = parseYamlSource(match[1] ?? '', file, 1);
  return { ...parsed, data: parsed.data ?? (parsed.errors.length ? undefined : {}), body: source.slice(match[0].length) };
}
