import { z } from 'astro/zod';
import { filePath, isoDate, localized } from '../schemas/common';

/**
 * The web editor's fields, made from the zod schemas (src/schemas): each field of a record becomes a
 * widget of Sveltia CMS, so the form cannot drift from what `npm run check` accepts. What a widget
 * cannot say is left to the check, which runs on every commit (docs/web-editor.md).
 */

/** One field of the editor's configuration (Sveltia CMS / Decap CMS `fields` entries). */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  default?: unknown;
  hint?: string;
  pattern?: [string, string];
  i18n?: boolean | 'duplicate';
  fields?: EditorField[];
  field?: EditorField;
  [option: string]: unknown;
}

/** How a field's schema is shown: the names the walk meets, the texts for labels, the special widgets. */
export interface FieldContext {
  /** The record's name (publications, projects…) and the path to the field, without list indices. */
  record: string;
  path: readonly string[];
  /** The locales the site publishes in, with their names: a text per language shows one box per locale. */
  locales: readonly { locale: string; name: string }[];
  /** The label of a field, a list item, a choice, a pattern's message, in the editor's language. */
  label: (record: string, path: readonly string[]) => string;
  choice: (record: string, path: readonly string[], value: string) => string;
  message: (id: string) => string;
  /** A field shown by a widget of its own (a relation, an image): by dotted path. */
  special: Readonly<Record<string, (context: FieldContext) => Omit<EditorField, 'name' | 'label'>>>;
  /** Fields the editor does not show (by dotted path): they stay in the files as they are. */
  hidden: ReadonlySet<string>;
  /** A marker schema standing for an image path (the schema functions take the image schema). */
  image: z.ZodType;
}

/** Texts that run to sentences: a box of several lines rather than one. */
const LONG_TEXTS = new Set(['summary', 'description', 'text', 'finding', 'statement', 'disclaimer', 'note', 'general', 'address']);

interface Unwrapped {
  schema: z.ZodType;
  optional: boolean;
  default?: unknown;
}

type Def = { type: string; [key: string]: unknown };
const def = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
type CheckDef = { check: string; format?: string; pattern?: RegExp; value?: unknown; inclusive?: boolean; error?: (issue?: unknown) => unknown };
const checks = (schema: z.ZodType): CheckDef[] =>
  ((def(schema).checks as { _zod: { def: CheckDef } }[] | undefined) ?? []).map((check) => check._zod.def);

/** The schema under `.optional()`, `.default()` and `.nullable()`, and what they said. */
export function unwrap(schema: z.ZodType): Unwrapped {
  let current = schema;
  let optional = false;
  let fallback: unknown;
  for (;;) {
    const d = def(current);
    if (d.type === 'optional' || d.type === 'nullable') optional = true;
    else if (d.type === 'default') {
      optional = true;
      fallback = typeof d.defaultValue === 'function' ? (d.defaultValue as () => unknown)() : d.defaultValue;
    } else return { schema: current, optional, ...(fallback === undefined ? {} : { default: fallback }) };
    current = d.innerType as z.ZodType;
  }
}

/** The fields of an object schema (after unwrapping), or undefined when it is not an object. */
export function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const d = def(unwrap(schema).schema);
  return d.type === 'object' ? (d.shape as Record<string, z.ZodType>) : undefined;
}

/** The element schema of an array (after unwrapping), or undefined. */
export function arrayElement(schema: z.ZodType): z.ZodType | undefined {
  const d = def(unwrap(schema).schema);
  return d.type === 'array' ? (d.element as z.ZodType) : undefined;
}

/** A field for each field of an object schema, in the schema's order; hidden ones left out. */
export function objectFields(shape: Record<string, z.ZodType>, context: FieldContext): EditorField[] {
  return Object.entries(shape).flatMap(([name, schema]) => {
    const path = [...context.path, name];
    if (context.hidden.has(path.join('.'))) return [];
    return [editorField(name, schema, { ...context, path })];
  });
}

/** The editor field for `schema`, named `name`, at `context.path`. */
export function editorField(name: string, schema: z.ZodType, context: FieldContext): EditorField {
  const { schema: inner, optional, default: fallback } = unwrap(schema);
  const head: EditorField = { name, label: context.label(context.record, context.path), widget: 'string' };
  const base = { ...head, ...(optional ? { required: false } : {}), ...(isPrimitive(fallback) ? { default: fallback } : {}) };
  const special = context.special[context.path.join('.')];
  if (special) return { ...base, ...special(context) };
  return { ...base, ...widgetFor(inner, context) };
}

function isPrimitive(value: unknown): value is string | number | boolean {
  return ['string', 'number', 'boolean'].includes(typeof value);
}

/** The widget and its options for an unwrapped schema. */
function widgetFor(schema: z.ZodType, context: FieldContext): Omit<EditorField, 'name' | 'label'> {
  const key = context.path.at(-1) ?? '';
  if (schema === isoDate) return { widget: 'datetime', time_format: false, format: 'YYYY-MM-DD' };
  if (schema === context.image) return { widget: 'image' };
  if (schema === filePath) return { widget: 'file' };
  if (schema === localized) return localizedWidget(key, context);
  const d = def(schema);
  switch (d.type) {
    case 'string':
      return { widget: LONG_TEXTS.has(key) ? 'text' : 'string', ...pattern(schema, context) };
    case 'number': {
      const integer = (schema as unknown as { format?: string }).format === 'safeint';
      const floor = checks(schema).find((check) => check.check === 'greater_than');
      const min = typeof floor?.value === 'number' ? (floor.inclusive ? floor.value : floor.value + (integer ? 1 : 0)) : undefined;
      return { widget: 'number', value_type: integer ? 'int' : 'float', ...(min === undefined ? {} : { min }) };
    }
    case 'boolean':
      return { widget: 'boolean' };
    case 'enum':
      return { widget: 'select', options: choices(schema, context) };
    case 'object':
      return { widget: 'object', collapsed: context.path.length > 1, fields: objectFields(d.shape as Record<string, z.ZodType>, context) };
    case 'array':
      return listWidget(d.element as z.ZodType, context);
    default:
      throw new Error(`src/admin/fields.ts: no widget for ${context.record}.${context.path.join('.')} (a ${d.type}); show it with a special widget or hide it`);
  }
}

/** One box per published locale, inside one group: `title: { bg, en, ru }`. */
function localizedWidget(key: string, context: FieldContext): Omit<EditorField, 'name' | 'label'> {
  const widget = LONG_TEXTS.has(key) ? 'text' : 'string';
  return {
    widget: 'object',
    collapsed: false,
    summary: `{{fields.${context.locales[0]?.locale}}}`,
    fields: context.locales.map(({ locale, name }) => ({ name: locale, label: name, widget, required: false })),
  };
}

/** The choices of an enum, each with its label in the editor's language. */
function choices(schema: z.ZodType, context: FieldContext): { label: string; value: string }[] {
  return (schema as unknown as { options: string[] }).options.map((value) => ({ value, label: context.choice(context.record, context.path, value) }));
}

/** A regular expression the value must match, with the check's own message. */
function pattern(schema: z.ZodType, context: FieldContext): { pattern?: [string, string] } {
  const rule = checks(schema).find((check) => check.check === 'string_format' && check.format === 'regex' && check.pattern);
  if (!rule?.pattern) return {};
  const id = rule.error?.();
  return { pattern: [rule.pattern.source, typeof id === 'string' ? context.message(id) : ''] };
}

/** A list: of records (a form per item), of choices (several picked), or of texts (one box per item). */
function listWidget(element: z.ZodType, context: FieldContext): Omit<EditorField, 'name' | 'label'> {
  const { schema: item } = unwrap(element);
  const d = def(item);
  if (d.type === 'enum') return { widget: 'select', multiple: true, options: choices(item, context) };
  if (d.type === 'object' && item !== localized) {
    const fields = objectFields(d.shape as Record<string, z.ZodType>, context);
    // A folded item shows its first field: for a text per language, the first language's.
    const first = fields[0];
    const shown = first?.fields?.some((f) => f.name === context.locales[0]?.locale) ? `${first.name}.${context.locales[0]!.locale}` : (first?.name ?? 'id');
    return { widget: 'list', collapsed: true, summary: `{{fields.${shown}}}`, fields };
  }
  return { widget: 'list', field: editorField('item', element, context) };
}
