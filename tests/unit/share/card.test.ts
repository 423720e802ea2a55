import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cardSvg, fitTitle, renderCard } from '../../../src/share/card';

const input = {
  title: 'Доклад от проучването на гражданското участие в мониторинга на административните услуги в община Перущица',
  kind: 'Доклад',
  date: '27 юли 2023 г.',
  siteName: 'Граждански монитор',
};

describe('share cards', () => {
  it('are 1200×630 PNGs with the same bytes on every render', async () => {
    const [first, second] = [await renderCard(input), await renderCard({ ...input })];
    expect(first.equals(second)).toBe(true);
    const meta = await sharp(first).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    // Changes only when the drawing, the font or sharp changes: then look at the card and update.
    expect(createHash('sha256').update(first).digest('hex')).toMatchInlineSnapshot(`"04e1f180b31f7edd7426510e84ef23b108a82a0512b83ff417e50e0b481eddaf"`);
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

describe('textPath', () => {
  it('never writes NaN, even for coordinates with tiny fractions', async () => {
    const { textPath: outlinePath } = await import('../../../src/text/font');
    for (const weight of ['regular', 'bold'] as const) {
      expect(outlinePath('Граждански монитор: участие в мониторинга, администрация', 80, 560, 32, weight)).not.toMatch(/NaN|e[-+]/);
    }
  });
});
