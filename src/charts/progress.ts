import { scaleLinear } from 'd3-scale';
import type { LayoutInput, LayoutResult } from './layout-input';
import { emptyResult } from './layout-input';
import { fieldTitle, labeller, toNumber } from './data';
import { exactFormatter, shareFormatter, valueFormatter, withUnit } from './format';
import { FONT, LINE, SMALL, text, wrap } from './kit';
import type { Mark, Rule, TextItem } from './model';
import { seriesColour } from './palette';

/** Share of the way from baseline to target (1 = target reached); a target equal to the baseline counts as reached when met. */
export function progressShare(baseline: number, target: number, achieved: number): number {
  if (target === baseline) return achieved >= target ? 1 : 0;
  return (achieved - baseline) / (target - baseline);
}

/**
 * Progress towards targets: one row per indicator with its own scale (indicators count different
 * things), the achieved bar, a thick target tick, a dashed baseline tick, and the numbers in words.
 */
export function layoutProgress(input: LayoutInput): LayoutResult {
  const { spec, locale, size, t, localize } = input;
  if (!input.rows.length) return emptyResult(input);
  const valueField = typeof spec.value === 'string' ? spec.value : (spec.value?.[0] ?? '');
  const format = valueFormatter(locale, spec.format);
  const exact = exactFormatter(locale);
  const share = shareFormatter(locale);
  const label = labeller(spec, input.fields, localize, spec.x);
  const unitLabel = labeller(spec, input.fields, localize, spec.unitField);
  const fixedUnit = localize(spec.unit);
  const width = size.width;
  const marks: Mark[] = [];
  const rules: Rule[] = [];
  const texts: TextItem[] = [];
  const sentences: string[] = [];
  const tableRows: LayoutResult['table']['rows'] = [];
  let y = 0;
  input.rows.forEach((row) => {
    const name = label(String(row[spec.x] ?? ''));
    const unit = input.rowUnit?.(row) ?? (spec.unitField ? unitLabel(String(row[spec.unitField] ?? '')) : undefined) ?? fixedUnit ?? '';
    const baseline = (spec.baseline ? toNumber(row[spec.baseline]) : null) ?? 0;
    const target = toNumber(row[spec.target!]);
    const achieved = toNumber(row[valueField]);
    const lines = wrap(name, width, FONT, 'bold');
    texts.push(text(0, y + 14, lines, { weight: 'bold' }));
    y += lines.length * LINE + 6;
    const known = [0, baseline, target ?? 0, achieved ?? 0];
    const scale = scaleLinear().domain([Math.min(...known), Math.max(...known) || 1]).range([1, width - 2]);
    const barTop = y + 4;
    // The track's outline shows where the scale ends; the bar fills up to the achieved value.
    marks.push({ kind: 'rect', x: scale.range()[0]!, y: barTop, width: width - 3, height: 22, fill: 'none', track: true, series: 0, label: '' });
    if (achieved !== null) {
      const from = scale(Math.min(0, achieved));
      const to = scale(Math.max(0, achieved));
      marks.push({ kind: 'rect', x: from, y: barTop, width: Math.max(to - from, 0), height: 22, fill: seriesColour(0), series: 0, label: `${name}: ${withUnit(format(achieved), unit)}` });
    }
    if (target !== null) rules.push({ x1: scale(target), y1: barTop - 5, x2: scale(target), y2: barTop + 27, tone: 'target' });
    if (baseline !== 0) rules.push({ x1: scale(baseline), y1: barTop - 3, x2: scale(baseline), y2: barTop + 25, tone: 'baseline' });
    y = barTop + 22 + 18;
    let words: string;
    if (target === null) {
      words = achieved === null ? t('chart.noData') : withUnit(format(achieved), unit);
    } else if (achieved === null) {
      words = `${t('chart.target')}: ${format(target)} ${unit} · ${t('chart.notMeasured')}`;
      sentences.push(t('chart.summary.progressMissing', { indicator: name, target: format(target), unit }));
    } else {
      const ratio = share(progressShare(baseline, target, achieved));
      words = `${t('chart.progressLabel', { achieved: format(achieved), target: format(target), unit })} (${ratio})`;
      sentences.push(t('chart.summary.progress', { indicator: name, achieved: format(achieved), target: format(target), unit, share: ratio }));
    }
    const wordLines = wrap(words.replace(/\s+/g, ' ').trim(), width, SMALL);
    texts.push(text(0, y, wordLines, { size: SMALL, tone: achieved === null ? 'muted' : 'text' }));
    y += wordLines.length * LINE + 16;
    tableRows.push({
      header: name,
      cells: [
        withUnit(exact(baseline), unit),
        target === null ? t('chart.noData') : withUnit(exact(target), unit),
        achieved === null ? t('chart.notMeasured') : withUnit(exact(achieved), unit),
        target === null || achieved === null ? '' : share(progressShare(baseline, target, achieved)),
      ],
    });
  });
  return {
    height: Math.ceil(y),
    marks,
    rules,
    texts,
    legend: [],
    patterns: [],
    ticks: [],
    // An indicator without a unit leaves a double space or a space before a comma in the sentence.
    summary: sentences.join(' ').replace(/\s+/g, ' ').replace(/ ([,.)])/g, '$1'),
    table: {
      columns: [
        { label: fieldTitle(input.fields, spec.x, localize) || t('chart.category'), numeric: false },
        { label: t('chart.baseline'), numeric: true },
        { label: t('chart.target'), numeric: true },
        { label: t('chart.achieved'), numeric: true },
        { label: t('chart.progress'), numeric: true },
      ],
      rows: tableRows,
    },
  };
}
