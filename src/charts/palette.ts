/**
 * Colours of every chart. Every mark colour has at least 4.5:1 against the white chart background, so
 * white labels inside a bar read, and marks pass the 3:1 non-text minimum (WCAG 1.4.11) with room.
 * Marks are flat fills: touching marks are parted by a thin white line (svg.ts), and the patterns
 * below show only in print and in forced-colours mode (chart.css), or where a chart has more series
 * than there are colours.
 *
 * Neighbouring series colours, and neighbouring steps of the diverging scale, stay at least 10 apart
 * in CIEDE2000 for normal vision and for full protanopia, deuteranopia and tritanopia (Machado et al.
 * 2009), and any two series colours at least 7. Why 10: a difference of about 1 is just noticeable
 * between large patches side by side; thin bars and 14 px legend swatches need several times that
 * (Szafir 2018, "Modeling Color Difference for Visualization Design"), and screens, print and room
 * light take more, so 10 is a margin a reader sees at a glance. All pairs cannot reach 10 with six
 * colours this dark, so pairs that never touch may be closer, never below 7. `palette.test.ts` checks
 * the contrasts and the differences.
 */
export const BACKGROUND = '#ffffff';
export const TEXT = '#1a1a1a';
export const MUTED_TEXT = '#575757';
export const AXIS = '#5c5c5c';
export const GRID = '#d9d9d9';
export const INVERSE_TEXT = '#ffffff';
export const MISSING = '#6b6b6b';

/**
 * Categorical series colours, in order: blue, vermillion, bluish green, reddish purple, indigo, grey
 * (the Okabe–Ito set, darkened; indigo in place of their ochre, which deuteranopes cannot tell from
 * the vermillion).
 */
export const SERIES_COLOURS = ['#0072b2', '#bb5300', '#008460', '#bb4d8a', '#332288', '#5e5e5e'] as const;

/**
 * Diverging (Likert) colours: three steps a side, darker towards the ends; the negative side from
 * its end to the middle, the positive side from the middle to its end, a grey in the middle.
 */
export const DIVERGING_NEGATIVE = ['#5a1800', '#8c3600', '#bb5300'] as const;
export const DIVERGING_NEUTRAL = '#6b6b6b';
export const DIVERGING_POSITIVE = ['#0072b2', '#1b4a93', '#1a2456'] as const;

/**
 * Heat-map steps from low to high. Light steps are below 3:1 against white by nature, so every cell
 * has a dark border and prints its value; the value, not the colour, is the information.
 */
export const SEQUENTIAL = ['#e3eef7', '#a9cbe4', '#5b9bc9', '#1f6ea8', '#0b3f6e'] as const;
export const CELL_BORDER = '#5c5c5c';

/** Fill patterns in the order series receive them; the first series is plain. */
export const PATTERN_KINDS = ['diagonal', 'dots', 'horizontal', 'cross', 'vertical', 'backward'] as const;

/** The colour of series `index`; colours repeat only once all of them are taken. */
export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length]!;
}

/**
 * Colours for `count` ordered Likert answers, `neutral` the index of the middle answer or -1. Up to
 * three answers a side each take their own colour (two take both ends of the ramp, for the larger
 * difference); more than three share steps, and `repeatsColour` then asks for their pattern.
 */
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

/**
 * Whether series `index` has the colour of an earlier series (a chart with more series than
 * colours): its pattern must then show everywhere, not only in print and forced colours.
 */
export function repeatsColour(colours: readonly string[], index: number): boolean {
  return colours.indexOf(colours[index]!) < index;
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

/**
 * Compliance statuses on maps: the colours of the scorecards' status symbols, dark enough for white
 * symbols and labels on them (at least 5.5:1) and for 3:1 against the background; the symbol drawn on
 * every tile or area says the status without colour. "No data" is hatched, as everywhere.
 */
export const STATUS_FILLS = { meets: '#1b6e2d', partly: '#8a5a00', fails: '#b0221b' } as const;

/**
 * The status symbols as filled shapes around 0,0 (the font has no ✓ ◐ ✗): a tick, a half-filled
 * circle, a cross and a dash, as in the scorecards' tables.
 */
export const STATUS_SYMBOLS = {
  meets: 'M-6.5,0.2L-4.4,-1.9L-2,0.5L4.4,-5.9L6.5,-3.8L-2,4.7Z',
  partly: 'M0,-6A6,6 0 0 0 0,6ZM0,-6A6,6 0 0 1 0,6L0,4.5A4.5,4.5 0 0 0 0,-4.5Z',
  fails: 'M-5.5,-3.5L-3.5,-5.5L0,-2L3.5,-5.5L5.5,-3.5L2,0L5.5,3.5L3.5,5.5L0,2L-3.5,5.5L-5.5,3.5L-2,0Z',
  'no-data': 'M-5,-1.2H5V1.2H-5Z',
} as const;
