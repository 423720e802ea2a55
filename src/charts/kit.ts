import type { ScaleLinear } from 'd3-scale';
import { measureText, type FontWeight } from '../text/font';
import type { Locale } from '../i18n/locales';
import { tickFormatter } from './format';
import type { LayoutInput } from './layout-input';
import type { LegendItem, PatternDef, Rule, TextItem, Tick } from './model';
import { PATTERN_KINDS } from './palette';

/** Type sizes in px. Chart text is never smaller than 13 px at the drawing's own size. */
export const FONT = 14;
export const SMALL = 13;
export const LINE = 18;
/** Below this width labels go above the bars and vertical bars turn horizontal. */
export const NARROW = 480;

/** Width of the widest line of `lines`. */
export function widest(lines: readonly string[], size = FONT): number {
  return Math.max(0, ...lines.map((line) => measureText(line, size)));
}

// 8% slack: in a page the reader's own sans-serif may be a little wider than the Noto Sans measured here.
const SLACK = 0.92;

/** The room a text `textWidth` px wide needs for `wrap` to keep it on one line. */
export function roomFor(textWidth: number): number {
  return textWidth / SLACK + 1;
}

/** Width of the widest word of any of `labels` (words end at spaces). */
export function longestWord(labels: readonly string[], size = FONT, weight: FontWeight = 'regular'): number {
  return Math.max(0, ...labels.flatMap((label) => label.split(/\s+/).map((word) => measureText(word, size, weight))));
}

/** `word` cut short with an ellipsis to fit `width`. */
function shorten(word: string, width: number, size: number, weight: FontWeight): string {
  let cut = word.length - 1;
  while (cut > 1 && measureText(`${word.slice(0, cut)}…`, size, weight) > width) cut--;
  return `${word.slice(0, cut)}…`;
}

/**
 * Wraps a label to `width` between words, never inside one: a word broken by the layout
 * ("Стамболийск-и") reads as another word. A word wider than a line of its own breaks after a
 * hyphen it already has ("Медико-/социална"), as a browser would; a piece still too wide is cut
 * short with an ellipsis, and `fullTitle` then gives the whole label for the text's <title> (the
 * data table has it too). Layouts first widen their label column to the longest word (`roomFor`,
 * `longestWord`), up to half the chart, so the ellipsis is a last resort. An empty label becomes one
 * empty line so rows keep their height.
 */
export function wrap(label: string, width: number, size = FONT, weight: FontWeight = 'regular'): string[] {
  const room = Math.max(width * SLACK, 24);
  const fits = (text: string) => measureText(text, size, weight) <= room;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (fits(line ? `${line} ${word}` : word)) {
      line = line ? `${line} ${word}` : word;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    if (fits(word)) {
      line = word;
      continue;
    }
    for (const piece of word.split(/(?<=-)(?=.)/)) {
      if (line && fits(`${line}${piece}`)) line = `${line}${piece}`;
      else {
        if (line) lines.push(line);
        line = fits(piece) ? piece : shorten(piece, room, size, weight);
      }
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** The whole label, when `wrap` had to cut a word of it short; otherwise undefined. */
export function fullTitle(label: string, lines: readonly string[]): string | undefined {
  const letters = (text: string) => text.replace(/\s+/g, '');
  return letters(lines.join('')) === letters(label) ? undefined : label;
}

/** A text item with the usual defaults. */
export function text(x: number, y: number, lines: string | string[], options: Partial<TextItem> = {}): TextItem {
  return {
    x,
    y,
    lines: Array.isArray(lines) ? lines : [lines],
    anchor: 'start',
    size: FONT,
    weight: 'regular',
    tone: 'text',
    lineHeight: LINE,
    ...options,
  };
}

/** Id of the pattern for series `index` (the first series is plain), added to `patterns` once. */
export function patternFor(chartId: string, index: number, patterns: PatternDef[]): string | undefined {
  if (index <= 0) return undefined;
  const kind = PATTERN_KINDS[(index - 1) % PATTERN_KINDS.length]!;
  const id = `${chartId}-${kind}`;
  if (!patterns.some((pattern) => pattern.id === id)) patterns.push({ id, kind });
  return id;
}

/** The hatched pattern that marks missing values. */
export function missingPattern(chartId: string, patterns: PatternDef[]): string {
  const id = `${chartId}-missing`;
  if (!patterns.some((pattern) => pattern.id === id)) patterns.push({ id, kind: 'missing' });
  return id;
}

/**
 * Places legend entries left to right, wrapping to new lines within `width`, after a bold `title`
 * when there is one ("Round:", "Compliance, %:"). Returns the entries and the height they take.
 * Labels longer than the width wrap within it.
 */
export function placeLegend(
  entries: Omit<LegendItem, 'x' | 'y' | 'size'>[],
  width: number,
  top: number,
  title?: string,
): { items: LegendItem[]; texts: TextItem[]; height: number } {
  const size = 14;
  const gap = 18;
  const items: LegendItem[] = [];
  const texts: TextItem[] = [];
  let x = 0;
  let y = top;
  let rowHeight = LINE;
  if (title && entries.length) {
    const lines = wrap(`${title}:`, width, FONT, 'bold');
    texts.push(text(0, y + 14, lines, { weight: 'bold' }));
    // A title of more than one line stands above the entries; a short one starts their row.
    if (lines.length > 1) y += lines.length * LINE + 4;
    else x = roomFor(measureText(lines[0]!, FONT, 'bold')) + 8;
  }
  for (const entry of entries) {
    const swatch = entry.tile ? size + 4 : entry.dash !== undefined || entry.symbol ? 28 : size;
    const lines = wrap(entry.label, width - swatch - 6, FONT);
    const entryWidth = swatch + 6 + widest(lines);
    if (x > 0 && x + entryWidth > width) {
      x = 0;
      y += rowHeight + 6;
      rowHeight = LINE;
    }
    items.push({ ...entry, x, y: y + 2, size: swatch });
    texts.push(text(x + swatch + 6, y + 14, lines));
    rowHeight = Math.max(rowHeight, lines.length * LINE);
    x += entryWidth + gap;
  }
  return { items, texts, height: entries.length ? y - top + rowHeight + 12 : 0 };
}

/**
 * The title of the value axis, what the values are and their unit ("Compliance, %"), so a unit never
 * stands alone by the last tick. The value field's title when the data gives one ("Count" for
 * counted rows), else the unit alone; nothing when the chart has no unit.
 */
export function axisTitle(input: LayoutInput): string | undefined {
  const { spec, localize, t } = input;
  const unit = localize(spec.unit);
  if (!unit) return undefined;
  const field = typeof spec.value === 'string' ? input.fields.find((candidate) => candidate.name === spec.value) : undefined;
  const what = spec.aggregate === 'count' ? t('chart.count') : localize(field?.title);
  return what ? t('chart.axisTitle', { title: what, unit }) : unit;
}

/** Ticks of a linear value scale with labels formatted for the locale. */
export function valueTicks(
  scale: ScaleLinear<number, number>,
  count: number,
  locale: Locale,
  specifier?: string,
  transform: (value: number) => number = (value) => value,
): Tick[] {
  const values = scale.ticks(count);
  const step = values.length > 1 ? values[1]! - values[0]! : 1;
  const format = tickFormatter(locale, step, specifier);
  return values.map((value) => ({ value, position: scale(value), label: format(transform(value)) }));
}

/** Grid lines across the plot for the value ticks, and their labels along one edge. */
export function drawValueAxis(
  ticks: readonly Tick[],
  orientation: 'horizontal' | 'vertical',
  plot: { left: number; right: number; top: number; bottom: number },
): { rules: Rule[]; texts: TextItem[] } {
  const rules: Rule[] = [];
  const texts: TextItem[] = [];
  for (const tick of ticks) {
    if (orientation === 'horizontal') {
      rules.push({ x1: tick.position, y1: plot.top, x2: tick.position, y2: plot.bottom, tone: 'grid' });
      texts.push(text(tick.position, plot.bottom + 18, tick.label, { anchor: 'middle', size: SMALL, tone: 'muted' }));
    } else {
      rules.push({ x1: plot.left, y1: tick.position, x2: plot.right, y2: tick.position, tone: 'grid' });
      texts.push(text(plot.left - 6, tick.position + 4, tick.label, { anchor: 'end', size: SMALL, tone: 'muted' }));
    }
  }
  return { rules, texts };
}
