import { describe, expect, it } from 'vitest';
import { atomFeed, FEED_LIMIT, type FeedEntry } from '../../../src/feeds/atom';
import { escapeXml } from '../../../src/feeds/xml';

const entry = (n: number, extra: Partial<FeedEntry> = {}): FeedEntry => ({
  url: `https://example.org/publications/p${n}/`,
  title: `Доклад ${n}`,
  summary: 'Резюме',
  published: `2023-01-${String(10 + (n % 20)).padStart(2, '0')}`,
  lang: 'bg',
  ...extra,
});

const feed = (entries: FeedEntry[]) =>
  atomFeed({
    url: 'https://example.org/feeds/bg.xml',
    pageUrl: 'https://example.org/publications/',
    lang: 'bg',
    title: 'Граждански монитор',
    author: 'Фондация „Кореняк“',
    entries,
    emptyDate: '2020-01-01',
  });

describe('atomFeed', () => {
  it('writes a complete Atom feed with escaped text and per-entry language', () => {
    const xml = feed([
      entry(1, { title: 'Тест <b>&</b> "кавички"', updated: '2023-07-27', category: 'Доклад', project: 'Перущица' }),
      entry(2, { lang: 'ru', title: 'Мониторинг' }),
    ]);
    expect(xml).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="bg">
        <id>https://example.org/feeds/bg.xml</id>
        <title>Граждански монитор</title>
        <link rel="self" type="application/atom+xml" href="https://example.org/feeds/bg.xml"/>
        <link rel="alternate" type="text/html" href="https://example.org/publications/"/>
        <updated>2023-07-27T00:00:00Z</updated>
        <author>
          <name>Фондация „Кореняк“</name>
        </author>
        <generator>Vitrina</generator>
        <entry>
          <id>https://example.org/publications/p1/</id>
          <title>Тест &lt;b&gt;&amp;&lt;/b&gt; &quot;кавички&quot;</title>
          <link rel="alternate" type="text/html" href="https://example.org/publications/p1/" hreflang="bg"/>
          <published>2023-01-11T00:00:00Z</published>
          <updated>2023-07-27T00:00:00Z</updated>
          <summary>Резюме</summary>
          <category term="Доклад"/>
          <category term="Перущица"/>
        </entry>
        <entry xml:lang="ru">
          <id>https://example.org/publications/p2/</id>
          <title>Мониторинг</title>
          <link rel="alternate" type="text/html" href="https://example.org/publications/p2/" hreflang="ru"/>
          <published>2023-01-12T00:00:00Z</published>
          <updated>2023-01-12T00:00:00Z</updated>
          <summary>Резюме</summary>
        </entry>
      </feed>
      "
    `);
  });

  it('is dated by its newest change, never by the clock, and keeps only the newest entries', () => {
    expect(feed([])).toContain('<updated>2020-01-01T00:00:00Z</updated>');
    const many = feed(Array.from({ length: FEED_LIMIT + 5 }, (_, i) => entry(i)));
    expect(many.match(/<entry/g)).toHaveLength(FEED_LIMIT);
  });
});

describe('escapeXml', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(escapeXml(`<a href='x'>&\u0001</a>`)).toBe('&lt;a href=&apos;x&apos;&gt;&amp;&lt;/a&gt;');
  });
});
