import type { Wordings } from './types';

/**
 * What the content check (src/check/content.ts) and the YAML reader say, in English and Bulgarian.
 * `{name}` is a value put in as it is; `{@name}` is a phrase that is itself translated (see index.ts).
 */
export const CONTENT_WORDINGS = {
  'content.site.missing': { en: 'the site settings file is missing', bg: 'липсва файлът с настройките на сайта' },
  'content.site.missing.hint': { en: 'create content/site.yaml (see the editors’ guide)', bg: 'създайте content/site.yaml (вижте ръководството за редактори)' },
  'content.accessibility.old': {
    en: 'the accessibility statement was last reviewed on {date}, over a year ago',
    bg: 'декларацията за достъпност е преглеждана за последно на {date}, преди повече от година',
  },
  'content.accessibility.old.hint': {
    en: 'review the statement, then set accessibility.reviewed to the day you did',
    bg: 'прегледайте декларацията и запишете в accessibility.reviewed датата на прегледа',
  },
  'content.project.badId': { en: 'the file name "{id}" is not a valid project id', bg: 'името на файла „{id}“ не е допустим идентификатор на проект' },
  'content.project.badId.hint': {
    en: 'rename the file to lower-case ASCII letters, digits and hyphens, e.g. popovo-e-services.yaml',
    bg: 'преименувайте файла с малки латински букви, цифри и тирета, напр. popovo-e-services.yaml',
  },
  'content.lang.unknown': { en: '"{lang}" is not a language of this site', bg: '„{lang}“ не е език на този сайт' },
  'content.lang.unknown.publications.hint': {
    en: 'put publications in a folder named after one of the site’s locales: {locales}',
    bg: 'сложете публикациите в папка с името на един от езиците на сайта: {locales}',
  },
  'content.lang.unknown.pages.hint': {
    en: 'put pages in a folder named after one of the site’s locales: {locales}',
    bg: 'сложете страниците в папка с името на един от езиците на сайта: {locales}',
  },
  'content.slug.bad': { en: 'the file name "{name}" is not a valid slug', bg: 'името на файла „{name}“ не е допустим адрес (slug)' },
  'content.slug.bad.hint': {
    en: 'use lower-case ASCII letters, digits and hyphens (npm run new makes one from the title)',
    bg: 'използвайте малки латински букви, цифри и тирета (npm run new го прави от заглавието)',
  },
  'content.slug.duplicate': { en: 'the slug is already used by {other}', bg: 'същият адрес (slug) вече се използва от {other}' },
  'content.slug.duplicate.hint': {
    en: 'two files in one language folder must not share a name; rename one of them',
    bg: 'два файла в една езикова папка не може да имат едно и също име; преименувайте единия',
  },
  'content.project.unknown': { en: 'unknown project "{project}"', bg: 'непознат проект „{project}“' },
  'content.project.unknown.hint': {
    en: 'use the file name of a project in content/projects: {known}',
    bg: 'използвайте името на файл на проект от content/projects: {known}',
  },
  'content.project.none.hint': { en: 'add the project to content/projects first', bg: 'първо добавете проекта в content/projects' },
  'content.activity.unknown': { en: 'project "{project}" has no activity "{activity}"', bg: 'проектът „{project}“ няма дейност „{activity}“' },
  'content.activity.unknown.hint': { en: 'use one of its activity ids: {ids}', bg: 'използвайте един от идентификаторите на дейностите му: {ids}' },
  'content.activity.none': { en: '(it lists none yet)', bg: '(все още няма описани дейности)' },
  'content.attachment.missing': { en: 'the attachment "{file}" does not exist', bg: 'прикаченият файл „{file}“ не съществува' },
  'content.attachment.missing.hint': {
    en: 'put the file at {target} or correct the path (it is relative to content/files)',
    bg: 'сложете файла в {target} или поправете пътя (той е спрямо content/files)',
  },
  'content.cover.altEmpty': { en: 'the cover image has an empty alt text', bg: 'основното изображение е с празен алтернативен текст (alt)' },
  'content.cover.altEmpty.hint': {
    en: 'describe what the picture shows; leave it empty only if it is pure decoration',
    bg: 'опишете какво показва снимката; оставете го празен само ако е чиста украса',
  },
  'content.body.altEmpty': { en: 'the image "{src}" has no alt text', bg: 'изображението „{src}“ е без алтернативен текст' },
  'content.body.altEmpty.hint': {
    en: 'write what the picture shows between the brackets: ![what it shows]({src})',
    bg: 'напишете между квадратните скоби какво показва снимката: ![какво показва]({src})',
  },
  'content.dataset.unknown': { en: 'unknown dataset "{id}"', bg: 'непознат набор от данни „{id}“' },
  'content.dataset.unknown.hint': {
    en: 'use the name of a folder in data/ that holds a datapackage.yaml',
    bg: 'използвайте името на папка в data/, която съдържа datapackage.yaml',
  },
  'content.image.missing': { en: 'the image "{src}" does not exist', bg: 'изображението „{src}“ не съществува' },
  'content.image.missing.hint': {
    en: 'the path is relative to this file, e.g. ../../files/images/photo.jpg; check the folder and the spelling',
    bg: 'пътят е спрямо този файл, напр. ../../files/images/photo.jpg; проверете папката и изписването',
  },
  'content.draft': {
    en: 'is a draft: shown by npm run dev, left out of the published site',
    bg: 'е чернова: вижда се с npm run dev, но не се публикува',
  },
  'content.draft.hint': { en: 'set draft: false (or remove the line) when it is ready', bg: 'когато е готова, запишете draft: false (или изтрийте реда)' },
  'content.translation.missing': { en: 'has no translation in {locales}', bg: 'няма превод на {locales}' },
  'content.translation.missing.hint': {
    en: 'add a file with the same name in content/pages/<language>/ (see “Translate a page” in the editors’ guide)',
    bg: 'добавете файл със същото име в content/pages/<език>/ (вижте „Превод на страница“ в ръководството)',
  },

  // The YAML reader (src/errors/yaml-source.ts); the parser's own detail stays as it is.
  'yaml.syntax': { en: 'YAML syntax: {detail}', bg: 'синтаксис на YAML: {detail}' },
  'yaml.duplicateKey.hint': { en: 'a field is written twice; keep one of them', bg: 'едно поле е написано два пъти; оставете само едното' },
  'yaml.indent.hint': {
    en: 'check the indentation: nested fields need two more spaces than their parent',
    bg: 'проверете отстъпа: вложените полета са с два интервала по-навътре от горното',
  },
  'yaml.colon.hint': {
    en: 'a value with a colon in it must be put in quotes, e.g. title: "Monitoring: results"',
    bg: 'стойност с двоеточие трябва да е в кавички, напр. title: "Мониторинг: резултати"',
  },
  'yaml.other.hint': { en: 'check the quotes, colons and indentation on this line', bg: 'проверете кавичките, двоеточията и отстъпа на този ред' },
  'yaml.noFrontmatter': { en: 'the file has no frontmatter', bg: 'файлът няма заглавна част (frontmatter)' },
  'yaml.noFrontmatter.hint': {
    en: 'start the file with a line of three hyphens (---), the fields, then another --- line',
    bg: 'започнете файла с ред от три тирета (---), после полетата и още един ред ---',
  },
} as const satisfies Wordings;
