import type { Locale } from '../../src/i18n/locales';
import { STARTER_TEXTS } from '../../src/check/placeholder-texts';

/**
 * The standing pages `vitrina init` writes in every language of a new site, under the same file
 * name in each language folder so that each is the others' translation.
 */
export const STARTER_PAGES = ['about', 'accessibility'] as const;
export type StarterPage = (typeof STARTER_PAGES)[number];

/** One standing page in one language: its front matter, and its Markdown body for the organisation `name`. */
export interface PageTexts {
  title: string;
  summary: string;
  body: (name: string) => string;
}

/**
 * Templates the organisation edits: what only it can say is an instruction in [square brackets],
 * which the front-matter comment tells editors to replace; the instructions themselves are in
 * src/check/placeholder-texts.ts, so that `npm run check` can name each one left in a page. The accessibility statement follows the
 * EU model statement (Implementing Decision (EU) 2018/1523) but leaves out what the page already
 * shows from `accessibility` in content/site.yaml (standard, conformance, date of the last review,
 * contact address) and points to it instead, so the two cannot disagree.
 */
export const PAGE_TEXTS: Record<Locale, Record<StarterPage, PageTexts>> = {
  bg: {
    about: {
      title: 'За нас',
      summary: 'Кой поддържа този сайт и какво се публикува в него.',
      body: (name) => `Сайтът се поддържа от ${name}. Тук публикуваме новини, доклади и отворени данни от нашите проекти, за да може всеки да проследи целите им, напредъка на работата и постигнатите резултати.

${STARTER_TEXTS.bg.about}

## Какво ще намерите тук

- **Проекти**: целите, дейностите, сроковете и резултатите на всеки проект.
- **Публикации**: новини, доклади, методики, съобщения за медиите и събития.
- **Отворени данни**: данните, на които се основават докладите ни, свободни за изтегляне и повторно използване.`,
    },
    accessibility: {
      title: 'Декларация за достъпност',
      summary: 'Доколко този сайт е достъпен и как да съобщите за бариера.',
      body: (name) => `Искаме този сайт да може да се използва от всички, включително от хората, които работят с екранен четец, увеличение на екрана, гласово управление или само с клавиатура. Декларацията се отнася за сайта на ${name} и за публикуваните в него документи. ${STARTER_TEXTS.bg.law}

## Степен на съответствие

Стандартът, спрямо който е оценен сайтът, и степента, в която сайтът му съответства, са посочени в основните данни по-горе. Ако съответствието не е пълно, причините са описани в следващия раздел.

## Недостъпно съдържание

- ${STARTER_TEXTS.bg.barriers}
- ${STARTER_TEXTS.bg.burden}
- ${STARTER_TEXTS.bg.exempt}

## Изготвяне на декларацията

${STARTER_TEXTS.bg.assessment} Датата на последния преглед е посочена в основните данни по-горе. Преглеждаме декларацията поне веднъж годишно.

## Обратна връзка и контакт

Ако попаднете на съдържание, което не можете да използвате, или на бариера, която не е описана тук, пишете ни на адреса от основните данни по-горе. Посочете на коя страница сте срещнали проблема и в какво се състои той. Ще ви отговорим в срок до ${STARTER_TEXTS.bg.days} работни дни и при възможност ще ви предоставим съдържанието във форма, която можете да използвате.

## Процедура по прилагане

Ако не получите отговор или отговорът не ви удовлетворява, можете да подадете сигнал до ${STARTER_TEXTS.bg.complaints}.`,
    },
  },
  en: {
    about: {
      title: 'About us',
      summary: 'Who runs this website and what it publishes.',
      body: (name) => `This website is run by ${name}. Here we publish news, reports and open data from our projects, so that anyone can follow what each project sets out to do, how the work is going and what it has achieved.

${STARTER_TEXTS.en.about}

## What you will find here

- **Projects**: the aims, activities, timeline and results of each project.
- **Publications**: news, reports, methodology, press releases and events.
- **Open data**: the figures behind our reports, free to download and reuse.`,
    },
    accessibility: {
      title: 'Accessibility statement',
      summary: 'How accessible this website is, and how to report a barrier.',
      body: (name) => `We want everyone to be able to use this website, including people who use a screen reader, screen magnification, voice control or only a keyboard. This statement covers the website of ${name} and the documents published on it. ${STARTER_TEXTS.en.law}

## Conformance status

The standard this website has been assessed against, and how far it conforms to it, are given in the key facts above. Where it falls short, the next section explains why.

## Content that is not accessible

- ${STARTER_TEXTS.en.barriers}
- ${STARTER_TEXTS.en.burden}
- ${STARTER_TEXTS.en.exempt}

## How this statement was prepared

${STARTER_TEXTS.en.assessment} The date of the last review is given in the key facts above. We review this statement at least once a year.

## Feedback and contact

If you come across content you cannot use, or a barrier that is not described here, email us at the address in the key facts above. Tell us which page it was on and what went wrong. We will reply within ${STARTER_TEXTS.en.days} working days and, where we can, provide the content in a form you can use.

## Enforcement procedure

If we do not reply, or you are not satisfied with our reply, you can complain to ${STARTER_TEXTS.en.complaints}.`,
    },
  },
  ru: {
    about: {
      title: 'О нас',
      summary: 'Кто ведёт этот сайт и что на нём публикуется.',
      body: (name) => `Этот сайт ведёт ${name}. Здесь мы публикуем новости, отчёты и открытые данные наших проектов, чтобы любой желающий мог узнать, каковы их цели, как идёт работа и чего удалось добиться.

${STARTER_TEXTS.ru.about}

## Что вы здесь найдёте

- **Проекты**: цели, направления работы, сроки и результаты каждого проекта.
- **Публикации**: новости, отчёты, методики, пресс-релизы и мероприятия.
- **Открытые данные**: данные, на которых основаны наши отчёты; их можно свободно скачивать и использовать повторно.`,
    },
    accessibility: {
      title: 'Заявление о доступности',
      summary: 'Насколько доступен этот сайт и как сообщить о препятствии.',
      body: (name) => `Мы стремимся к тому, чтобы этим сайтом могли пользоваться все, в том числе люди, которые работают с программой чтения с экрана, экранной лупой, голосовым управлением или только с клавиатурой. Это заявление относится к сайту, который ведёт ${name}, и к опубликованным на нём документам. ${STARTER_TEXTS.ru.law}

## Степень соответствия

Стандарт, на соответствие которому проверялся сайт, и степень этого соответствия указаны в основных сведениях выше. Если соответствие неполное, причины описаны в следующем разделе.

## Недоступное содержание

- ${STARTER_TEXTS.ru.barriers}
- ${STARTER_TEXTS.ru.burden}
- ${STARTER_TEXTS.ru.exempt}

## Подготовка заявления

${STARTER_TEXTS.ru.assessment} Дата последней проверки указана в основных сведениях выше. Мы пересматриваем это заявление не реже одного раза в год.

## Обратная связь и контакты

Если вы столкнулись с содержанием, которым не можете воспользоваться, или с препятствием, которое здесь не описано, напишите нам по адресу, указанному в основных сведениях выше. Сообщите, на какой странице возникла проблема и в чём она состоит. Мы ответим в течение ${STARTER_TEXTS.ru.days} рабочих дней и по возможности предоставим содержание в доступной для вас форме.

## Порядок обжалования

Если вы не получили ответа или ответ вас не устроил, вы можете обратиться в ${STARTER_TEXTS.ru.complaints}.`,
    },
  },
};
