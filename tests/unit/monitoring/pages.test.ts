import { describe, expect, it } from 'vitest';
import { recommendationListPaths, RECOMMENDATIONS_PER_PAGE } from '../../../src/monitoring/pages';
import type { Recommendation } from '../../../src/monitoring/recommendations';
import { createUrls } from '../../../src/site/urls';

const make = (i: number): Recommendation =>
  ({
    id: `rec-${String(i).padStart(2, '0')}`,
    status: i % 3 === 0 ? 'implemented' : 'proposed',
    addressee: { id: i % 2 ? 'town-hall' : 'ministry', name: { en: 'x' } },
    project: 'town-project',
  }) as Recommendation;

describe('recommendation list pages', () => {
  const recommendations = Array.from({ length: 45 }, (_, i) => make(i + 1));
  const urls = createUrls({ url: 'https://vitrina.example.org', base: '/', defaultLocale: 'bg' });

  it('paginates the whole list and every filter, in every locale', () => {
    const first = recommendationListPaths(recommendations, ['bg', 'en'], urls.langParam, 'first', false);
    const rest = recommendationListPaths(recommendations, ['bg', 'en'], urls.langParam, 'rest', false);
    expect(RECOMMENDATIONS_PER_PAGE).toBe(20);
    expect(first.map((p) => [p.params.lang, p.props.page.items.length])).toEqual([[undefined, 20], ['en', 20]]);
    expect(rest.map((p) => [p.params.lang, p.params.n, p.props.page.items.length])).toEqual([[undefined, '2', 20], [undefined, '3', 5], ['en', '2', 20], ['en', '3', 5]]);
    const faceted = recommendationListPaths(recommendations, ['bg'], urls.langParam, 'first', true);
    expect(faceted.map((p) => `${p.params.facet}/${p.params.value}:${p.props.page.count}`)).toEqual([
      'status/proposed:30',
      'status/implemented:15',
      'addressee/ministry:22',
      'addressee/town-hall:23',
      'project/town-project:45',
    ]);
  });

  it('builds stable addresses, the downloads once for the site', () => {
    const links = urls.monitoring;
    expect(links.recommendationsBy('en', 'status', 'implemented', 2)).toBe('/en/recommendations/status/implemented/page/2/');
    expect(links.service('bg', 'kyrgyz-service-monitoring', 's01')).toBe('/monitoring/kyrgyz-service-monitoring/services/s01/');
    expect(links.round('ru', 'x', '2024-SPRING')).toBe('/ru/monitoring/x/rounds/2024-spring/');
    expect(links.download('recommendations.csv')).toBe('/recommendations/recommendations.csv');
  });
});
