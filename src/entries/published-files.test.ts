import { describe, expect, it } from 'vitest';
import { publishedFiles } from './published-files';

describe('published files', () => {
  const available = ['docs/report.pdf', 'docs/draft notes.docx', 'logos/emblem.svg', 'public/newsletter.pdf', 'отчети/Доклад 2024.pdf', 'evidence/decision.pdf'];

  it('are those the content names, those its Markdown links, and the always-published folder', () => {
    expect(
      publishedFiles(available, {
        named: ['docs/report.pdf', 'evidence/decision.pdf', 'missing.pdf'],
        bodies: ['See [the report](/vitrina/files/%D0%BE%D1%82%D1%87%D0%B5%D1%82%D0%B8/%D0%94%D0%BE%D0%BA%D0%BB%D0%B0%D0%B4%202024.pdf).'],
      }),
    ).toEqual(['docs/report.pdf', 'public/newsletter.pdf', 'отчети/Доклад 2024.pdf', 'evidence/decision.pdf']);
  });

  it('leave out a file nothing names, whatever is in the folder', () => {
    expect(publishedFiles(available, { named: [], bodies: ['no links here', '<a href="/files/">the folder</a>'] })).toEqual(['public/newsletter.pdf']);
  });
});
