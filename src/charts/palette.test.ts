import { describe, expect, it } from 'vitest';
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
  SEQUENTIAL,
  SERIES_COLOURS,
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

  it('orders diverging colours negative, neutral, positive', () => {
    expect(divergingColours(5, 2)).toEqual(['#7a3600', '#bb5300', '#6b6b6b', '#0072b2', '#004a75']);
    expect(divergingColours(4, -1)).toEqual(['#7a3600', '#bb5300', '#0072b2', '#004a75']);
    expect(divergingColours(3, 1)).toEqual(['#bb5300', '#6b6b6b', '#0072b2']);
  });
});
