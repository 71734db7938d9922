/**
 * How a target's figure and status are formed, in plain words for the people who read the
 * dashboard (the rules are the API's, set out in openapi.yaml under TargetProgress).
 */
import type { Indicator } from '@/lib/api';
import { wordsFor, type I18n } from '@/i18n/i18n';
import type { PeriodFigure, TargetProgress } from '@/lib/api';

type Words = Pick<I18n, 't' | 'pick' | 'number' | 'percent'>;
/** The fields the status sentences need: present in the staff's progress and in the public portal's target. */
type StatusFields = Pick<TargetProgress, 'percentage' | 'threshold' | 'timing' | 'dueYear' | 'statusReason' | 'latestYear' | 'latestFigure' | 'projection'>
  & { pace?: TargetProgress['pace'] };

/** A figure of this target as people read it: "95,5 %" or "4". */
export function formatFigure(progress: Pick<TargetProgress, 'percentage'>, value: number, i18n: Pick<I18n, 'number' | 'percent'>): string {
  return progress.percentage ? i18n.percent(value) : i18n.number(value, Number.isInteger(value) ? 0 : 1);
}

/** A period's district figure in words, or "no figure" when it has none. */
export function figureText(
  progress: Pick<TargetProgress, 'percentage'>,
  period: Pick<PeriodFigure, 'noData' | 'figure'>,
  i18n: Pick<I18n, 't' | 'number' | 'percent'>,
): string {
  if (period.noData || period.figure === null) return i18n.t('targetDetail.noFigure');
  return formatFigure(progress, period.figure, i18n);
}

/** The sentence that says how the district figure of a year is computed. */
export function explainFigure(progress: TargetProgress, indicator: Indicator | undefined, i18n: Words): string {
  const { t, pick, number } = i18n;
  const numerator = indicator ? pick(indicator.numeratorVi, indicator.numeratorEn) || t('entry.numerator') : t('entry.numerator');
  const denominator = indicator ? pick(indicator.denominatorVi, indicator.denominatorEn) || t('entry.denominator') : t('entry.denominator');
  const unit = pick(progress.unitVi, progress.unitEn);
  switch (progress.aggregation) {
    case 'RATIO_OF_SUMS':
      return t('explain.RATIO_OF_SUMS', { numerator, denominator });
    case 'SHARE_OF_UNITS_MEETING': {
      const meets =
        progress.valueKind === 'BOOLEAN'
          ? t('explain.meetsYes')
          : progress.valueKind === 'RATIO'
            ? t('explain.meetsPercent', { threshold: i18n.percent(progress.unitThreshold ?? 0, 0) })
            : t('explain.meetsAtLeast', { threshold: number(progress.unitThreshold ?? 0), unit: indicator ? pick(indicator.unitVi, indicator.unitEn) : unit });
      return t('explain.SHARE_OF_UNITS_MEETING', { meets });
    }
    case 'SUM':
      return t('explain.SUM', { unit });
    case 'AVERAGE':
      return t('explain.AVERAGE', { unit });
  }
}

/** The status rule of this kind of target (every year, or by a year). */
export function explainStatusRule(progress: Pick<TargetProgress, 'percentage' | 'threshold' | 'timing' | 'dueYear'>, i18n: Words): string {
  const threshold = formatFigure(progress, progress.threshold, i18n);
  return progress.timing === 'BY_YEAR' && progress.dueYear
    ? i18n.t('explain.ruleByYear', { threshold, dueYear: progress.dueYear })
    : i18n.t('explain.ruleEveryYear', { threshold });
}

/** Why the target has the status it has now. */
export function explainStatusReason(progress: StatusFields, i18n: Words): string {
  const { t } = i18n;
  const params = {
    year: progress.latestYear ?? '—',
    figure: progress.latestFigure === null ? '—' : formatFigure(progress, progress.latestFigure, i18n),
    threshold: formatFigure(progress, progress.threshold, i18n),
    dueYear: progress.dueYear ?? '—',
    projected: progress.projection ? formatFigure(progress, progress.projection.projectedValue, i18n) : '—',
    expected: progress.pace ? formatFigure(progress, progress.pace.expectedSoFar, i18n) : '—',
    yearsGone: progress.pace?.yearsGone ?? '—',
    yearsTotal: progress.pace?.yearsTotal ?? '—',
  };
  return wordsFor(t, `explain.reason.${progress.statusReason}`, progress.statusReason, params);
}

/** "21/22" (ratio of sums), "12/16 đơn vị đạt" (share) or nothing (sum): what the figure was formed from. */
export function describeBasis(
  progress: Pick<TargetProgress, 'aggregation'>,
  period: Pick<PeriodFigure, 'noData' | 'numerator' | 'denominator' | 'meetingUnits' | 'expectedUnits'>,
  i18n: Words,
): string {
  const { t, number } = i18n;
  if (period.noData) return '';
  switch (progress.aggregation) {
    case 'RATIO_OF_SUMS':
      return period.numerator !== null && period.denominator !== null ? `${number(period.numerator)}/${number(period.denominator)}` : '';
    case 'SHARE_OF_UNITS_MEETING':
      return t('explain.basisMeeting', { meeting: number(period.meetingUnits ?? 0), expected: number(period.expectedUnits) });
    case 'AVERAGE':
      return period.numerator !== null && period.denominator !== null
        ? t('explain.basisAverage', { sum: number(period.numerator), units: number(period.denominator) })
        : '';
    default:
      return '';
  }
}

type KindFields = Pick<TargetProgress, 'percentage' | 'threshold' | 'dueYear'> & {
  direction?: TargetProgress['direction'];
  thresholdHigh?: TargetProgress['thresholdHigh'];
  measure?: TargetProgress['measure'];
  baseline?: TargetProgress['baseline'];
  periods: ReadonlyArray<Pick<PeriodFigure, 'year'> & Partial<Pick<PeriodFigure, 'threshold' | 'thresholdHigh' | 'inProgress'>>>;
};

/**
 * How this kind of target is computed and judged, beyond the yearly figure: the direction (at most,
 * a band), the measure (running sum and its pace, change from the baseline, average growth), the
 * milestones, and the year in progress. One sentence each; none for a plain "at least" level.
 */
export function explainKind(progress: KindFields, i18n: Words): string[] {
  const { t } = i18n;
  const measure = progress.measure ?? 'LEVEL';
  const change = measure === 'CHANGE_PERCENT' || measure === 'AVERAGE_GROWTH';
  const format = (v: number) => (change ? i18n.percent(v, 2) : formatFigure(progress, v, i18n));
  const sentences: string[] = [];
  if (progress.direction === 'AT_MOST') sentences.push(t('explain.kind.AT_MOST', { threshold: format(progress.threshold) }));
  if (progress.direction === 'BETWEEN' && progress.thresholdHigh != null) {
    sentences.push(t('explain.kind.BETWEEN', { low: format(progress.threshold), high: format(progress.thresholdHigh) }));
  }
  const baseline = progress.baseline;
  const baselineText = !baseline
    ? ''
    : baseline.fromData
      ? baseline.value === null
        ? t('explain.baselineMissing', { year: baseline.year })
        : t('explain.baselineFromData', { year: baseline.year, value: formatFigure(progress, baseline.value, i18n) })
      : t('explain.baselineGiven', { year: baseline.year, value: baseline.value === null ? '—' : formatFigure(progress, baseline.value, i18n) });
  switch (measure) {
    case 'CUMULATIVE':
      sentences.push(t('explain.kind.CUMULATIVE', { firstYear: progress.periods[0]?.year ?? '—', threshold: format(progress.threshold), dueYear: progress.dueYear ?? '—' }));
      break;
    case 'CHANGE_PERCENT':
    case 'CHANGE_ABSOLUTE':
    case 'AVERAGE_GROWTH':
      sentences.push(`${t(`explain.kind.${measure}`, { baseYear: baseline?.year ?? '—' })} ${baselineText}`.trim());
      break;
    default:
      break;
  }
  // With milestones a year without one has a `null` threshold; the others are the milestones.
  const path = progress.periods.some((p) => p.threshold === null);
  const milestones = progress.periods.filter((p) => p.threshold != null && p.year !== progress.dueYear && (path || p.threshold !== progress.threshold));
  if (measure === 'LEVEL' && progress.dueYear && milestones.length > 0) {
    const steps = milestones.map((p) => {
      const value = progress.direction === 'BETWEEN' && p.thresholdHigh != null ? `${format(p.threshold!)}–${format(p.thresholdHigh)}` : format(p.threshold!);
      return t(`sentence.step.${progress.direction ?? 'AT_LEAST'}`, { year: p.year, value });
    });
    sentences.push(t('explain.kind.milestones', { steps: steps.join(', '), dueYear: progress.dueYear }));
  }
  if (progress.periods.some((p) => p.inProgress)) sentences.push(t('explain.kind.inProgress'));
  return sentences;
}
