import { SortableHeader } from '@/components/ui/sortable-header';
import { useMemo, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ReportStateLabel } from '@/components/progress/report-state';
import { useUnitTypes } from '@/hooks/use-unit-types';
import { orderCodes } from '@/utils/unit-types';
import { useI18n, type MessageKey } from '@/i18n/i18n';
import type { PeriodFigure, TargetProgress, UnitFigure } from '@/lib/api';
import { sortUnits, type UnitColumn, type UnitSort } from '@/utils/unit-sort';
import { downloadText, toCsv } from '../utils/unit-table';

const LABELS: Record<UnitColumn, MessageKey> = {
  unit: 'reports.unit',
  type: 'review.unitType',
  status: 'targetDetail.colStatus',
  value: 'targetDetail.colValue',
  numerator: 'entry.numerator',
  denominator: 'entry.denominator',
  allocation: 'targetDetail.colAllocation',
  meets: 'targetDetail.colMeets',
};

/** The units behind one year's figure: sortable by every column, downloadable as CSV. */
export function UnitsTable({ progress, period, numeratorLabel, denominatorLabel }: {
  progress: TargetProgress;
  period: PeriodFigure;
  numeratorLabel: string;
  denominatorLabel: string;
}) {
  const { t, pick, number, percent, lang } = useI18n();
  const unitTypes = useUnitTypes();
  const [sort, setSort] = useState<UnitSort>({ column: 'unit', direction: 'ascending' });
  const name = (u: UnitFigure) => pick(u.nameVi, u.nameEn);
  const rows = useMemo(() => {
    const units = period.units ?? [];
    return sortUnits(units, sort, (u) => pick(u.nameVi, u.nameEn), orderCodes(unitTypes.data, units.map((u) => u.type)));
  }, [period.units, sort, pick, unitTypes.data]);
  const ratio = progress.valueKind === 'RATIO';
  const boolean = progress.valueKind === 'BOOLEAN';
  // A target with allocations (K11) judges each allocated unit against its own: shown beside its value.
  const allocated = period.allocations != null;
  const judged = progress.unitThreshold !== null || allocated;
  const columns: UnitColumn[] = [
    'unit', 'type', 'status', 'value',
    ...(ratio ? (['numerator', 'denominator'] as const) : []),
    ...(allocated ? (['allocation'] as const) : []),
    ...(judged ? (['meets'] as const) : []),
  ];
  const label = (column: UnitColumn) =>
    column === 'numerator' ? numeratorLabel : column === 'denominator' ? denominatorLabel : column === 'value' && ratio ? t('targetDetail.colPercent') : t(LABELS[column]);

  const valueText = (u: UnitFigure) => {
    if (!u.counted || u.value === null) return null;
    return boolean ? (u.value >= 1 ? t('common.yes') : t('common.no')) : ratio ? percent(u.value) : number(u.value);
  };
  const allocationText = (u: UnitFigure) => {
    if (u.allocation === null) return '—';
    const one = (v: number) => (ratio ? percent(v) : number(v));
    if (progress.direction === 'BETWEEN' && u.allocationHigh !== null) return `${number(u.allocation)}–${one(u.allocationHigh)}`;
    return `${progress.direction === 'AT_MOST' ? '≤' : '≥'} ${one(u.allocation)}`;
  };
  const meetsText = (u: UnitFigure) => (u.meets === null ? '' : u.meets ? t('targetDetail.meets') : t('targetDetail.notMeets'));
  const stateText = (u: UnitFigure) => t(`reportState.${u.status}`);

  function download() {
    const headers = [
      t('common.code'),
      ...columns.flatMap((c) => (c === 'allocation' && progress.direction === 'BETWEEN' ? [label(c), t('target.allocationThresholdHigh')] : [label(c)])),
      t('targetDetail.colCounted'),
    ];
    const csvRows = rows.map((u) => [
      u.orgUnitCode,
      name(u),
      unitTypes.name(u.type),
      stateText(u),
      u.counted && u.value !== null ? (boolean ? (u.value >= 1 ? t('common.yes') : t('common.no')) : u.value) : null,
      ...(ratio ? [u.numerator, u.denominator] : []),
      ...(allocated ? [u.allocation, ...(progress.direction === 'BETWEEN' ? [u.allocationHigh] : [])] : []),
      ...(judged ? [meetsText(u)] : []),
      u.counted ? t('common.yes') : t('common.no'),
    ]);
    downloadText(`${progress.targetCode}-${period.period}.csv`, toCsv({ lang, headers, rows: csvRows }));
  }

  return (
    <div>
      <div className="table-tools">
        <p className="muted small" style={{ margin: 0 }}>{t('targetDetail.sortHint')}</p>
        <Button size="small" onClick={download}>
          <span aria-hidden="true">⬇</span> {t('targetDetail.downloadCsv')}
        </Button>
      </div>
      <div className="table-wrap">
        <table className="table table--sortable">
          <caption className="visually-hidden">{t('targetDetail.unitsCaption', { year: period.period })}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                  <SortableHeader key={column} column={column} label={label(column)} sort={sort} onSort={setSort} numeric={column !== 'unit' && column !== 'type' && column !== 'status'} />
                ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((u) => (
              <tr key={u.orgUnitCode} data-unit={u.orgUnitCode}>
                <th scope="row">
                  {name(u)} <span className="combo__code">{u.orgUnitCode}</span>
                </th>
                <td>{unitTypes.name(u.type)}</td>
                <td>
                  <ReportStateLabel state={u.status} />
                </td>
                <td className="num">{valueText(u) ?? <span className="muted">{t('targetDetail.notCounted')}</span>}</td>
                {ratio && <td className="num">{u.counted && u.numerator !== null ? number(u.numerator) : '—'}</td>}
                {ratio && <td className="num">{u.counted && u.denominator !== null ? number(u.denominator) : '—'}</td>}
                {allocated && <td className="num">{allocationText(u)}</td>}
                {judged && (
                  <td className="num">
                    {u.meets === null ? '—' : u.meets ? <span className="meets meets--yes">✓ {t('targetDetail.meets')}</span> : <span className="meets meets--no">✕ {t('targetDetail.notMeets')}</span>}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
