import type { z } from 'astro/zod';
import { say, type WordingId } from '../check/messages';
import type { EditorError } from './editor-error';

type Issue = z.core.$ZodIssue;

// The wordings live in the one table of editor messages (src/check/messages), in English and Bulgarian.
const TYPE_NAMES: Record<string, WordingId> = {
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

function typeName(expected: string): string {
  const id = TYPE_NAMES[expected];
  return id ? say(id) : expected;
}

function describeValue(input: unknown): string {
  if (input === undefined) return say('zod.phrase.nothing');
  if (input === null) return say('zod.phrase.null');
  if (Array.isArray(input)) return say('zod.phrase.list');
  if (input instanceof Date) return say('zod.phrase.aDate');
  if (typeof input === 'object') return say('zod.phrase.object');
  if (typeof input === 'string') return say('zod.phrase.theText', { text: input.length > 60 ? `${input.slice(0, 57)}…` : input });
  return say(typeof input === 'number' ? 'zod.phrase.theNumber' : 'zod.phrase.theValue', { value: String(input) });
}

/** Turns one zod issue into words an editor understands: what is wrong and how to fix it. */
export function describeIssue(issue: Issue): { message: string; hint?: string } {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeName(issue.expected);
      if (issue.input === undefined) {
        // A schema may say in its own words how to fill the field in (zod's default starts "Invalid").
        const own = issue.message.startsWith('Invalid') ? undefined : issue.message;
        return { message: say('zod.required'), hint: own ?? say('zod.required.hint', { expected }) };
      }
      return {
        message: say('zod.type', { expected, got: describeValue(issue.input) }),
        hint: issue.expected === 'string' ? say('zod.type.quote.hint') : say('zod.type.write.hint', { expected }),
      };
    }
    case 'unrecognized_keys':
      return {
        message: say(issue.keys.length > 1 ? 'zod.unknownFields' : 'zod.unknownField', { keys: issue.keys.map((key) => `"${key}"`).join(', ') }),
        hint: say('zod.unknownField.hint'),
      };
    case 'invalid_value':
      return {
        message: say('zod.notAllowed', { value: describeValue(issue.input) }),
        hint: say('zod.oneOf.hint', { values: issue.values.map((value) => String(value)).join(', ') }),
      };
    case 'too_small':
      if (issue.origin === 'string') return { message: say('zod.empty'), hint: say('zod.empty.hint') };
      if (issue.origin === 'array') return { message: say('zod.minItems', { n: String(issue.minimum) }) };
      return { message: say('zod.min', { n: String(issue.minimum), value: describeValue(issue.input) }) };
    case 'too_big':
      return { message: say('zod.max', { n: String(issue.maximum), value: describeValue(issue.input) }) };
    case 'invalid_format':
      return { message: issue.message.startsWith('Invalid') ? say('zod.format', { format: issue.format }) : issue.message };
    case 'invalid_union': {
      const first = issue.errors[0]?.[0];
      return first ? describeIssue(first) : { message: issue.message };
    }
    case 'custom': {
      // A custom rule may carry its hint in `params.hint`.
      const hint = issue.params?.hint;
      return typeof hint === 'string' ? { message: issue.message, hint } : { message: issue.message };
    }
    default:
      return { message: issue.message };
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
        message: say('schema.unknownField'),
        hint: say('zod.unknownField.hint'),
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
