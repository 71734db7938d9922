import { useId } from 'react';
import { useI18n } from '@/i18n/i18n';
import type { PeriodFigure, TargetProgress } from '@/lib/api';
import { describeBasis, figureText } from '@/utils/explain-progress';

type YearRow = Pick<
  PeriodFigure,
  'period' | 'figure' | 'noData' | 'noDataReason' | 'met' | 'numerator' | 'denominator' | 'meetingUnits' | 'expectedUnits' | 'reportedUnits'
> & { provisional?: boolean };

/**
 * The district figure of every year in words: what the trend chart draws, for screen readers and for
 * anyone who prefers numbers. Staff and public pages alike; `hidden` keeps it for screen readers only
 * (the embed).
 */
export function YearTable({
  target,
  hidden = false,
}: {
  target: Pick<TargetProgress, 'percentage' | 'aggregation'> & { periods: YearRow[] };
  hidden?: boolean;
}) {
  const i18n = useI18n();
  const { t, number } = i18n;
  const captionId = useId();
  const table = (
    <table className="table table--compact" aria-labelledby={captionId}>
      <caption id={captionId} className="visually-hidden">
        {t('targetDetail.trendTable')}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('overview.year')}</th>
          <th scope="col" className="num">{t('targetDetail.colFigure')}</th>
          <th scope="col">{t('targetDetail.colMet')}</th>
          <th scope="col" className="num">{t('targetDetail.colBasis')}</th>
          <th scope="col" className="num">{t('targetDetail.colReported')}</th>
        </tr>
      </thead>
      <tbody>
        {target.periods.map((p) => (
          <tr key={p.period} data-year={p.period}>
            <th scope="row">{p.period}</th>
            <td className="num figure-cell">
              <strong>{figureText(target, p, i18n)}</strong>
              {p.provisional && <span className="muted small"> ({t('targetDetail.provisional')})</span>}
              {p.noData && p.noDataReason && <span className="muted small"> · {t(`noData.${p.noDataReason}`)}</span>}
            </td>
            <td>
              {p.met === null ? '—' : p.met ? <span className="meets meets--yes">✓ {t('targetDetail.met')}</span> : <span className="meets meets--no">✕ {t('targetDetail.notMet')}</span>}
            </td>
            <td className="num">{describeBasis(target, p, i18n) || '—'}</td>
            <td className="num">{t('targetDetail.reportedOf', { reported: number(p.reportedUnits), expected: number(p.expectedUnits) })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  // Wide on a phone: the table scrolls sideways inside its frame, the page does not. Hidden, it is
  // clipped by a plain block (a table itself cannot be shrunk below its content).
  return <div className={hidden ? 'visually-hidden' : 'table-wrap'}>{table}</div>;
}
