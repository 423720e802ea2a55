import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { EditorError, EditorMessage } from './editor-error';

/** The catalogue ids this module says; the catalogue's module checks that each exists. */
export const YAML_MESSAGE_IDS = ['yaml.syntax', 'yaml.duplicateKey.hint', 'yaml.indent.hint', 'yaml.colon.hint', 'yaml.other.hint', 'yaml.noFrontmatter', 'yaml.noFrontmatter.hint'] as const;
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

/**
 * Parses YAML that starts at `lineOffset` lines into `file` (frontmatter starts after its `---`).
 * Dates stay strings (YAML 1.2 core schema), so `2023-03-30` is never shifted by a time zone.
 */
export function parseYamlSource(text: string, file: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const errors: EditorError[] = doc.errors.map((error) => ({
    file,
    ...position(error.pos[0]),
    // The parser's own words, quoted: it says what it found in English only.
    message: message('yaml.syntax', { detail: error.message.split('\n')[0] ?? '' }),
    hint: yamlHint(error.code),
  }));
  return {
    data: errors.length ? undefined : doc.toJS(),
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
