import { SortableHeader } from '@/components/ui/sortable-header';
import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { Field } from '@/components/ui/field';
import { EmptyState } from '@/components/ui/states';
import { sortUnits, type UnitColumn, type UnitSort } from '@/utils/unit-sort';
import { describeBasis } from '@/utils/explain-progress';
import { useI18n, type MessageKey } from '@/i18n/i18n';
import type { PublicTarget } from '@/lib/api';
import type { PublicUnit } from '@/lib/api';
import { figureText } from '@/utils/explain-progress';
import { toChartUnits, unitValueText } from '../utils/portal';
import { ChartPlaceholder } from './chart-placeholder';
import { usePublicBoundaries } from '../api/get-public-boundaries';
import { UnitsMapSection } from '@/components/charts/units-map-section';
import { unitMapStatus, type MapUnit } from '@/components/charts/unit-map-status';

const UnitsChart = lazy(() => import('@/components/charts/units-chart'));

type Column = Extract<UnitColumn, 'unit' | 'value' | 'numerator' | 'denominator' | 'meets'>;
const LABELS: Record<Column, MessageKey> = {
  unit: 'reports.unit',
  value: 'targetDetail.colValue',
  numerator: 'entry.numerator',
  denominator: 'entry.denominator',
  meets: 'targetDetail.colMeets',
};

/** Every unit's approved value in a chosen year: bars, and the same in a table sortable by any column. */
export function PublicUnits({ target, planCode }: { target: PublicTarget; planCode: string }) {
  const i18n = useI18n();
  const { t, pick, number } = i18n;
  const headingId = useId();
  const years = target.periods.filter((p) => p.units !== null);
  const [chosen, setChosen] = useState<string | null>(null);
  const fallback = String(target.latestYear ?? years[years.length - 1]?.year ?? '');
  const period = years.find((p) => p.period === (chosen ?? fallback)) ?? years[years.length - 1];
  const [sort, setSort] = useState<UnitSort>({ column: 'unit', direction: 'ascending' });
  const units = useMemo(() => period?.units ?? [], [period]);
  const chartUnits = useMemo(() => toChartUnits(units), [units]);
  const rows = useMemo(() => sortUnits(units, sort, (u: PublicUnit) => pick(u.nameVi, u.nameEn)), [units, sort, pick]);
  const boundaries = usePublicBoundaries(planCode, target.code);
  const mapUnits = useMemo<MapUnit[]>(
    () =>
      chartUnits.map((u) => ({
        code: u.orgUnitCode,
        name: pick(u.nameVi, u.nameEn),
        status: unitMapStatus(u),
        text: unitValueText(target, u, i18n) ?? t('targetDetail.notCounted'),
      })),
    [chartUnits, pick, t, target, i18n],
  );
  const ratio = target.valueKind === 'RATIO';
  const columns: Column[] = ['unit', 'value', ...(ratio ? (['numerator', 'denominator'] as const) : []), ...(target.unitThreshold !== null ? (['meets'] as const) : [])];
  const label = (column: Column) => (column === 'value' && ratio ? t('targetDetail.colPercent') : t(LABELS[column]));

  return (
    <section className="card section" aria-labelledby={headingId}>
      <div className="page-head" style={{ marginBottom: 8 }}>
        <h2 id={headingId} style={{ margin: 0 }}>
          {t('targetDetail.unitsTitle')}
        </h2>
        {years.length > 1 && period && (
          <Field label={t('overview.year')} className="year-field">
            {(control) => (
              <select {...control} className="select" value={period.period} onChange={(e) => setChosen(e.target.value)}>
                {years.map((p) => (
                  <option key={p.period} value={p.period}>
                    {p.period}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      {!period || units.length === 0 ? (
        <EmptyState title={t('targetDetail.noUnits')} />
      ) : (
        <>
          <p className="year-summary" data-testid="year-summary">
            {t('targetDetail.yearFigure', { year: period.period })}: <strong>{figureText(target, period, i18n)}</strong>
            {describeBasis(target, period, i18n) && <span className="muted"> ({describeBasis(target, period, i18n)})</span>}
            {' · '}
            {t('portal.yearUnits', { reported: number(period.reportedUnits), expected: number(period.expectedUnits) })}
          </p>
          <Suspense fallback={<ChartPlaceholder height={Math.max(180, chartUnits.length * 28 + 40)} />}>
            <UnitsChart progress={target} units={chartUnits} />
          </Suspense>
          {target.unitThreshold !== null && (
            <p className="chart-legend small" aria-hidden="true">
              <span className="chart-legend__item chart-legend__item--yes">{t('targetDetail.legendMeets')}</span>
              <span className="chart-legend__item chart-legend__item--no">{t('targetDetail.legendNotMeets')}</span>
              <span className="chart-legend__item chart-legend__item--none">{t('targetDetail.legendNotCounted')}</span>
            </p>
          )}
          <UnitsMapSection boundaries={boundaries.data} units={mapUnits} />
          <p className="muted small table-tools">{t('targetDetail.sortHint')}</p>
          <div className="table-wrap">
            <table className="table table--sortable table--public-units">
              <caption className="visually-hidden">{t('targetDetail.unitsCaption', { year: period.period })}</caption>
              <thead>
                <tr>
                  {columns.map((column) => (
                  <SortableHeader key={column} column={column} label={label(column)} sort={sort} onSort={setSort} numeric={column !== 'unit'} />
                ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((u) => (
                  <tr key={u.orgUnitCode} data-unit={u.orgUnitCode}>
                    <th scope="row">{pick(u.nameVi, u.nameEn)}</th>
                    <td className="num">{unitValueText(target, u, i18n) ?? <span className="muted">{t('targetDetail.notCounted')}</span>}</td>
                    {ratio && <td className="num">{u.numerator !== null ? number(u.numerator) : '—'}</td>}
                    {ratio && <td className="num">{u.denominator !== null ? number(u.denominator) : '—'}</td>}
                    {target.unitThreshold !== null && (
                      <td className="num">
                        {u.meets === null ? '—' : u.meets ? <span className="meets meets--yes">✓ {t('targetDetail.meets')}</span> : <span className="meets meets--no">✕ {t('targetDetail.notMeets')}</span>}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
