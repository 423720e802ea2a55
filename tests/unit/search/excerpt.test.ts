import { describe, expect, it } from 'vitest';
import { buildExcerpt } from '../../../src/search/excerpt';
import { searchTerms } from '../../../src/search/query';

const show = (parts: { text: string; mark: boolean }[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('buildExcerpt', () => {
  it('never shows the stems block and marks other forms of a Bulgarian word', () => {
    const content = 'Общината прие доклада. Гражданите на общините ⁂ общин доклад граждан';
    const parts = buildExcerpt(content, [0, 6], searchTerms('общини', 'bg'), 'bg');
    expect(show(parts)).toBe('[Общината] прие доклада. Гражданите на [общините]');
  });

  it('marks pagefind locations in other languages and cuts long texts around the first match', () => {
    const content = Array.from({ length: 60 }, (_, i) => (i === 40 ? 'reports' : `w${i}`)).join(' ');
    const text = show(buildExcerpt(content, [40], 'report', 'en', 10));
    expect(text).toBe('… w35 w36 w37 w38 w39 [reports] w41 w42 w43 w44 …');
  });

  it('keeps markup in page text as text', () => {
    const parts = buildExcerpt('<img src=x onerror=alert(1)> доклад', [3], 'доклад', 'bg');
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)> ', mark: false },
      { text: 'доклад', mark: true },
    ]);
  });
});

describe('searchTerms', () => {
  it('stems Bulgarian queries and leaves others to pagefind', () => {
    expect(searchTerms('Докладите на общините!', 'bg')).toBe('доклад на общин');
    expect(searchTerms('monitoring  reports', 'en')).toBe('monitoring reports');
  });
});
