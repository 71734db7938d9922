import type { I18n } from '@/i18n/i18n';

export type TargetDirection = 'AT_LEAST' | 'AT_MOST' | 'BETWEEN';
export type TargetMeasure = 'LEVEL' | 'CUMULATIVE' | 'CHANGE_PERCENT' | 'CHANGE_ABSOLUTE' | 'AVERAGE_GROWTH';

export const TARGET_DIRECTIONS: readonly TargetDirection[] = ['AT_LEAST', 'AT_MOST', 'BETWEEN'];
export const TARGET_MEASURES: readonly TargetMeasure[] = ['LEVEL', 'CUMULATIVE', 'CHANGE_PERCENT', 'CHANGE_ABSOLUTE', 'AVERAGE_GROWTH'];

/** The measures whose threshold is a change from a baseline (they need one). */
export function needsBaseline(measure: TargetMeasure): boolean {
  return measure === 'CHANGE_PERCENT' || measure === 'CHANGE_ABSOLUTE' || measure === 'AVERAGE_GROWTH';
}

/** What a target says, as far as the sentence needs it; numbers already parsed, `null` when not given. */
export interface TargetShape {
  direction: TargetDirection;
  measure: TargetMeasure;
  /** The threshold (and the band's low end) is a percentage: a percentage aggregation at `LEVEL`. */
  percent: boolean;
  threshold: number | null;
  thresholdHigh: number | null;
  timing: 'EVERY_YEAR' | 'BY_YEAR';
  dueYear: number | null;
  /** The plan's first year: a cumulative target adds up from it. */
  firstYear: number;
  baselineYear: number | null;
  milestones: readonly { year: number | null; threshold: number | null; thresholdHigh?: number | null }[];
  /** How many units are given allocations of their own (K11); 0 or left out: none. */
  allocatedUnits?: number;
}

function decimals(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(4, text.length - dot - 1);
}

/**
 * The target in one plain sentence, built from the form as it is typed: "Giảm xuống dưới 0,5 % vào
 * năm 2025", "Tăng bình quân 8 %/năm so với năm 2015". `null` while a figure or year it needs is missing.
 */
export function targetSentence(shape: TargetShape, i18n: Pick<I18n, 't' | 'number' | 'percent'>): string | null {
  const sentence = goalSentence(shape, i18n);
  const allocated = shape.allocatedUnits ?? 0;
  if (sentence === null || allocated === 0) return sentence;
  return i18n.t('sentence.allocated', { sentence, count: i18n.number(allocated) });
}

function goalSentence(shape: TargetShape, i18n: Pick<I18n, 't' | 'number' | 'percent'>): string | null {
  const { t } = i18n;
  const { direction, measure } = shape;
  const percent = measure === 'CHANGE_PERCENT' || measure === 'AVERAGE_GROWTH' || (measure === 'LEVEL' && shape.percent);
  const one = (v: number) => (percent ? i18n.percent(v, decimals(v)) : i18n.number(v, decimals(v)));
  const value = (low: number | null, high: number | null | undefined): string | null => {
    if (low === null) return null;
    if (direction !== 'BETWEEN') return one(low);
    if (high === null || high === undefined) return null;
    return `${i18n.number(low, decimals(low))}–${one(high)}`;
  };
  // "Giảm 10%" is a change of −10: said as a fall by its size, not as "tăng −10%". A band keeps its signs.
  const falls = measure !== 'LEVEL' && measure !== 'CUMULATIVE' && direction !== 'BETWEEN' && (shape.threshold ?? 0) < 0;
  const goal = value(falls && shape.threshold !== null ? -shape.threshold : shape.threshold, shape.thresholdHigh);
  if (goal === null) return null;
  if (shape.timing === 'BY_YEAR' && shape.dueYear === null) return null;
  const year = shape.dueYear ?? 0;
  const when = shape.timing === 'BY_YEAR' ? t('sentence.when.BY_YEAR', { year }) : t('sentence.when.EVERY_YEAR');

  switch (measure) {
    case 'CUMULATIVE':
      return t(`sentence.CUMULATIVE.${direction}`, { from: shape.firstYear, to: year, value: goal });
    case 'CHANGE_PERCENT':
    case 'CHANGE_ABSOLUTE':
      if (shape.baselineYear === null) return null;
      if (falls) return t(`sentence.${measure}.FALL.${direction as 'AT_LEAST' | 'AT_MOST'}`, { value: goal, baseYear: shape.baselineYear, when });
      return t(`sentence.${measure}.${direction}`, { value: goal, baseYear: shape.baselineYear, when });
    case 'AVERAGE_GROWTH':
      if (shape.baselineYear === null) return null;
      return t(falls ? `sentence.AVERAGE_GROWTH.FALL.${direction as 'AT_LEAST' | 'AT_MOST'}` : `sentence.AVERAGE_GROWTH.${direction}`, {
        value: goal,
        baseYear: shape.baselineYear,
        until: shape.timing === 'BY_YEAR' ? t('sentence.until', { year }) : '',
      });
    case 'LEVEL': {
      const steps = shape.milestones
        .filter((m) => m.year !== null && value(m.threshold, m.thresholdHigh) !== null)
        .sort((a, b) => (a.year ?? 0) - (b.year ?? 0))
        .map((m) => t(`sentence.step.${direction}`, { year: m.year ?? 0, value: value(m.threshold, m.thresholdHigh) ?? '' }));
      if (shape.timing === 'BY_YEAR' && steps.length > 0) {
        return t('sentence.milestones', { steps: steps.join(', '), final: t(`sentence.step.${direction}`, { year, value: goal }) });
      }
      if (direction === 'AT_MOST' && shape.timing === 'BY_YEAR') return t('sentence.LEVEL.AT_MOST_BY_YEAR', { value: goal, when });
      return t(`sentence.LEVEL.${direction}`, { value: goal, when });
    }
  }
}

/** What a saved target (the staff's or the public one) says, for {@link targetSentence}. */
export interface SavedTarget {
  aggregation: 'SUM' | 'RATIO_OF_SUMS' | 'SHARE_OF_UNITS_MEETING' | 'AVERAGE';
  direction: TargetDirection;
  measure: TargetMeasure;
  threshold: number;
  thresholdHigh: number | null;
  timing: 'EVERY_YEAR' | 'BY_YEAR';
  dueYear: number | null;
  baseline: { year: number } | null;
  milestones: readonly { year: number; threshold: number; thresholdHigh?: number | null }[];
}

/**
 * The shape of a saved target, so the target page, the portal and the embed say it in the very words
 * the form showed while it was typed. A percentage rule states its level in percent.
 */
export function savedShape(target: SavedTarget, firstYear: number): TargetShape {
  return {
    direction: target.direction,
    measure: target.measure,
    percent: target.aggregation === 'RATIO_OF_SUMS' || target.aggregation === 'SHARE_OF_UNITS_MEETING',
    threshold: Number(target.threshold),
    thresholdHigh: target.thresholdHigh === null ? null : Number(target.thresholdHigh),
    timing: target.timing,
    dueYear: target.dueYear,
    firstYear,
    baselineYear: target.baseline?.year ?? null,
    milestones: target.milestones.map((m) => ({ year: m.year, threshold: Number(m.threshold), thresholdHigh: m.thresholdHigh ?? null })),
  };
}
