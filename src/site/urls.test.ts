import { describe, expect, it } from 'vitest';
import { basePath, createUrls } from './urls';

const root = createUrls({ url: 'https://vitrina.example.org', base: '/', defaultLocale: 'bg' });
const english = createUrls({ url: 'https://example.org', base: '/vitrina', defaultLocale: 'en' });

describe('basePath', () => {
  it('has one slash at each end, as Astro’s BASE_URL', () => {
    expect(['/', '', '/vitrina', '/vitrina/', 'vitrina', '/a/b'].map(basePath)).toEqual(['/', '/', '/vitrina/', '/vitrina/', '/vitrina/', '/a/b/']);
  });
});

describe('createUrls', () => {
  it('serves the default locale without a prefix and the others under theirs', () => {
    expect([root.home('bg'), root.home('en'), root.publication('ru', 'x'), root.project('bg', 'p')]).toEqual(['/', '/en/', '/ru/publications/x/', '/projects/p/']);
    expect([english.home('en'), english.home('bg'), english.page('bg', 'about'), english.search('en')]).toEqual(['/vitrina/', '/vitrina/bg/', '/vitrina/bg/about/', '/vitrina/search/']);
    expect([root.langParam('bg'), root.langParam('en'), english.langParam('en'), english.langParam('bg')]).toEqual([undefined, 'en', undefined, 'bg']);
  });

  it('pages lists from the second page on', () => {
    expect([root.publications('en'), root.publications('en', 1), root.publications('en', 3)]).toEqual(['/en/publications/', '/en/publications/', '/en/publications/page/3/']);
    expect(root.publicationsBy('bg', 'year', '2024', 2)).toBe('/publications/year/2024/page/2/');
    expect(root.monitoring.recommendationsBy('en', 'status', 'implemented', 2)).toBe('/en/recommendations/status/implemented/page/2/');
  });

  it('gives files that are the same in every language one address, under the base', () => {
    expect([
      english.file('docs/a report.pdf'),
      english.download('budget', 'budget.csv'),
      english.catalogueFile('ttl'),
      english.chartFile('budget--by-year.bg.svg'),
      english.card('publications', 'bg', 'novina'),
      english.favicon(),
      english.monitoring.download('recommendations.csv'),
    ]).toEqual([
      '/vitrina/files/docs/a%20report.pdf',
      '/vitrina/data/budget/budget.csv',
      '/vitrina/data/catalog.ttl',
      '/vitrina/charts/budget--by-year.bg.svg',
      '/vitrina/cards/bg/publications/novina.png',
      '/vitrina/favicon.svg',
      '/vitrina/recommendations/recommendations.csv',
    ]);
  });

  it('builds the data, feed and monitoring pages of each locale', () => {
    expect([english.catalogue('en'), english.catalogueBy('bg', 'theme', 'gove'), english.dataset('bg', 'budget')]).toEqual(['/vitrina/data/', '/vitrina/bg/data/theme/gove/', '/vitrina/bg/data/budget/']);
    expect([english.feed('en'), english.feed('bg'), english.projectFeed('bg', 'p')]).toEqual(['/vitrina/feed.xml', '/vitrina/bg/feed.xml', '/vitrina/bg/projects/p/feed.xml']);
    expect(root.monitoring.round('ru', 'x', '2024-SPRING')).toBe('/ru/monitoring/x/rounds/2024-spring/');
    expect(root.monitoring.evidence.publication('en', 'report')).toBe('/en/publications/report/');
  });

  it('makes absolute URLs on the site’s address', () => {
    expect(english.absolute(english.dataset('bg', 'budget'))).toBe('https://example.org/vitrina/bg/data/budget/');
    expect(root.absolute(root.home('bg'))).toBe('https://vitrina.example.org/');
  });
});
