import { describe, expect, it } from 'vitest';
import type { EditorError } from '../../src/errors/editor-error';
import {
  EDITOR_CATALOGUES,
  EDITOR_LANGUAGES,
  editorLanguage,
  editorMessage,
  formatEditorErrorIn,
  isEditorMessageId,
  LOWER_LAYER_IDS,
  placeholders,
  say,
  sayMessage,
} from '../../src/i18n/editor-messages';

describe('the catalogue of editors’ messages', () => {
  const reference = EDITOR_CATALOGUES.bg;

  for (const lang of EDITOR_LANGUAGES) {
    it(`${lang} has every key of the reference, each with the same placeholders`, () => {
      expect(Object.keys(EDITOR_CATALOGUES[lang]).sort()).toEqual(Object.keys(reference).sort());
      for (const [id, template] of Object.entries(EDITOR_CATALOGUES[lang])) {
        expect(template.trim(), `${lang} ${id}`).not.toBe('');
        expect(placeholders(template), `${lang} ${id}`).toEqual(placeholders(reference[id as keyof typeof reference]));
      }
    });
  }

  it('has the ids that src/errors/ names without the catalogue’s types', () => {
    expect(LOWER_LAYER_IDS.filter((id) => !isEditorMessageId(id))).toEqual([]);
  });

  it('says a message built from phrases in each language, keeping the values', () => {
    const message = editorMessage('zod.type', { expected: editorMessage('zod.phrase.int'), got: editorMessage('zod.phrase.theText', { text: 'пет' }) });
    expect(sayMessage(message, 'en')).toMatchInlineSnapshot(`"expected a whole number, got the text "пет""`);
    expect(sayMessage(message, 'bg')).toMatchInlineSnapshot(`"очаква се цяло число, а стойността е текстът „пет“"`);
    expect(sayMessage(message, 'ru')).toMatchInlineSnapshot(`"ожидается целое число, получено: текст «пет»"`);
    expect(say('list.or', { first: 'name_bg', rest: editorMessage('list.or', { first: 'name_en', rest: 'name_ru' }) }, 'ru')).toBe('name_bg или name_en или name_ru');
  });

  it('shows an id missing from the catalogue as it is, never a guess', () => {
    expect(sayMessage({ id: 'content.nobody.wrote', params: { n: 1 } }, 'bg')).toBe('content.nobody.wrote {"n":1}');
  });

  it('formats an error with a localised hint label and marks warnings', () => {
    const error: EditorError = { file: 'content/site.yaml', line: 3, column: 5, field: 'url', message: editorMessage('schema.url'), hint: editorMessage('zod.type.quote.hint') };
    expect(formatEditorErrorIn(error, 'bg')).toMatchInlineSnapshot(`
      "content/site.yaml:3:5 url: трябва да е пълен адрес, започващ с http:// или https://
          съвет: сложете стойността в кавички"
    `);
    expect(formatEditorErrorIn({ ...error, severity: 'warning', hint: undefined }, 'en')).toMatchInlineSnapshot(
      `"content/site.yaml:3:5 url: must be an absolute http(s) URL (warning)"`,
    );
    expect(formatEditorErrorIn({ ...error, severity: 'warning' }, 'ru')).toMatchInlineSnapshot(`
      "content/site.yaml:3:5 url: должен быть полный адрес, начинающийся с http:// или https:// (предупреждение)
          подсказка: возьмите значение в кавычки"
    `);
  });
});

describe('editorLanguage', () => {
  it('takes --lang first, then LC_ALL, LC_MESSAGES and LANG, and falls back to English', () => {
    expect(editorLanguage('bg', { LANG: 'en_GB.UTF-8' })).toBe('bg');
    expect(editorLanguage('ru', { LANG: 'bg_BG.UTF-8' })).toBe('ru');
    expect(editorLanguage(undefined, { LC_ALL: 'bg_BG.UTF-8', LANG: 'en_US.UTF-8' })).toBe('bg');
    expect(editorLanguage(undefined, { LANG: 'bg_BG.UTF-8' })).toBe('bg');
    expect(editorLanguage(undefined, { LANG: 'ru_RU.UTF-8' })).toBe('ru');
    expect(editorLanguage(undefined, { LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(editorLanguage(undefined, {})).toBe('en');
    // A locale that names no language leaves it to the site's default language, when there is one.
    expect(editorLanguage(undefined, {}, 'bg')).toBe('bg');
    expect(editorLanguage(undefined, { LANG: 'C.UTF-8' }, 'ru')).toBe('ru');
    expect(editorLanguage(undefined, { LC_ALL: 'C', LANG: 'en_GB.UTF-8' }, 'bg')).toBe('bg');
    expect(editorLanguage(undefined, { LANG: 'de_DE.UTF-8' }, 'bg')).toBe('en');
    expect(editorLanguage('en', { LANG: 'bg_BG.UTF-8' }, 'bg')).toBe('en');
  });
});
