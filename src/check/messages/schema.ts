import type { Wordings } from './types';

/**
 * How a failed schema rule is said: the general wordings of src/errors/zod-issues.ts, the phrases
 * they are built from, and the custom messages written in src/schemas/*.ts (matched by their English).
 */
export const SCHEMA_WORDINGS = {
  'zod.required': { en: 'is required', bg: 'е задължително' },
  'zod.required.hint': { en: 'add this field with {@expected}', bg: 'добавете това поле; стойност: {@expected}' },
  'zod.type': { en: 'expected {@expected}, got {@got}', bg: 'очаква се {@expected}, а стойността е {@got}' },
  'zod.type.quote.hint': { en: 'put the value in quotes', bg: 'сложете стойността в кавички' },
  'zod.type.write.hint': { en: 'write {@expected} here', bg: 'напишете тук {@expected}' },
  'zod.unknownField': { en: 'unknown field {keys}', bg: 'непознато поле {keys}' },
  'zod.unknownFields': { en: 'unknown fields {keys}', bg: 'непознати полета {keys}' },
  'zod.unknownField.hint': {
    en: 'check the spelling against the documented fields, or remove it',
    bg: 'сверете изписването с описаните полета или го изтрийте',
  },
  'zod.notAllowed': { en: '{@value} is not allowed', bg: '{@value} не е допустима стойност' },
  'zod.oneOf.hint': { en: 'use one of: {values}', bg: 'използвайте едно от: {values}' },
  'zod.empty': { en: 'must not be empty', bg: 'не трябва да е празно' },
  'zod.empty.hint': { en: 'write the text, or remove the field', bg: 'напишете текста или изтрийте полето' },
  'zod.minItems': { en: 'needs at least {n} item(s)', bg: 'трябват поне {n} елемента' },
  'zod.min': { en: 'must be at least {n}, got {@value}', bg: 'трябва да е поне {n}, а е {@value}' },
  'zod.max': { en: 'must be at most {n}, got {@value}', bg: 'трябва да е най-много {n}, а е {@value}' },
  'zod.format': { en: 'is not in the expected format ({format})', bg: 'не е в очаквания формат ({format})' },

  // Phrases: names of types and descriptions of the value found.
  'zod.phrase.text': { en: 'text', bg: 'текст' },
  'zod.phrase.number': { en: 'a number', bg: 'число' },
  'zod.phrase.int': { en: 'a whole number', bg: 'цяло число' },
  'zod.phrase.boolean': { en: 'true or false', bg: 'true или false' },
  'zod.phrase.date': { en: 'a date (YYYY-MM-DD)', bg: 'дата (ГГГГ-ММ-ДД)' },
  'zod.phrase.list': { en: 'a list', bg: 'списък' },
  'zod.phrase.object': { en: 'a group of fields', bg: 'група от полета' },
  'zod.phrase.nothing': { en: 'nothing', bg: 'нищо' },
  'zod.phrase.null': { en: 'an empty value', bg: 'празна стойност' },
  'zod.phrase.aDate': { en: 'a date', bg: 'дата' },
  'zod.phrase.theText': { en: 'the text "{text}"', bg: 'текстът „{text}“' },
  'zod.phrase.theNumber': { en: 'the number {value}', bg: 'числото {value}' },
  'zod.phrase.theValue': { en: 'the value {value}', bg: 'стойността {value}' },

  // Custom messages in src/schemas/common.ts, site.ts, publication.ts, page.ts, project.ts.
  'schema.localized': { en: 'needs at least one translation (bg, en or ru)', bg: 'трябва поне един превод (bg, en или ru)' },
  'schema.date': { en: '"{@value}" is not a real date in the form YYYY-MM-DD', bg: '„{@value}“ не е истинска дата във вида ГГГГ-ММ-ДД' },
  'schema.date.invalid': { en: 'an invalid date', bg: 'невалидна дата' },
  'schema.date.hint': { en: 'write the date as year-month-day with hyphens, e.g. 2023-03-30', bg: 'напишете датата като година-месец-ден с тирета, напр. 2023-03-30' },
  'schema.cover.alt.hint': {
    en: 'add alt: with a short description of the picture for readers who cannot see it',
    bg: 'добавете alt: с кратко описание на снимката за читателите, които не могат да я видят',
  },
  'schema.unknownField': { en: 'is not a known field', bg: 'не е познато поле' },
  'schema.period.end': { en: 'end must not be before start', bg: 'краят не може да е преди началото' },
  'schema.slug': {
    en: 'must be lower-case ASCII letters, digits and single hyphens',
    bg: 'трябва да е от малки латински букви, цифри и единични тирета',
  },
  'schema.url': { en: 'must be an absolute http(s) URL', bg: 'трябва да е пълен адрес, започващ с http:// или https://' },
  'schema.currency': {
    en: 'must be a three-letter ISO 4217 code such as BGN or EUR',
    bg: 'трябва да е трибуквен код по ISO 4217, напр. BGN или EUR',
  },
  'schema.filePath': {
    en: 'must be a path inside content/files, such as reports/survey.pdf',
    bg: 'трябва да е път в content/files, напр. reports/survey.pdf',
  },
  'schema.email': { en: 'must be an e-mail address', bg: 'трябва да е адрес на електронна поща' },
  'schema.locales.min': { en: 'must list at least one locale', bg: 'трябва да съдържа поне един език' },
  'schema.base': {
    en: 'must start with / and hold lower-case path segments, e.g. /vitrina',
    bg: 'трябва да започва с / и да съдържа малки букви, напр. /vitrina',
  },
  'schema.defaultLocale': { en: 'must be one of locales ({locales})', bg: 'трябва да е един от езиците в locales ({locales})' },
  'schema.locales.twice': { en: 'lists a locale twice', bg: 'един език е записан два пъти' },
  'schema.updated': { en: 'must not be before published ({date})', bg: 'не може да е преди датата на публикуване ({date})' },
  'schema.activity.project': { en: 'needs `project` to say whose activity it is', bg: 'изисква `project`, за да е ясно чия е дейността' },
  'schema.campaign': {
    en: 'is required for a campaign post (series and number)',
    bg: 'е задължително за публикация от кампания (поредица и номер)',
  },
  'schema.activityId': {
    en: 'must be letters, digits, dots or hyphens, e.g. 4 or 4.2',
    bg: 'трябва да е от букви, цифри, точки или тирета, напр. 4 или 4.2',
  },
  'schema.indicatorId': { en: 'must be letters, digits, dots or hyphens', bg: 'трябва да е от букви, цифри, точки или тирета' },
  'schema.activity.twice': { en: '"{id}" is used by two activities', bg: '„{id}“ се използва от две дейности' },
  'schema.indicator.twice': { en: '"{id}" is used by two indicators', bg: '„{id}“ се използва от два индикатора' },
} as const satisfies Wordings;
