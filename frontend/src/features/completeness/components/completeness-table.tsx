import { Link } from 'react-router';
import { groupByType } from '@/utils/unit-types';
import { useUnitTypes } from '@/hooks/use-unit-types';
import { useI18n } from '@/i18n/i18n';
import type { CompletenessCell, CompletenessMatrix } from '../api/get-completeness-matrix';
import { ReportStateLabel } from '@/components/progress/report-state';

export interface CompletenessTableProps {
  matrix: CompletenessMatrix;
  /** Where a cell's report opens, or null when this person cannot open reports. */
  linkTo: (unitCode: string, cell: CompletenessCell) => string | null;
}

/**
 * Units × years: each cell the unit's report state in words with an icon (its colour only
 * repeats them), late ones marked; units grouped by type; per-year totals at the foot.
 */
export function CompletenessTable({ matrix, linkTo }: CompletenessTableProps) {
  const { t, pick, number, date } = useI18n();
  const unitTypes = useUnitTypes();
  const groups = groupByType(unitTypes.data, matrix.units, (u) => u.type).map(({ type, items }) => ({ type, rows: items }));
  const totals: Array<{ label: string; value: (c: CompletenessMatrix['periods'][number]) => number }> = [
    { label: t('completeness.totalExpected'), value: (c) => c.expectedUnits },
    { label: t('completeness.totalReceived'), value: (c) => c.receivedUnits },
    { label: t('completeness.totalApproved'), value: (c) => c.approvedUnits },
    { label: t('completeness.totalLate'), value: (c) => c.lateUnits },
  ];
  return (
    <div className="table-wrap matrix-wrap">
      <table className="table matrix">
        <caption className="visually-hidden">{t('completeness.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="matrix__unit">
              {t('reports.unit')}
            </th>
            {matrix.periods.map((column) => (
              <th key={column.period} scope="col">
                {column.period}
                <span className="matrix__due">{t('completeness.due', { date: date(column.dueDate) })}</span>
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.type}>
            <tr className="matrix__group">
              <th scope="colgroup" colSpan={matrix.periods.length + 1}>
                {unitTypes.name(group.type)} <span className="muted">({number(group.rows.length)})</span>
              </th>
            </tr>
            {group.rows.map((row) => (
              <tr key={row.orgUnitCode} data-unit={row.orgUnitCode}>
                <th scope="row" className="matrix__unit">
                  {pick(row.nameVi, row.nameEn)} <span className="combo__code">{row.orgUnitCode}</span>
                  {!row.active && <span className="muted small"> · {t('common.inactive')}</span>}
                </th>
                {row.cells.map((cell) => {
                  const href = cell.submissionId !== null ? linkTo(row.orgUnitCode, cell) : null;
                  const label = <ReportStateLabel state={cell.status} late={cell.late} />;
                  return (
                    <td key={cell.period} className={`matrix__cell matrix__cell--${cell.status.toLowerCase().replace('_', '-')}${cell.late ? ' matrix__cell--late' : ''}`}>
                      {href ? (
                        <Link to={href} aria-label={`${pick(row.nameVi, row.nameEn)}, ${cell.period}: ${t(`reportState.${cell.status}`)}${cell.late ? `, ${t('completeness.late')}` : ''}`}>
                          {label}
                        </Link>
                      ) : (
                        label
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
        <tfoot>
          {totals.map((total) => (
            <tr key={total.label}>
              <th scope="row" className="matrix__unit">
                {total.label}
              </th>
              {matrix.periods.map((column) => (
                <td key={column.period} className="num">
                  {number(total.value(column))}
                </td>
              ))}
            </tr>
          ))}
        </tfoot>
      </table>
    </div>
  );
}
