import type { Wordings } from './types';

/** What `npm run new` (scripts/lib/new-cli.ts) asks and answers. */
export const SCAFFOLD_WORDINGS = {
  'new.ask.kind': {
    en: 'What do you want to create? publication, project, page or dataset',
    bg: 'Какво създавате? publication (публикация), project (проект), page (страница) или dataset (набор от данни)',
  },
  'new.ask.type': { en: 'Type of publication: {types}', bg: 'Вид на публикацията: {types}' },
  'new.ask.lang': { en: 'Language: {locales}', bg: 'Език: {locales}' },
  'new.ask.title': { en: 'Title', bg: 'Заглавие' },
  'new.ask.project': { en: 'Project (leave empty for none): {known}', bg: 'Проект (оставете празно, ако няма): {known}' },
  'new.created': { en: 'Created {file}', bg: 'Създаден е {file}' },
  'new.next': { en: 'Fill in next: {fields}', bg: 'Попълнете: {fields}' },
  'new.draft': {
    en: 'It is a draft (draft: true): npm run dev shows it, the published site leaves it out until you set draft: false.',
    bg: 'Това е чернова (draft: true): npm run dev я показва, а публикуваният сайт – едва когато запишете draft: false.',
  },
  'new.then': { en: 'Then run npm run check, and npm run dev to see it.', bg: 'След това пуснете npm run check, а с npm run dev вижте резултата.' },
  'new.exists': { en: '{file} already exists; nothing was written', bg: '{file} вече съществува; нищо не е записано' },
  'new.exists.hint': {
    en: 'choose another title or give --slug, or edit the existing file',
    bg: 'изберете друго заглавие или задайте --slug, или редактирайте съществуващия файл',
  },
  'new.bad.kind': { en: '"{value}" is not a kind of entry or a type of publication', bg: '„{value}“ не е вид запис или вид публикация' },
  'new.bad.lang': { en: '"{value}" is not a language of this site ({locales})', bg: '„{value}“ не е език на този сайт ({locales})' },
  'new.bad.title': { en: 'the title must not be empty', bg: 'заглавието не може да е празно' },
  'new.bad.slug': {
    en: '"{value}" cannot be a file name; give one with --slug (lower-case ASCII letters, digits and hyphens)',
    bg: '„{value}“ не може да е име на файл; задайте го с --slug (малки латински букви, цифри и тирета)',
  },
  'new.bad.option': { en: 'unknown option {value}', bg: 'непозната опция {value}' },
} as const satisfies Wordings;
