import type { I18n } from '@/i18n/i18n';
import type { PeriodFigure, TargetProgress } from '@/lib/api';

type Measure = NonNullable<TargetProgress['measure']>;

/** What the chart needs of a target: the staff's progress (every field) or the public target (no measure, baseline or compared). */
export type KindData = Pick<TargetProgress, 'percentage' | 'threshold' | 'dueYear'> & {
  direction?: TargetProgress['direction'];
  thresholdHigh?: TargetProgress['thresholdHigh'];
  measure?: Measure;
  baseline?: TargetProgress['baseline'];
  periods: ReadonlyArray<
    Pick<PeriodFigure, 'year' | 'noData' | 'figure'> & Partial<Pick<PeriodFigure, 'inProgress' | 'compared' | 'threshold' | 'thresholdHigh'>>
  >;
};

export interface Line {
  /** What the legend and the tooltip call it. */
  name: string;
  role: 'low' | 'high' | 'pace' | 'runningSum';
  data: (number | null)[];
}

const round = (v: number) => Math.round(v * 10000) / 10000;

/**
 * The level a change or growth target asks for in a year, on the figure's own scale, so it can be
 * drawn next to the figure: baseline × (1 + t/100), baseline + t, or baseline × (1 + t/100)^(years
 * since the baseline). `null` before the baseline year or without a baseline value.
 */
export function levelNeeded(measure: Measure, threshold: number, baseline: { year: number; value: number | null }, year: number): number | null {
  if (baseline.value === null || year <= baseline.year) return null;
  switch (measure) {
    case 'CHANGE_PERCENT':
      return round(baseline.value * (1 + threshold / 100));
    case 'CHANGE_ABSOLUTE':
      return round(baseline.value + threshold);
    case 'AVERAGE_GROWTH':
      return round(baseline.value * (1 + threshold / 100) ** (year - baseline.year));
    default:
      return threshold;
  }
}

/**
 * The lines the chart draws for this kind of target besides the figure: the threshold in force
 * each year (a milestone path when milestones change it), the band's high end, for a running sum
 * the sum itself and the straight pace to the due year, and for a change or growth the level the
 * threshold asks for, worked out from the baseline.
 */
export function kindLines(progress: KindData, i18n: Pick<I18n, 't'>, format: (v: number) => string): Line[] {
  const { t } = i18n;
  const measure: Measure = progress.measure ?? 'LEVEL';
  const between = progress.direction === 'BETWEEN';
  // With milestones, a year without one has no threshold (`null`): the path skips it. The public
  // target has no per-year threshold at all (`undefined`): its own threshold every year.
  const lowAt = (p: KindData['periods'][number]) => (p.threshold === undefined ? progress.threshold : p.threshold);
  const highAt = (p: KindData['periods'][number]) => (p.thresholdHigh === undefined ? (progress.thresholdHigh ?? null) : p.thresholdHigh);
  const varies = progress.periods.some((p) => p.threshold === null || (p.threshold !== undefined && p.threshold !== progress.threshold));
  const lines: Line[] = [];

  if (measure === 'CHANGE_PERCENT' || measure === 'CHANGE_ABSOLUTE' || measure === 'AVERAGE_GROWTH') {
    const baseline = progress.baseline;
    if (!baseline) return lines;
    lines.push({
      name: t('targetDetail.seriesLevelNeeded'),
      role: 'low',
      data: progress.periods.map((p) => (lowAt(p) === null ? null : levelNeeded(measure, lowAt(p)!, baseline, p.year))),
    });
    if (between) {
      lines.push({
        name: t('targetDetail.seriesLevelNeededHigh'),
        role: 'high',
        data: progress.periods.map((p) => (highAt(p) === null ? null : levelNeeded(measure, highAt(p)!, baseline, p.year))),
      });
    }
    return lines;
  }

  const lowName = between
    ? t('targetDetail.seriesBandLow', { threshold: format(progress.threshold) })
    : varies
      ? t('targetDetail.seriesMilestones')
      : t('targetDetail.seriesThreshold', { threshold: format(progress.threshold) });
  lines.push({ name: lowName, role: 'low', data: progress.periods.map(lowAt) });
  if (between && progress.thresholdHigh != null) {
    lines.push({ name: t('targetDetail.seriesBandHigh', { threshold: format(progress.thresholdHigh) }), role: 'high', data: progress.periods.map(highAt) });
  }
  if (measure === 'CUMULATIVE') {
    lines.push({ name: t('targetDetail.seriesRunningSum'), role: 'runningSum', data: progress.periods.map((p) => (p.compared === undefined ? null : p.compared)) });
    const first = progress.periods[0]?.year;
    const due = progress.dueYear;
    if (first !== undefined && due) {
      const total = due - first + 1;
      lines.push({
        name: t('targetDetail.seriesPace'),
        role: 'pace',
        data: progress.periods.map((p) => (p.year > due ? null : round((progress.threshold * (p.year - first + 1)) / total))),
      });
    }
  }
  return lines;
}
