import { Fragment, useId, useState } from 'react';
import { useI18n, wordsFor } from '@/i18n/i18n';
import type { PeriodFigure, TargetProgress } from '@/lib/api';
import { describeBasis, figureText, formatFigure } from '@/utils/explain-progress';

type YearRow = Pick<
  PeriodFigure,
  'period' | 'figure' | 'noData' | 'noDataReason' | 'met' | 'numerator' | 'denominator' | 'meetingUnits' | 'expectedUnits' | 'reportedUnits'
> & {
  provisional?: boolean;
  /** Issue 16 (staff's progress; the public period has only `inProgress`). */
  inProgress?: boolean;
  compared?: PeriodFigure['compared'];
  comparedNoDataReason?: PeriodFigure['comparedNoDataReason'];
  threshold?: PeriodFigure['threshold'];
  thresholdHigh?: PeriodFigure['thresholdHigh'];
  yearOnYearGrowth?: PeriodFigure['yearOnYearGrowth'];
  /** K11 (staff's progress only): the units meeting their own allocation. */
  allocations?: PeriodFigure['allocations'];
  subPeriods?: ReadonlyArray<Pick<PeriodFigure, 'period' | 'figure' | 'noData' | 'noDataReason' | 'reportedUnits' | 'expectedUnits'>> | null;
};

type Measure = NonNullable<TargetProgress['measure']>;

/**
 * The district figure of every year in words: what the trend chart draws, for screen readers and for
 * anyone who prefers numbers. Staff and public pages alike; `hidden` keeps it for screen readers only
 * (the embed).
 */
export function YearTable({
  target,
  hidden = false,
}: {
  target: Pick<TargetProgress, 'percentage' | 'aggregation' | 'threshold'> & {
    measure?: Measure;
    direction?: TargetProgress['direction'];
    thresholdHigh?: TargetProgress['thresholdHigh'];
    periods: YearRow[];
  };
  hidden?: boolean;
}) {
  const i18n = useI18n();
  const { t, number } = i18n;
  const noDataReason = (reason: string) => wordsFor(t, `noData.${reason}`, reason);
  const captionId = useId();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (period: string) =>
    setOpen((before) => {
      const next = new Set(before);
      if (!next.delete(period)) next.add(period);
      return next;
    });
  const measure: Measure = target.measure ?? 'LEVEL';
  // A column shows only where it tells something: what is compared when it is not the figure itself,
  // the year-on-year growth for a growth target, the threshold in force when milestones change it.
  const showCompared = measure !== 'LEVEL' && target.periods.some((p) => p.compared !== undefined);
  const showGrowth = measure === 'AVERAGE_GROWTH' && target.periods.some((p) => p.yearOnYearGrowth !== undefined);
  const showThreshold = target.periods.some(
    (p) => p.threshold === null || (p.threshold !== undefined && (p.threshold !== target.threshold || (p.thresholdHigh ?? null) !== (target.thresholdHigh ?? null))),
  );
  const showAllocated = target.periods.some((p) => p.allocations != null);
  const allocatedText = (p: YearRow) => {
    const a = p.allocations;
    if (a == null) return '—';
    const counts = { meeting: number(a.meetingUnits), allocated: number(a.allocatedUnits) };
    return a.share === null ? t('targetDetail.allocatedOfNoShare', counts) : t('targetDetail.allocatedOf', { ...counts, share: i18n.percent(a.share, 2) });
  };
  const changePercent = measure === 'CHANGE_PERCENT' || measure === 'AVERAGE_GROWTH';
  const comparedText = (p: YearRow) => {
    if (p.compared === null || p.compared === undefined) {
      return p.comparedNoDataReason ? `— · ${t(`noData.${p.comparedNoDataReason}`)}` : '—';
    }
    return changePercent ? i18n.percent(p.compared, 2) : formatFigure(target, p.compared, i18n);
  };
  const thresholdText = (p: YearRow) => {
    if (p.threshold === null || p.threshold === undefined) return '—';
    const format = (v: number) => (changePercent ? i18n.percent(v, 2) : formatFigure(target, v, i18n));
    if (target.direction === 'BETWEEN' && p.thresholdHigh != null) return `${format(p.threshold)}–${format(p.thresholdHigh)}`;
    return `${target.direction === 'AT_MOST' ? '≤' : '≥'} ${format(p.threshold)}`;
  };
  const table = (
    <table className="table table--compact" aria-labelledby={captionId}>
      <caption id={captionId} className="visually-hidden">
        {t('targetDetail.trendTable')}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('overview.year')}</th>
          <th scope="col" className="num">{t('targetDetail.colFigure')}</th>
          {showCompared && <th scope="col" className="num">{t(`targetDetail.colCompared.${measure}`)}</th>}
          {showGrowth && <th scope="col" className="num">{t('targetDetail.colYearOnYear')}</th>}
          {showThreshold && <th scope="col" className="num">{t('targetDetail.colThreshold')}</th>}
          <th scope="col">{t('targetDetail.colMet')}</th>
          {showAllocated && <th scope="col" className="num">{t('targetDetail.colAllocated')}</th>}
          <th scope="col" className="num">{t('targetDetail.colBasis')}</th>
          <th scope="col" className="num">{t('targetDetail.colReported')}</th>
        </tr>
      </thead>
      <tbody>
        {target.periods.map((p) => {
          const months = p.subPeriods ?? [];
          const expanded = open.has(p.period);
          const columns = 5 + (showCompared ? 1 : 0) + (showGrowth ? 1 : 0) + (showThreshold ? 1 : 0) + (showAllocated ? 1 : 0);
          return (
            <Fragment key={p.period}>
              <tr data-year={p.period}>
                <th scope="row">
                  {p.period}
                  {months.length > 0 && (
                    <button
                      type="button"
                      className="btn btn--ghost btn--small"
                      aria-expanded={expanded}
                      aria-controls={`${captionId}-${p.period}`}
                      onClick={() => toggle(p.period)}
                    >
                      {t(expanded ? 'targetDetail.hideSubPeriods' : 'targetDetail.showSubPeriods', { count: months.length })}
                    </button>
                  )}
                </th>
                <td className="num figure-cell">
                  <strong>{figureText(target, p, i18n)}</strong>
                  {p.provisional && <span className="muted small"> ({t('targetDetail.provisional')})</span>}
                  {p.noData && p.noDataReason && <span className="muted small"> · {noDataReason(p.noDataReason)}</span>}
                  {p.inProgress && (
                    <span className="muted small">
                      {' '}
                      ({t('targetDetail.inProgress')}, {t('targetDetail.unitsReported', { reported: number(p.reportedUnits), expected: number(p.expectedUnits) })})
                    </span>
                  )}
                </td>
                {showCompared && <td className="num">{comparedText(p)}</td>}
                {showGrowth && <td className="num">{p.yearOnYearGrowth == null ? '—' : i18n.percent(p.yearOnYearGrowth, 2)}</td>}
                {showThreshold && <td className="num">{thresholdText(p)}</td>}
                <td>
                  {p.met === null ? '—' : p.met ? <span className="meets meets--yes">✓ {t('targetDetail.met')}</span> : <span className="meets meets--no">✕ {t('targetDetail.notMet')}</span>}
                </td>
                {showAllocated && <td className="num">{allocatedText(p)}</td>}
                <td className="num">{describeBasis(target, p, i18n) || '—'}</td>
                <td className="num">{t('targetDetail.reportedOf', { reported: number(p.reportedUnits), expected: number(p.expectedUnits) })}</td>
              </tr>
              {months.length > 0 && (
                <tr id={`${captionId}-${p.period}`} hidden={!expanded} className="sub-periods">
                  <td colSpan={columns}>
                    <table className="table table--compact">
                      <caption className="visually-hidden">{t('targetDetail.subPeriodsCaption', { year: p.period })}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('targetDetail.subPeriod')}</th>
                          <th scope="col" className="num">{t('targetDetail.colFigure')}</th>
                          <th scope="col" className="num">{t('targetDetail.colReported')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {months.map((m) => (
                          <tr key={m.period} data-sub-period={m.period}>
                            <th scope="row">{m.period}</th>
                            <td className="num">
                              {figureText(target, m, i18n)}
                              {m.noData && m.noDataReason && <span className="muted small"> · {noDataReason(m.noDataReason)}</span>}
                            </td>
                            <td className="num">{t('targetDetail.reportedOf', { reported: number(m.reportedUnits), expected: number(m.expectedUnits) })}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
  // Wide on a phone: the table scrolls sideways inside its frame, the page does not. Hidden, it is
  // clipped by a plain block (a table itself cannot be shrunk below its content).
  return <div className={hidden ? 'visually-hidden' : 'table-wrap'}>{table}</div>;
}
