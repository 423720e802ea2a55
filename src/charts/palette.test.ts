import { describe, expect, it } from 'vitest';
import { ciede2000, seenDifference, type Deficiency } from './colour-vision';
import {
  AXIS,
  BACKGROUND,
  CELL_BORDER,
  contrastRatio,
  DIVERGING_NEGATIVE,
  DIVERGING_NEUTRAL,
  DIVERGING_POSITIVE,
  divergingColours,
  INVERSE_TEXT,
  MISSING,
  MUTED_TEXT,
  repeatsColour,
  SEQUENTIAL,
  SERIES_COLOURS,
  seriesColour,
  TEXT,
  textOn,
} from './palette';

describe('palette contrast (WCAG 2.2)', () => {
  it('computes the known extremes', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('gives text at least 4.5:1 against the background', () => {
    for (const colour of [TEXT, MUTED_TEXT]) expect(contrastRatio(colour, BACKGROUND)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives every mark colour at least 3:1 against the background, and white labels 4.5:1 on it', () => {
    const marks = [...SERIES_COLOURS, ...DIVERGING_NEGATIVE, DIVERGING_NEUTRAL, ...DIVERGING_POSITIVE, AXIS, CELL_BORDER, MISSING];
    for (const colour of marks) {
      expect(contrastRatio(colour, BACKGROUND), colour).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(colour, INVERSE_TEXT), colour).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('picks a cell text colour with at least 4.5:1 on every heat-map step', () => {
    for (const step of SEQUENTIAL) {
      const text = textOn(step) === 'text' ? TEXT : INVERSE_TEXT;
      expect(contrastRatio(step, text), step).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('orders diverging colours negative, neutral, positive, darker towards the ends', () => {
    expect(divergingColours(5, 2)).toEqual(['#5a1800', '#bb5300', '#6b6b6b', '#0072b2', '#1a2456']);
    expect(divergingColours(4, -1)).toEqual(['#5a1800', '#bb5300', '#0072b2', '#1a2456']);
    expect(divergingColours(3, 1)).toEqual(['#bb5300', '#6b6b6b', '#0072b2']);
    expect(divergingColours(7, 3)).toEqual([...DIVERGING_NEGATIVE, DIVERGING_NEUTRAL, ...DIVERGING_POSITIVE]);
  });
});

const VISIONS: (Deficiency | undefined)[] = [undefined, 'protanopia', 'deuteranopia', 'tritanopia'];

/** Pairs of colours closer than `threshold` in CIEDE2000 for some vision, as readable strings. */
function tooClose(pairs: readonly (readonly [string, string])[], threshold: number): string[] {
  return pairs.flatMap(([first, second]) =>
    VISIONS.flatMap((vision) => {
      const difference = seenDifference(first, second, vision);
      return difference < threshold ? [`${first}/${second} ${vision ?? 'normal vision'}: ${difference.toFixed(1)}`] : [];
    }),
  );
}

const neighbours = (colours: readonly string[]) => colours.slice(1).map((colour, index) => [colours[index]!, colour] as const);
const everyPair = (colours: readonly string[]) => colours.flatMap((first, index) => colours.slice(index + 1).map((second) => [first, second] as const));

describe('palette for colour-vision deficiencies (Machado et al. 2009, CIEDE2000)', () => {
  it('computes CIEDE2000 as in the published test data (Sharma, Wu and Dalal 2005)', () => {
    const pairs: [[number, number, number], [number, number, number], number][] = [
      [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
      [[50, 2.49, -0.001], [50, -2.49, 0.0009], 7.1792],
      [[50, 2.5, 0], [73, 25, -18], 27.1492],
      [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
      [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
    ];
    for (const [[l1, a1, b1], [l2, a2, b2], expected] of pairs) {
      expect(ciede2000({ l: l1, a: a1, b: b1 }, { l: l2, a: a2, b: b2 })).toBeCloseTo(expected, 4);
    }
  });

  it('fails a palette whose neighbours differ only in red and green, and the old vermillion and ochre', () => {
    // d3's red next to its green: far apart for most readers, nearly one colour without green cones.
    expect(tooClose(neighbours(['#d62728', '#2ca02c']), 10)).toEqual(['#d62728/#2ca02c deuteranopia: 4.6']);
    // The palette's former fifth colour: ochre, which deuteranopes saw as the vermillion.
    expect(seenDifference('#bb5300', '#996a00')).toBeGreaterThan(15);
    expect(seenDifference('#bb5300', '#996a00', 'deuteranopia')).toBeLessThan(3);
  });

  it('keeps neighbouring series colours at least 10 apart, and any two at least 7, for every vision', () => {
    expect(tooClose(neighbours(SERIES_COLOURS), 10)).toEqual([]);
    expect(tooClose(everyPair(SERIES_COLOURS), 7)).toEqual([]);
  });

  it('keeps neighbouring diverging steps at least 10 apart for every vision, whatever the scale', () => {
    for (let count = 2; count <= 7; count++) {
      for (const neutral of count % 2 ? [Math.floor(count / 2)] : [-1]) {
        const colours = divergingColours(count, neutral);
        expect(new Set(colours).size, `${count} answers`).toBe(count);
        expect(tooClose(neighbours(colours), 10), `${count} answers`).toEqual([]);
      }
    }
  });

  it('gives no two series one colour while colours are left, then asks for patterns', () => {
    const colours = Array.from({ length: 8 }, (_, index) => seriesColour(index));
    expect(new Set(colours.slice(0, SERIES_COLOURS.length)).size).toBe(SERIES_COLOURS.length);
    expect(colours.map((_, index) => repeatsColour(colours, index))).toEqual([false, false, false, false, false, false, true, true]);
    const nine = divergingColours(9, 4);
    expect(nine.map((_, index) => repeatsColour(nine, index)).filter(Boolean)).toHaveLength(2);
  });
});
