import type { Translate } from '../i18n/catalogue';
import type { Grid } from './data';

/**
 * The sentences every bar-like chart's summary starts with: how many categories, the highest and
 * the lowest value, and how many are missing. Screen-reader users get the gist without the table.
 */
export function gridSummary(grid: Grid, t: Translate, format: (value: number) => string): string {
  const cells: { label: string; value: number }[] = [];
  grid.values.forEach((row, categoryIndex) =>
    row.forEach((value, seriesIndex) => {
      if (value === null) return;
      const category = grid.categories[categoryIndex]!.label;
      const label = grid.series.length > 1 ? `${category}, ${grid.series[seriesIndex]!.label}` : category;
      cells.push({ label, value });
    }),
  );
  const parts = [t('chart.summary.categories', { count: grid.categories.length })];
  if (cells.length > 1) {
    // First of equals wins, so the sentence is stable.
    const highest = cells.reduce((best, cell) => (cell.value > best.value ? cell : best));
    const lowest = cells.reduce((best, cell) => (cell.value < best.value ? cell : best));
    parts.push(t('chart.summary.highest', { label: highest.label, value: format(highest.value) }));
    parts.push(t('chart.summary.lowest', { label: lowest.label, value: format(lowest.value) }));
  } else if (cells.length === 1) {
    parts.push(t('chart.summary.highest', { label: cells[0]!.label, value: format(cells[0]!.value) }));
  }
  if (grid.missing) parts.push(t('chart.summary.missing', { count: grid.missing }));
  return parts.join(' ');
}
