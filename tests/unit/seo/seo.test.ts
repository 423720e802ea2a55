import { describe, expect, it } from 'vitest';
import { organizationLd, projectLd, publicationLd, serializeJsonLd } from '../../../src/seo/json-ld';
import { readBuiltPage } from '../../../src/quality/built-html';
import { robotsTxt, sitemapEntry, sitemapXml } from '../../../src/seo/sitemap';
import { ogLocale, socialMeta } from '../../../src/seo/social';

describe('serializeJsonLd', () => {
  it('cannot end the script element or start markup', () => {
    const text = serializeJsonLd({ headline: '</script><script>alert(1)</script> & \u2028' });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script> & \u2028' });
  });
});

describe('JSON-LD builders', () => {
  const siteUrl = 'https://example.org/';
  it('describes a report as Report and news as Article, published by the organisation', () => {
    const base = { url: `${siteUrl}publications/a/`, title: 'Доклад', summary: 'Резюме', lang: 'bg', published: '2023-07-27', siteUrl, publisherName: 'Фондация' };
    expect(publicationLd({ ...base, type: 'report', project: { url: `${siteUrl}projects/p/`, name: 'Проект' }, keywords: ['анкета', 'участие'] })).toMatchInlineSnapshot(`
      {
        "@context": "https://schema.org",
        "@id": "https://example.org/publications/a/",
        "@type": "Report",
        "author": {
          "@id": "https://example.org/#organization",
          "@type": "Organization",
          "name": "Фондация",
        },
        "dateModified": "2023-07-27",
        "datePublished": "2023-07-27",
        "description": "Резюме",
        "headline": "Доклад",
        "inLanguage": "bg",
        "isPartOf": {
          "@id": "https://example.org/projects/p/",
          "@type": "Project",
          "name": "Проект",
        },
        "keywords": "анкета, участие",
        "mainEntityOfPage": "https://example.org/publications/a/",
        "publisher": {
          "@id": "https://example.org/#organization",
          "@type": "Organization",
          "name": "Фондация",
        },
        "url": "https://example.org/publications/a/",
      }
    `);
    expect(publicationLd({ ...base, type: 'update' })['@type']).toBe('Article');
  });

  it('describes the organisation and a project', () => {
    expect(organizationLd({ name: 'Граждански монитор', url: siteUrl, email: 'info@example.org', sameAs: [] })).toMatchInlineSnapshot(`
      {
        "@context": "https://schema.org",
        "@id": "https://example.org/#organization",
        "@type": "Organization",
        "email": "info@example.org",
        "name": "Граждански монитор",
        "url": "https://example.org/",
      }
    `);
    expect(
      projectLd({ url: `${siteUrl}projects/p/`, name: 'Проект', description: 'За проекта', lang: 'bg', code: 'BG05', start: '2022-07-20', end: '2023-12-20', beneficiary: 'Фондация', partners: ['Община'], funder: 'ЕС' }),
    ).toMatchInlineSnapshot(`
      {
        "@context": "https://schema.org",
        "@id": "https://example.org/projects/p/",
        "@type": "Project",
        "description": "За проекта",
        "dissolutionDate": "2023-12-20",
        "foundingDate": "2022-07-20",
        "funder": {
          "@type": "Organization",
          "name": "ЕС",
        },
        "identifier": "BG05",
        "inLanguage": "bg",
        "member": [
          {
            "@type": "Organization",
            "name": "Фондация",
          },
          {
            "@type": "Organization",
            "name": "Община",
          },
        ],
        "name": "Проект",
        "url": "https://example.org/projects/p/",
      }
    `);
  });
});

describe('sitemap', () => {
  it('reads canonical and hreflang links from a built page and skips noindex pages', () => {
    const page = `<html><head><link rel="canonical" href="https://example.org/en/a/"><link rel="alternate" hreflang="bg" href="https://example.org/a/"><link rel="alternate" hreflang="en" href="https://example.org/en/a/"></head><body><link rel="canonical" href="https://nope/"></body></html>`;
    expect(sitemapEntry(readBuiltPage(page))).toEqual({
      url: 'https://example.org/en/a/',
      alternates: [
        { hreflang: 'bg', url: 'https://example.org/a/' },
        { hreflang: 'en', url: 'https://example.org/en/a/' },
      ],
    });
    expect(sitemapEntry(readBuiltPage('<html><head><meta name="robots" content="noindex"><link rel="canonical" href="https://example.org/404/"></head></html>'))).toBeUndefined();
    expect(sitemapEntry(readBuiltPage('<html><head><title>x</title></head></html>'))).toBeUndefined();
  });

  it('writes a sorted sitemap with alternates and a robots.txt naming it', () => {
    const xml = sitemapXml([
      { url: 'https://example.org/en/', alternates: [] },
      { url: 'https://example.org/?a&b', alternates: [{ hreflang: 'en', url: 'https://example.org/en/' }] },
    ]);
    expect(xml).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="utf-8"?>
      <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
        <url>
          <loc>https://example.org/?a&amp;b</loc>
          <xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/"/>
        </url>
        <url>
          <loc>https://example.org/en/</loc>
        </url>
      </urlset>
      "
    `);
    expect(robotsTxt('https://example.org/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n');
  });
});

describe('socialMeta', () => {
  it('gives Open Graph and Twitter card tags with the share card', () => {
    const tags = socialMeta({
      title: 'Доклад',
      description: 'Резюме',
      url: 'https://example.org/publications/a/',
      siteName: 'Монитор',
      lang: 'bg',
      alternateLangs: ['en'],
      type: 'article',
      image: { url: 'https://example.org/cards/bg/publications/a.png', alt: 'Доклад' },
      published: '2023-07-27',
    });
    expect(tags.map((tag) => `${tag.property ?? tag.name}=${tag.content}`)).toMatchInlineSnapshot(`
      [
        "og:type=article",
        "og:site_name=Монитор",
        "og:title=Доклад",
        "og:url=https://example.org/publications/a/",
        "og:locale=bg_BG",
        "og:locale:alternate=en_US",
        "og:description=Резюме",
        "og:image=https://example.org/cards/bg/publications/a.png",
        "og:image:type=image/png",
        "og:image:width=1200",
        "og:image:height=630",
        "og:image:alt=Доклад",
        "article:published_time=2023-07-27",
        "twitter:card=summary_large_image",
        "twitter:title=Доклад",
        "twitter:description=Резюме",
        "twitter:image=https://example.org/cards/bg/publications/a.png",
        "twitter:image:alt=Доклад",
      ]
    `);
    expect(ogLocale('ru')).toBe('ru_RU');
  });

  it('names the media type of a cover shared as a JPEG', () => {
    const tags = socialMeta({
      title: 'Доклад',
      siteName: 'Монитор',
      lang: 'bg',
      type: 'article',
      image: { url: 'https://example.org/_astro/cover.abc.jpg', alt: 'Хора на маса', type: 'image/jpeg' },
    });
    expect(tags.filter((tag) => tag.property?.startsWith('og:image')).map((tag) => `${tag.property}=${tag.content}`)).toEqual([
      'og:image=https://example.org/_astro/cover.abc.jpg',
      'og:image:type=image/jpeg',
      'og:image:width=1200',
      'og:image:height=630',
      'og:image:alt=Хора на маса',
    ]);
  });
});
