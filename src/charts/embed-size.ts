import { wrapText } from '../text/font';
import { EMBED_WIDTH } from './embed';

/**
 * The height written in a figure's iframe code (src/charts/embed.ts): its embed page's height at
 * EMBED_WIDTH, from its texts, measured with the site's font, and its drawing. A reader's font may
 * differ by a line; the resize script corrects any difference (docs/embedding.md).
 */

/** The embed page's box model (src/layouts/Embed.astro, src/components/charts/chart.css), in px. */
const PAGE = { padding: 12, line: 1.55, title: 18, text: 16, small: 15, paragraph: 8, footer: 48, disclosure: 40 };
const COLUMN = EMBED_WIDTH - 2 * PAGE.padding;

const lines = (text: string | undefined, size: number, weight: 'regular' | 'bold' = 'regular') => (text ? wrapText(text, COLUMN, size, weight).length : 0);

/** A chart's embed page: its caption, its wide drawing scaled to the column, summary, note, source. */
export function chartEmbedHeight(figure: { title: string; takeaway?: string | undefined; summary: string; note?: string | undefined; source?: string | undefined; drawing: { width: number; height: number } }): number {
  const text = (value: string | undefined, size: number, weight?: 'bold') => lines(value, size, weight) * size * PAGE.line;
  const paragraph = (value: string | undefined, size: number) => (value ? text(value, size) + 2 * PAGE.paragraph : 0);
  const height =
    2 * PAGE.padding +
    text(figure.title, PAGE.title, 'bold') +
    text(figure.takeaway, PAGE.text) +
    16 +
    (figure.drawing.height * COLUMN) / figure.drawing.width +
    paragraph(figure.summary, PAGE.small) +
    paragraph(figure.note, PAGE.small) +
    (figure.source ? PAGE.small * PAGE.line + 2 * PAGE.paragraph : 0) +
    PAGE.disclosure +
    PAGE.footer;
  return Math.ceil(height / 10) * 10;
}

/** The height of a scorecard's embed page: its title, the legend, one row per service, the source. */
export function scorecardEmbedHeight(scorecard: { title: string; rows: number }): number {
  const height = 2 * PAGE.padding + lines(scorecard.title, PAGE.title, 'bold') * PAGE.title * PAGE.line + 120 + 60 + scorecard.rows * 110 + PAGE.small * PAGE.line + 2 * PAGE.paragraph + PAGE.footer;
  return Math.ceil(height / 10) * 10;
}
