import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import type { EditorIssueParams } from '../errors/zod-issues';
import { isEditorMessageId, sayMessage } from '../i18n/editor-messages';
import { isoDate, localized, period } from './common';
import { pageData } from './page';
import { projectData } from './project';
import { publicationData } from './publication';
import { siteData } from './site';

/** A schema's own message in English; zod's own as it is. */
const english = (issue: z.core.$ZodIssue) =>
  isEditorMessageId(issue.message) ? sayMessage({ id: issue.message, params: issue.code === 'custom' ? (issue.params as EditorIssueParams | undefined)?.values : undefined }, 'en') : issue.message;
const messages = (result: { success: boolean; error?: z.ZodError }) =>
  result.success ? [] : result.error!.issues.map((issue) => `${issue.path.join('.')}: ${english(issue)}`);

const publication = {
  type: 'report',
  title: 'Доклад',
  summary: 'Резюме.',
  published: '2023-07-27',
};

const project = {
  code: 'BG05SFOP001-2.025-0108',
  language: 'bg',
  title: { bg: 'Проект' },
  summary: { bg: 'Резюме' },
  period: { start: '2022-07-20', end: '2023-12-20' },
  beneficiary: { name: { bg: 'Фондация „Кореняк“' } },
};

describe('common schemas', () => {
  it('needs at least one translation in a localised text and rejects unknown locales', () => {
    expect(localized.safeParse({ bg: 'Текст' }).success).toBe(true);
    expect(messages(localized.safeParse({}))).toEqual([': needs at least one translation (bg, en or ru)']);
    expect(localized.safeParse({ de: 'Text' }).success).toBe(false);
    expect(localized.safeParse({ bg: '  ' }).success).toBe(false);
  });

  it('keeps dates as calendar days whether YAML gave a string or a timestamp', () => {
    expect(isoDate.parse('2023-03-30')).toBe('2023-03-30');
    expect(isoDate.parse(new Date('2023-03-30T00:00:00Z'))).toBe('2023-03-30');
    expect(isoDate.safeParse('2023-02-29').success).toBe(false);
    expect(isoDate.safeParse('2024-02-29').success).toBe(true);
    expect(isoDate.safeParse('30.03.2023').success).toBe(false);
  });

  it('rejects a period that ends before it starts', () => {
    expect(messages(period.safeParse({ start: '2023-12-20', end: '2022-07-20' }))).toEqual(['end: end must not be before start']);
    expect(period.safeParse({ start: '2023-12-20' }).success).toBe(true);
  });
});

describe('publication', () => {
  it('accepts a minimal publication and fills the defaults', () => {
    const data = publicationData.parse(publication);
    expect(data).toMatchObject({ tags: [], attachments: [], datasets: [], draft: false });
  });

  it('rejects unknown fields, unknown types and an update before publication', () => {
    expect(messages(publicationData.safeParse({ ...publication, author: 'X' }))).toEqual([': Unrecognized key: "author"']);
    expect(publicationData.safeParse({ ...publication, type: 'news' }).success).toBe(false);
    expect(messages(publicationData.safeParse({ ...publication, updated: '2023-01-01' }))).toEqual(['updated: must not be before published (2023-07-27)']);
  });

  it('needs a project for an activity, a series for a campaign post, and alt text for a cover', () => {
    expect(messages(publicationData.safeParse({ ...publication, activity: '1' }))).toEqual(['activity: needs `project` to say whose activity it is']);
    expect(messages(publicationData.safeParse({ ...publication, type: 'campaign' }))).toEqual(['campaign: is required for a campaign post (series and number)']);
    expect(publicationData.safeParse({ ...publication, cover: { src: 'a.jpg' } }).success).toBe(false);
    expect(publicationData.safeParse({ ...publication, cover: { src: 'a.jpg', alt: 'Снимка' } }).success).toBe(true);
  });

  it('accepts attachment paths inside content/files only', () => {
    expect(publicationData.safeParse({ ...publication, attachments: [{ file: 'reports/a.pdf', title: 'A' }] }).success).toBe(true);
    expect(publicationData.safeParse({ ...publication, attachments: [{ file: '../secret.pdf', title: 'A' }] }).success).toBe(false);
    expect(publicationData.safeParse({ ...publication, attachments: [{ file: '/etc/passwd', title: 'A' }] }).success).toBe(false);
  });
});

describe('project', () => {
  it('accepts a minimal project and rejects duplicate activity ids', () => {
    expect(projectData.safeParse(project).success).toBe(true);
    const twice = { ...project, activities: [{ id: '1', title: { bg: 'А' } }, { id: '1', title: { bg: 'Б' } }] };
    expect(messages(projectData.safeParse(twice))).toEqual(['activities.1.id: "1" is used by two activities']);
  });

  it('checks the budget currency and amount', () => {
    expect(projectData.safeParse({ ...project, budget: { amount: 350280.08, currency: 'BGN' } }).success).toBe(true);
    expect(projectData.safeParse({ ...project, budget: { amount: 350280.08, currency: 'лв.' } }).success).toBe(false);
    expect(projectData.safeParse({ ...project, budget: { amount: -1, currency: 'BGN' } }).success).toBe(false);
  });
});

describe('site and page', () => {
  const site = {
    name: { bg: 'Сайт' },
    description: { bg: 'Описание' },
    locales: ['bg', 'en'],
    defaultLocale: 'bg',
    url: 'https://example.org',
    licence: { id: 'CC-BY-4.0', title: { en: 'CC BY 4.0' }, url: 'https://creativecommons.org/licenses/by/4.0/' },
    contact: { email: 'info@example.org' },
    accessibility: { reviewed: '2026-01-01', conformance: 'partial', contact: 'a@example.org' },
  };

  it('needs the default locale among the locales', () => {
    expect(siteData.safeParse(site).success).toBe(true);
    expect(messages(siteData.safeParse({ ...site, defaultLocale: 'ru' }))).toEqual(['defaultLocale: must be one of locales (bg, en)']);
    expect(siteData.safeParse({ ...site, base: 'vitrina' }).success).toBe(false);
    expect(siteData.parse({ ...site, base: '/vitrina/' }).base).toBe('/vitrina/');
  });

  it('takes an optional tagline per locale for the home page’s heading', () => {
    expect(siteData.parse(site).tagline).toBeUndefined();
    expect(siteData.parse({ ...site, tagline: { bg: 'Отворени данни' } }).tagline).toEqual({ bg: 'Отворени данни' });
    expect(siteData.safeParse({ ...site, tagline: 'Отворени данни' }).success).toBe(false);
  });

  it('accepts a standing page with a title', () => {
    expect(pageData.safeParse({ title: 'За нас' }).success).toBe(true);
    expect(pageData.safeParse({}).success).toBe(false);
  });
});
