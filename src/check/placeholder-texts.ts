import type { Locale } from '../i18n/locales';

/**
 * Every text Vitrina writes into an editor's file to be replaced: the one list the templates
 * (`npm run new`, `vitrina init`) take their placeholders from and `npm run check` recognises them
 * by (src/check/placeholders.ts). A text added to a template goes here, or the check cannot see it.
 */

/** What `npm run new` writes into a new entry (scripts/lib/new-entry.ts), in the entry's language. */
export interface TemplateTexts {
  /** `summary` of a publication or page, `description` of a dataset. */
  summary: string;
  /** The body of a publication or page, the note of a dataset's first version. */
  body: string;
  /** `campaign.series`. */
  series: string;
  /** A project's beneficiary, a dataset's places. */
  place: string;
  /** The title of an attachment (in the commented example). */
  attachment: string;
  /** The alt text of a cover image (in the commented example). */
  alt: string;
  /** A project's code. */
  code: string;
}

export const TEMPLATE_TEXTS: Record<Locale, TemplateTexts> = {
  bg: {
    summary: 'Едно-две изречения за списъците и търсенето.',
    body: 'Тук напишете текста.',
    series: 'Име на поредицата',
    place: 'Населено място или област',
    attachment: 'Заглавие на документа',
    alt: 'Какво показва изображението',
    code: 'BG00-0000',
  },
  en: {
    summary: 'One or two sentences for lists and search results.',
    body: 'Write the text here.',
    series: 'Name of the series',
    place: 'Town or region',
    attachment: 'Title of the document',
    alt: 'What the picture shows',
    code: 'BG00-0000',
  },
  ru: {
    summary: 'Одно-два предложения для списков и поиска.',
    body: 'Здесь напишите текст.',
    series: 'Название серии',
    place: 'Населённый пункт или область',
    attachment: 'Название документа',
    alt: 'Что показано на изображении',
    code: 'BG00-0000',
  },
};

/**
 * The instructions `vitrina init` writes into a new site (scripts/lib/init-texts.ts,
 * init-page-texts.ts): what only the organisation can say, in [square brackets] in the pages.
 */
export interface StarterTexts {
  /** The example project's summary. */
  projectSummary: string;
  /** "About us": what the organisation does. */
  about: string;
  /** Accessibility statement: the law it is published under. */
  law: string;
  /** Accessibility statement: the known barriers. */
  barriers: string;
  /** Accessibility statement: a disproportionate burden. */
  burden: string;
  /** Accessibility statement: content the law does not cover. */
  exempt: string;
  /** Accessibility statement: how accessibility was assessed. */
  assessment: string;
  /** Accessibility statement: the days to reply in. */
  days: string;
  /** Accessibility statement: the enforcement body. */
  complaints: string;
}

export const STARTER_TEXTS: Record<Locale, StarterTexts> = {
  bg: {
    projectSummary: 'Тук опишете в две-три изречения какво прави проектът, за кого и защо.',
    about: '[Заменете това изречение с две-три изречения за организацията: с какво се занимава, откога и за кого работи.]',
    law: '[Посочете закона, по който организацията публикува декларацията (в България – чл. 58в от Закона за електронното управление), или изтрийте това изречение, ако никой закон не я задължава.]',
    barriers: '[Опишете всяка известна ви бариера: къде е, какво не работи, на кой критерий за успех от WCAG не отговаря и как читателят може да получи същата информация по друг начин. Чест пример са PDF документите без структурна маркировка за екранни четци.]',
    burden: '[Ако отстраняването на някоя бариера би било несъразмерна тежест за организацията, посочете коя е тя и защо.]',
    exempt: '[Посочете съдържанието, за което законът не се прилага, например офис документи, публикувани преди 23 септември 2018 г., или съдържание от трети страни, което не е под ваш контрол. Изтрийте точките, които не се отнасят за вас; ако не знаете за недостъпно съдържание, заменете списъка с изречение, което казва това.]',
    assessment: '[Опишете как е оценена достъпността на сайта: от самата организация или от външен оценител (посочете кой) и по какъв начин – например с автоматични проверки и ръчен преглед с клавиатура и екранен четец.]',
    days: '[брой]',
    complaints: '[посочете органа, който във вашата държава контролира достъпността на уебсайтовете, и дайте връзка към страницата за подаване на сигнали; ако никой закон не задължава организацията да публикува тази декларация, изтрийте целия раздел]',
  },
  en: {
    projectSummary: 'Describe here, in two or three sentences, what the project does, for whom and why.',
    about: '[Replace this sentence with two or three about the organisation: what it does, since when, and for whom.]',
    law: '[Name the law under which the organisation publishes this statement (in an EU member state, the national act that transposes Directive (EU) 2016/2102), or delete this sentence if no law requires it.]',
    barriers: '[Describe each barrier you know of: where it is, what does not work, which WCAG success criterion it fails, and how a reader can get the same information another way. PDF documents that are not tagged for screen readers are a common example.]',
    burden: '[If fixing a barrier would be a disproportionate burden for the organisation, say which one and why.]',
    exempt: '[List content the law does not cover, such as office documents published before 23 September 2018, or third-party content you do not control. Delete the items that do not apply to you; if you know of no content that is not accessible, replace this list with a sentence saying so.]',
    assessment: '[Say how the website\'s accessibility was assessed: by the organisation itself or by someone else (name them), and how, for example with automated checks and a manual review using a keyboard and a screen reader.]',
    days: '[number]',
    complaints: '[name the body that enforces web accessibility in your country and link to the page where complaints are made; if no law requires the organisation to publish this statement, delete this whole section]',
  },
  ru: {
    projectSummary: 'Опишите здесь в двух-трёх предложениях, что делает проект, для кого и зачем.',
    about: '[Замените это предложение двумя-тремя фразами об организации: чем она занимается, с какого времени и для кого работает.]',
    law: '[Укажите закон, на основании которого организация публикует это заявление (в странах Евросоюза — закон, которым в национальное право перенесена Директива (ЕС) 2016/2102), или удалите это предложение, если закон этого не требует.]',
    barriers: '[Опишите каждое известное вам препятствие: где оно находится, что не работает, какому критерию успеха WCAG оно не отвечает и как читатель может получить ту же информацию иначе. Частый пример — PDF-документы без разметки для программ чтения с экрана.]',
    burden: '[Если устранение какого-либо препятствия стало бы для организации несоразмерной нагрузкой, укажите, какого именно и почему.]',
    exempt: '[Перечислите содержание, на которое закон не распространяется, например офисные документы, опубликованные до 23 сентября 2018 года, или материалы третьих лиц, которые вы не контролируете. Удалите пункты, которые к вам не относятся; если вам неизвестно недоступное содержание, замените список предложением об этом.]',
    assessment: '[Опишите, как оценивалась доступность сайта: самой организацией или сторонним экспертом (назовите его) и каким образом — например, автоматическими проверками и ручным просмотром с клавиатурой и программой чтения с экрана.]',
    days: '[число]',
    complaints: '[укажите орган, который в вашей стране контролирует доступность веб-сайтов, и дайте ссылку на страницу для подачи жалоб; если закон не обязывает организацию публиковать это заявление, удалите весь раздел]',
  },
};

/** Where a placeholder comes from: a template of `npm run new`, or the example site of `vitrina init`. */
export type PlaceholderOrigin = 'template' | 'starter';

export interface Placeholder {
  text: string;
  origin: PlaceholderOrigin;
}

/** Every placeholder, longest first, so that a text found inside a longer one is not reported twice. */
export const PLACEHOLDERS: readonly Placeholder[] = [
  ...Object.values(TEMPLATE_TEXTS).flatMap((texts) => Object.values(texts).map((text) => ({ text, origin: 'template' as const }))),
  ...Object.values(STARTER_TEXTS).flatMap((texts) => Object.values(texts).map((text) => ({ text, origin: 'starter' as const }))),
]
  .filter((placeholder, index, all) => all.findIndex((other) => other.text === placeholder.text) === index)
  .sort((a, b) => b.text.length - a.text.length);

/** The placeholders `text` still holds, each once, in the order of the list. */
export function findPlaceholders(text: string): Placeholder[] {
  let rest = text;
  const found: Placeholder[] = [];
  for (const placeholder of PLACEHOLDERS) {
    if (!rest.includes(placeholder.text)) continue;
    found.push(placeholder);
    rest = rest.split(placeholder.text).join('\u0000');
  }
  return found;
}
