import { describe, expect, it } from 'vitest';
import { checkLanguage, formatEditorErrorIn, matchWording, say, translateText, WORDINGS } from '../../src/check/messages';

const placeholders = (text: string) => [...text.matchAll(/\{@?[a-zA-Z]+\}/g)].map((match) => match[0]).sort();

describe('the wording table', () => {
  it('gives every message both wordings with the same placeholders', () => {
    for (const [id, wording] of Object.entries(WORDINGS)) {
      expect(wording.bg, id).not.toBe('');
      expect(placeholders(wording.bg), id).toEqual(placeholders(wording.en));
    }
  });

  it('finds each English wording again from its own text', () => {
    for (const [id, wording] of Object.entries(WORDINGS)) {
      const sample = wording.en.replace(/\{@?([a-zA-Z]+)\}/g, (_, name: string) => `<${name}>`);
      // Phrases nest: an exact wording may equal another one's text; it must at least round-trip.
      expect(translateText(sample, 'en'), id).toBe(sample);
      expect(matchWording(sample), id).toBeDefined();
    }
  });

  it('translates a message built from phrases, keeping the values', () => {
    const english = say('zod.type', { expected: say('zod.phrase.int'), got: say('zod.phrase.theText', { text: 'пет' }) });
    expect(english).toMatchInlineSnapshot(`"expected a whole number, got the text "пет""`);
    expect(translateText(english, 'bg')).toMatchInlineSnapshot(`"очаква се цяло число, а стойността е текстът „пет“"`);
    expect(translateText('a message nobody wrote down', 'bg')).toBe('a message nobody wrote down');
  });

  it('formats an error with a localised hint label and marks warnings', () => {
    const error = { file: 'content/site.yaml', line: 3, column: 5, field: 'url', message: 'must be an absolute http(s) URL', hint: 'put the value in quotes' };
    expect(formatEditorErrorIn(error, 'bg')).toMatchInlineSnapshot(`
      "content/site.yaml:3:5 url: трябва да е пълен адрес, започващ с http:// или https://
          съвет: сложете стойността в кавички"
    `);
    expect(formatEditorErrorIn({ ...error, severity: 'warning', hint: undefined }, 'en')).toMatchInlineSnapshot(
      `"content/site.yaml:3:5 url: must be an absolute http(s) URL (warning)"`,
    );
  });
});

describe('checkLanguage', () => {
  it('takes --lang first, then LC_ALL, LC_MESSAGES and LANG, and falls back to English', () => {
    expect(checkLanguage('bg', { LANG: 'en_GB.UTF-8' })).toBe('bg');
    expect(checkLanguage(undefined, { LC_ALL: 'bg_BG.UTF-8', LANG: 'en_US.UTF-8' })).toBe('bg');
    expect(checkLanguage(undefined, { LANG: 'bg_BG.UTF-8' })).toBe('bg');
    expect(checkLanguage(undefined, { LANG: 'ru_RU.UTF-8' })).toBe('en');
    expect(checkLanguage(undefined, {})).toBe('en');
  });
});
