import type { z } from 'astro/zod';
import type { EditorError, EditorMessage, EditorParams } from './editor-error';

type Issue = z.core.$ZodIssue;

/** The catalogue ids this module says; the catalogue's module checks that each exists. */
export const ZOD_MESSAGE_IDS = [
  'zod.required',
  'zod.required.hint',
  'zod.type',
  'zod.type.quote.hint',
  'zod.type.write.hint',
  'zod.unknownField',
  'zod.unknownFields',
  'zod.unknownField.hint',
  'zod.notAllowed',
  'hint.oneOf',
  'zod.empty',
  'zod.empty.hint',
  'zod.minItems',
  'zod.min',
  'zod.max',
  'zod.multipleOf',
  'zod.format',
  'zod.invalid',
  'schema.unknownField',
  'zod.phrase.text',
  'zod.phrase.number',
  'zod.phrase.int',
  'zod.phrase.boolean',
  'zod.phrase.date',
  'zod.phrase.list',
  'zod.phrase.object',
  'zod.phrase.nothing',
  'zod.phrase.null',
  'zod.phrase.aDate',
  'zod.phrase.theText',
  'zod.phrase.theNumber',
  'zod.phrase.theValue',
] as const;
type Id = (typeof ZOD_MESSAGE_IDS)[number];

const message = (id: Id, params?: EditorParams): EditorMessage => (params ? { id, params } : { id });

/**
 * A schema's own message is a catalogue id (`schema.slug`), given as the rule's message; a custom
 * rule passes its values and hint id in `params` (src/schemas/common.ts, `editorIssue`). Zod's own
 * messages ("Invalid input…") never have this shape, so they are told apart without reading them.
 */
const OWN_MESSAGE = /^[a-z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9]+)+$/;

/** What a custom rule carries in `params`: the values of its message and the id of its hint. */
export interface EditorIssueParams {
  values?: EditorParams;
  hint?: string;
}

function own(issue: Issue): EditorMessage | undefined {
  if (!OWN_MESSAGE.test(issue.message)) return undefined;
  const values = issue.code === 'custom' ? (issue.params as EditorIssueParams | undefined)?.values : undefined;
  return values ? { id: issue.message, params: values } : { id: issue.message };
}

/** A schema's own hint for a value of the wrong type, given the field's name and the value as written (or "…"). */
function ownExample(issue: Issue): EditorMessage | undefined {
  const mine = own(issue);
  const field = issue.path.at(-1);
  // An item of a list is written differently (`- { bg: … }`): the general hint fits it better.
  if (!mine || typeof field !== 'string') return undefined;
  const value = typeof issue.input === 'string' || typeof issue.input === 'number' ? String(issue.input) : '…';
  return { id: mine.id, params: { ...mine.params, field, value } };
}

const TYPE_NAMES: Record<string, Id> = {
  string: 'zod.phrase.text',
  number: 'zod.phrase.number',
  int: 'zod.phrase.int',
  boolean: 'zod.phrase.boolean',
  date: 'zod.phrase.date',
  array: 'zod.phrase.list',
  object: 'zod.phrase.object',
  undefined: 'zod.phrase.nothing',
  null: 'zod.phrase.nothing',
};

function typeName(expected: string): EditorMessage | string {
  const id = TYPE_NAMES[expected];
  return id ? message(id) : expected;
}

function describeValue(input: unknown): EditorMessage {
  if (input === undefined) return message('zod.phrase.nothing');
  if (input === null) return message('zod.phrase.null');
  if (Array.isArray(input)) return message('zod.phrase.list');
  if (input instanceof Date) return message('zod.phrase.aDate');
  if (typeof input === 'object') return message('zod.phrase.object');
  if (typeof input === 'string') return message('zod.phrase.theText', { text: input.length > 60 ? `${input.slice(0, 57)}…` : input });
  return message(typeof input === 'number' ? 'zod.phrase.theNumber' : 'zod.phrase.theValue', { value: String(input) });
}

/**
 * Turns one zod issue into what an editor is told: what is wrong and how to fix it, as catalogue
 * messages chosen by the issue's code (never by zod's English wording).
 */
export function describeIssue(issue: Issue): { message: EditorMessage; hint?: EditorMessage } {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeName(issue.expected);
      // A schema may say in its own words how to fill the field in: for a group of fields, an example
      // with the field's name and the value written (`unit: { bg: "%", en: "%" }`).
      const example = ownExample(issue);
      if (issue.input === undefined) {
        return { message: message('zod.required'), hint: example ?? message('zod.required.hint', { expected }) };
      }
      return {
        message: message('zod.type', { expected, got: describeValue(issue.input) }),
        hint: (issue.expected === 'object' ? example : undefined) ?? (issue.expected === 'string' ? message('zod.type.quote.hint') : message('zod.type.write.hint', { expected })),
      };
    }
    case 'unrecognized_keys':
      return {
        message: message(issue.keys.length > 1 ? 'zod.unknownFields' : 'zod.unknownField', { keys: issue.keys.map((key) => `"${key}"`).join(', ') }),
        hint: message('zod.unknownField.hint'),
      };
    case 'invalid_value':
      return {
        message: message('zod.notAllowed', { value: describeValue(issue.input) }),
        hint: message('hint.oneOf', { values: issue.values.map((value) => String(value)).join(', ') }),
      };
    case 'too_small': {
      const mine = own(issue);
      if (issue.origin === 'string' && (!mine || mine.id === 'zod.empty')) return { message: message('zod.empty'), hint: message('zod.empty.hint') };
      if (mine) return { message: mine };
      if (issue.origin === 'array') return { message: message('zod.minItems', { n: String(issue.minimum) }) };
      return { message: message('zod.min', { n: String(issue.minimum), value: describeValue(issue.input) }) };
    }
    case 'too_big':
      return { message: own(issue) ?? message('zod.max', { n: String(issue.maximum), value: describeValue(issue.input) }) };
    case 'not_multiple_of':
      return { message: own(issue) ?? message('zod.multipleOf', { n: String(issue.divisor) }) };
    case 'invalid_format':
      return { message: own(issue) ?? message('zod.format', { format: issue.format }) };
    case 'invalid_union': {
      const first = issue.errors[0]?.[0];
      return first ? describeIssue(first) : { message: own(issue) ?? message('zod.invalid') };
    }
    case 'custom': {
      const hint = (issue.params as EditorIssueParams | undefined)?.hint;
      const said = own(issue) ?? message('zod.invalid');
      return hint ? { message: said, hint: { id: hint } } : { message: said };
    }
    default:
      return { message: own(issue) ?? message('zod.invalid') };
  }
}

/**
 * Converts a failed parse into editor errors, each placed at its field's line by `locate`.
 * Use with `schema.safeParse(data, { reportInput: true })` so messages can quote the wrong value.
 */
export function zodToEditorErrors(
  error: z.ZodError,
  file: string,
  locate: (path: readonly PropertyKey[], options?: { key?: boolean }) => { line: number; column: number },
): EditorError[] {
  return error.issues.flatMap((issue): EditorError[] => {
    if (issue.code === 'unrecognized_keys') {
      // One error per unknown field, placed on the field's own name.
      return issue.keys.map((key) => ({
        file,
        ...locate([...issue.path, key], { key: true }),
        field: [...issue.path, key].map(String).join('.'),
        message: message('schema.unknownField'),
        hint: message('zod.unknownField.hint'),
      }));
    }
    return [{
      file,
      ...locate(issue.path),
      field: issue.path.length ? issue.path.map(String).join('.') : undefined,
      ...describeIssue(issue),
    }];
  });
}
