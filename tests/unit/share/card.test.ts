import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cardSvg, fitTitle, renderCard } from '../../../src/share/card';

// Each run renders into a cache folder of its own (vitest.config.ts), never a stale image.
const cacheDir = process.env.VITRINA_CACHE_DIR!;

const input = {
  title: 'Доклад от проучването на гражданското участие в мониторинга на административните услуги в община Перущица',
  kind: 'Доклад',
  date: '27 юли 2023 г.',
  siteName: 'Граждански монитор',
};

describe('share cards', () => {
  it('are 1200×630 PNGs with the same bytes on every render', async () => {
    const [first, second] = [await renderCard(input, cacheDir), await renderCard({ ...input }, cacheDir)];
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const meta = await sharp(first).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    // Changes only when the drawing, the font or sharp changes: then look at the card and update.
    expect(createHash('sha256').update(first).digest('hex')).toMatchInlineSnapshot(`"aacc1809bbc76a2764e4d0c51afa300715666f92dd4f8998140ec5f106086016"`);
  });

  it('draw all text as outlines, Cyrillic included', () => {
    const svg = cardSvg(input);
    expect(svg).not.toMatch(/<text/);
    expect(svg).not.toMatch(/[А-я]/);
    expect(svg.match(/<path /g)!.length).toBeGreaterThanOrEqual(5);
  });

  it('wrap long titles into at most four lines and cut only what cannot fit', () => {
    expect(fitTitle('Кратко заглавие').lines).toEqual(['Кратко заглавие']);
    const long = fitTitle(input.title);
    expect(long.lines.length).toBeGreaterThan(1);
    expect(long.lines.join(' ')).toBe(input.title);
    // Four lines at the largest size would reach the rule over the site's name: set smaller.
    const four = fitTitle('Регулярно по-малко препоръки за общинските услуги и граждански мониторинг в девет региона');
    expect(four.size).toBeLessThan(68);
    expect(four.lines).toHaveLength(4);
    const huge = fitTitle('Дълго заглавие '.repeat(40));
    expect(huge.lines).toHaveLength(4);
    expect(huge.lines[3]).toMatch(/…$/);
  });
});

describe('glyph outlines', () => {
  it('never write NaN, even for coordinates with tiny fractions', async () => {
    const { GlyphSet } = await import('../../../src/text/glyphs');
    for (const weight of ['regular', 'bold'] as const) {
      const glyphs = new GlyphSet();
      const run = glyphs.place('Граждански монитор: участие в мониторинга, администрация', 80.00001, 560, 32, weight);
      expect(run.glyphs.length).toBeGreaterThan(40);
      expect(`${glyphs.defs()}${GlyphSet.markup([run], '#000')}`).not.toMatch(/NaN|e[-+]/);
    }
  });

  it('place and measure each glyph where opentype.js would, with the shaping cached per word', async () => {
    const { GlyphSet } = await import('../../../src/text/glyphs');
    const { loadFont, measureText } = await import('../../../src/text/font');
    const texts = [
      'AVA Тъй, ст. 12,5% “Quoted” (paren) T. Y. V.',
      'Доклад „Граждански монитор“ — 2025 г.  два интервала',
      'Отчет о мониторинге: Жалал-Абад, Ош, Бишкек; ffi fl Tú',
      '1 234,5 лв.; 67 % · 3–4',
    ];
    for (const weight of ['regular', 'bold'] as const) {
      for (const text of texts) {
        const expected: number[] = [];
        loadFont(weight).forEachGlyph(text, 10, 20, 17, undefined, (glyph, x) => {
          if (glyph.index !== 0 && glyph.getPath(0, 0, 17).commands.length) expected.push(Math.round(x * 100) / 100);
        });
        for (let round = 0; round < 2; round++) {
          const run = new GlyphSet().place(text, 10, 20, 17, weight);
          // Same glyphs, at the same places to the hundredth of a pixel: the run's origin plus each
          // glyph's offset in font units, scaled.
          expect(run.glyphs).toHaveLength(expected.length);
          run.glyphs.forEach((glyph, index) => expect(Math.abs(run.x + glyph.offset * run.scale - expected[index]!)).toBeLessThanOrEqual(0.0101));
          expect(run.y).toBe(20);
          expect(measureText(text, 17, weight)).toBeCloseTo(loadFont(weight).getAdvanceWidth(text, 17), 9);
        }
      }
    }
  });
});
