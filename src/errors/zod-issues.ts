import type { z } from 'astro/zod';
import type { EditorError } from './editor-error';

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  date: 'a date (YYYY-MM-DD)',
  array: 'a list',
  object: 'a group of fields',
  undefined: 'nothing',
  null: 'nothing',
};

function describeValue(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'an empty value';
  if (Array.isArray(input)) return 'a list';
  if (input instanceof Date) return 'a date';
  if (typeof input === 'object') return 'a group of fields';
  if (typeof input === 'string') return `the text "${input.length > 60 ? `${input.slice(0, 57)}…` : input}"`;
  return `${typeof input === 'number' ? 'the number' : 'the value'} ${String(input)}`;
}

/** Turns one zod issue into words an editor understands: what is wrong and how to fix it. */
export function describeIssue(issue: Issue): { message: string; hint?: string } {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.input === undefined) {
        return { message: 'is required', hint: `add this field with ${expected}` };
      }
      return {
        message: `expected ${expected}, got ${describeValue(issue.input)}`,
        hint: issue.expected === 'string' ? 'put the value in quotes' : `write ${expected} here`,
      };
    }
    case 'unrecognized_keys':
      return {
        message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`,
        hint: 'check the spelling against the documented fields, or remove it',
      };
    case 'invalid_value':
      return {
        message: `${describeValue(issue.input)} is not allowed`,
        hint: `use one of: ${issue.values.map((value) => String(value)).join(', ')}`,
      };
    case 'too_small':
      if (issue.origin === 'string') return { message: 'must not be empty', hint: 'write the text, or remove the field' };
      if (issue.origin === 'array') return { message: `needs at least ${issue.minimum} item(s)` };
      return { message: `must be at least ${issue.minimum}, got ${describeValue(issue.input)}` };
    case 'too_big':
      return { message: `must be at most ${issue.maximum}, got ${describeValue(issue.input)}` };
    case 'invalid_format':
      return { message: issue.message.startsWith('Invalid') ? `is not in the expected format (${issue.format})` : issue.message };
    case 'invalid_union': {
      const first = issue.errors[0]?.[0];
      return first ? describeIssue(first) : { message: issue.message };
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
  locate: (path: readonly PropertyKey[]) => { line: number; column: number },
): EditorError[] {
  return error.issues.map((issue) => {
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    return {
      file,
      ...locate(path),
      field: issue.path.length ? issue.path.map(String).join('.') : undefined,
      ...describeIssue(issue),
    };
  });
}
