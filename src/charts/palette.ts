/**
 * Colours of every chart. Derived from the Okabe–Ito colour-blind-safe set, darkened so that every
 * mark colour has at least 4.5:1 against the white chart background (so white labels inside a bar
 * read too, and marks pass the 3:1 non-text minimum with room). Patterns and direct labels carry the
 * meaning as well, so colour is never the only cue. `palette.test.ts` checks the ratios.
 */
export const BACKGROUND = '#ffffff';
export const TEXT = '#1a1a1a';
export const MUTED_TEXT = '#575757';
export const AXIS = '#5c5c5c';
export const GRID = '#d9d9d9';
export const INVERSE_TEXT = '#ffffff';
export const MISSING = '#6b6b6b';

/** Categorical series colours, in order: blue, vermillion, green, reddish purple, ochre, grey. */
export const SERIES_COLOURS = ['#0072b2', '#bb5300', '#008460', '#bb4d8a', '#996a00', '#5e5e5e'] as const;

/** Diverging (Likert) colours from the most negative to the most positive answer, neutral in the middle. */
export const DIVERGING_NEGATIVE = ['#7a3600', '#bb5300'] as const;
export const DIVERGING_NEUTRAL = '#6b6b6b';
export const DIVERGING_POSITIVE = ['#0072b2', '#004a75'] as const;

/**
 * Heat-map steps from low to high. Light steps are below 3:1 against white by nature, so every cell
 * has a dark border and prints its value; the value, not the colour, is the information.
 */
export const SEQUENTIAL = ['#e3eef7', '#a9cbe4', '#5b9bc9', '#1f6ea8', '#0b3f6e'] as const;
export const CELL_BORDER = '#5c5c5c';

/** Fill patterns in the order series receive them; the first series is plain. */
export const PATTERN_KINDS = ['diagonal', 'dots', 'horizontal', 'cross', 'vertical', 'backward'] as const;

/** The colour of series `index` (cycling when there are more series than colours). */
export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length]!;
}

/** Colours for `count` ordered Likert answers, `neutral` the index of the middle answer or -1. */
export function divergingColours(count: number, neutral: number): string[] {
  const colours: string[] = [];
  const negatives = neutral >= 0 ? neutral : Math.floor(count / 2);
  const positives = count - negatives - (neutral >= 0 ? 1 : 0);
  // A lone answer on one side takes the lighter colour, the one next to the middle.
  const pick = (ramp: readonly string[], index: number, total: number, lone: number) =>
    ramp[total <= 1 ? lone : Math.round((index / (total - 1)) * (ramp.length - 1))]!;
  for (let index = 0; index < negatives; index++) colours.push(pick(DIVERGING_NEGATIVE, index, negatives, DIVERGING_NEGATIVE.length - 1));
  if (neutral >= 0) colours.push(DIVERGING_NEUTRAL);
  for (let index = 0; index < positives; index++) colours.push(pick(DIVERGING_POSITIVE, index, positives, 0));
  return colours;
}

function channel(value: number): number {
  const share = value / 255;
  return share <= 0.03928 ? share / 12.92 : ((share + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [1, 2, 3].map((index) => channel(Number.parseInt(match[index]!, 16)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** Text colour with the better contrast on `fill`: the body text colour or white. */
export function textOn(fill: string): 'text' | 'inverse' {
  return contrastRatio(fill, TEXT) >= contrastRatio(fill, INVERSE_TEXT) ? 'text' : 'inverse';
}
