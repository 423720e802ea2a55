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
    expect(createHash('sha256').update(first).digest('hex')).toMatchInlineSnapshot(`"691a1f118f5c1375153a4cce62973beeeba2a687562a750ac2d2e628debdf8d8"`);
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
      const placed = glyphs.place('Граждански монитор: участие в мониторинга, администрация', 80.00001, 560, 32, weight);
      expect(placed.length).toBeGreaterThan(40);
      expect(`${glyphs.defs()}${GlyphSet.uses(placed, '#000')}`).not.toMatch(/NaN|e[-+]/);
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
          const placed = new GlyphSet().place(text, 10, 20, 17, weight);
          // Same glyphs; positions the same to the hundredth written (opentype.js adds scaled
          // advances one by one, this scales a sum: the last float bit may round the other way).
          expect(placed).toHaveLength(expected.length);
          placed.forEach((glyph, index) => expect(Math.abs(glyph.x - expected[index]!)).toBeLessThanOrEqual(0.0101));
          expect(placed.every((glyph) => glyph.y === 20)).toBe(true);
          expect(measureText(text, 17, weight)).toBeCloseTo(loadFont(weight).getAdvanceWidth(text, 17), 9);
        }
      }
    }
  });
});
