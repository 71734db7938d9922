import { lazy, Suspense, useMemo } from 'react';
import type { Period } from '@/lib/api';
import { useI18n } from '@/i18n/i18n';
import { useInView } from '@/hooks/use-in-view';
import type { CompletenessColumn } from '../api/get-report-totals';
import type { YearCount } from './reports-chart';

const ReportsChart = lazy(() => import('./reports-chart'));

/**
 * Reports received and approved per year against the units expected to report (the completeness
 * matrix's column totals): how far the data behind the targets has come in, not the targets'
 * progress itself.
 */
export function ReportsReceived({ periods, columns }: { periods: readonly Period[]; columns: readonly CompletenessColumn[] }) {
  const { t, number, pick } = useI18n();
  const data = useMemo<YearCount[]>(
    () =>
      columns.map((c) => ({
        year: c.period,
        expected: c.expectedUnits,
        received: c.receivedUnits,
        approved: c.approvedUnits,
      })),
    [columns],
  );
  const [chartRef, chartVisible] = useInView<HTMLDivElement>();
  const placeholder = <div className="chart skeleton" role="status" aria-label={t('overview.chartLoading')} />;
  const nameOf = (code: string) => {
    const period = periods.find((p) => p.code === code);
    return period ? pick(period.nameVi, period.nameEn) : code;
  };

  return (
    <section className="card section" aria-labelledby="reports-received">
      <h2 id="reports-received">{t('overview.reportsTitle')}</h2>
      <p className="muted small">{t('overview.reportsHint')}</p>
      <div ref={chartRef}>
        {chartVisible ? (
          <Suspense fallback={placeholder}>
            <ReportsChart data={data} />
          </Suspense>
        ) : (
          placeholder
        )}
      </div>
      <details>
        <summary className="small">{t('overview.reportsTable')}</summary>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('overview.year')}</th>
                <th scope="col" className="num">{t('overview.reportsReceived')}</th>
                <th scope="col" className="num">{t('overview.reportsApproved')}</th>
                <th scope="col" className="num">{t('overview.reportsExpected')}</th>
              </tr>
            </thead>
            <tbody>
              {data.map((row) => (
                <tr key={row.year}>
                  <th scope="row">{nameOf(row.year)}</th>
                  <td className="num">{number(row.received)}</td>
                  <td className="num">{number(row.approved)}</td>
                  <td className="num">{number(row.expected)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
