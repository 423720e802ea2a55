/** The languages `npm run check` and the build speak to editors in. */
export const CHECK_LANGUAGES = ['en', 'bg'] as const;
export type CheckLanguage = (typeof CHECK_LANGUAGES)[number];

/**
 * A table of messages: each id has one wording per language. In a wording, `{name}` is a value put in
 * as it is and `{@name}` a phrase that is itself one of the table's wordings, translated in turn.
 */
export type Wordings = Record<string, Record<CheckLanguage, string>>;
