import { lazy, Suspense, useMemo } from 'react';
import { useI18n } from '@/i18n/i18n';
import type { BoundaryCollection } from '@/lib/api';
import type { MapUnit, UnitMapStatus } from './unit-map-status';

const UnitsMap = lazy(() => import('./units-map'));

const LEGEND: Record<UnitMapStatus, 'map.legendMeets' | 'map.legendNotMeets' | 'map.legendValue' | 'map.legendNone'> = {
  yes: 'map.legendMeets',
  no: 'map.legendNotMeets',
  value: 'map.legendValue',
  none: 'map.legendNone',
};

/**
 * The units' figures on a map when at least one of them has a shape; nothing at all otherwise (no
 * request for echarts' map code either). The picture is hidden from screen readers: the table that
 * follows it on every page says the same in words, which the caption points to.
 */
export function UnitsMapSection({ boundaries, units }: { boundaries: BoundaryCollection | undefined; units: readonly MapUnit[] }) {
  const { t, number } = useI18n();
  const shown = useMemo(() => {
    const codes = new Set((boundaries?.features ?? []).map((f) => f.properties.code));
    return units.filter((u) => codes.has(u.code));
  }, [boundaries, units]);
  if (!boundaries || shown.length === 0) return null;
  const statuses = (['yes', 'no', 'value', 'none'] as const).filter((s) => shown.some((u) => u.status === s));
  return (
    <figure className="units-map-figure" data-testid="units-map">
      <Suspense fallback={<div className="chart skeleton" style={{ height: 380 }} role="status" aria-label={t('overview.chartLoading')} />}>
        <UnitsMap boundaries={boundaries} units={shown} />
      </Suspense>
      <figcaption className="small">
        <span className="chart-legend map-legend">
          {statuses.map((s) => (
            <span key={s} className={`chart-legend__item map-legend__item--${s}`}>
              {t(LEGEND[s])}
            </span>
          ))}
        </span>
        <span className="muted">
          {shown.length < units.length
            ? t('map.captionPartial', { shown: number(shown.length), total: number(units.length) })
            : t('map.caption')}
        </span>
      </figcaption>
    </figure>
  );
}
