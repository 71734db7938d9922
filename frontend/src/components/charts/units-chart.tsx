import { useMemo } from 'react';
import { COLORS, EChart, type ChartOption } from '@/components/charts/echart';
import { useMediaQuery } from '@/hooks/use-media-query';
import { useI18n } from '@/i18n/i18n';
import type { TargetProgress, UnitFigure } from '@/lib/api';

/**
 * Every expected unit's own figure in one year, as horizontal bars (long unit names stay
 * readable on a phone). A bar is green with ✓ when the unit meets its threshold, amber when not;
 * a unit whose report does not count has no bar, only "chưa có". The table below says the same in words.
 */
export type ChartUnit = Pick<UnitFigure, 'orgUnitCode' | 'nameVi' | 'nameEn' | 'counted' | 'value' | 'meets'>;

export default function UnitsChart({ progress, units }: {
  progress: Pick<TargetProgress, 'valueKind' | 'unitThreshold'>;
  units: readonly ChartUnit[];
}) {
  const { t, pick, number, percent } = useI18n();
  const narrow = useMediaQuery('(max-width: 599px)');
  const option = useMemo<ChartOption>(() => {
    const boolean = progress.valueKind === 'BOOLEAN';
    const ratio = progress.valueKind === 'RATIO';
    const format = (u: ChartUnit) => {
      if (!u.counted || u.value === null) return t('targetDetail.notCounted');
      const text = boolean ? (u.value >= 1 ? t('common.yes') : t('common.no')) : ratio ? percent(u.value) : number(u.value);
      return u.meets ? `${text} ✓` : text;
    };
    const colour = (u: ChartUnit) => (u.meets === null ? COLORS.primary : u.meets ? COLORS.success : COLORS.warning);
    const threshold = progress.unitThreshold;
    return {
      grid: { left: 8, right: 72, top: 8, bottom: 8, containLabel: true },
      tooltip: { show: false },
      xAxis: {
        type: 'value',
        min: 0,
        max: ratio ? 100 : boolean ? 1 : undefined,
        show: !boolean,
        minInterval: ratio ? undefined : 1,
        // On a phone the bars are short: fewer ticks, or their labels run into each other.
        splitNumber: narrow ? 2 : undefined,
        axisLabel: { formatter: (v: number) => (ratio ? percent(v, 0) : number(v)) },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: units.map((u) => pick(u.nameVi, u.nameEn)),
        axisTick: { show: false },
        // Long names (“Ban Quản lý dự án đầu tư xây dựng khu vực quận 11”) are cut short, more so on a phone.
        axisLabel: { width: narrow ? 110 : 240, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          barMaxWidth: 18,
          data: units.map((u) => ({
            value: u.counted && u.value !== null ? u.value : 0,
            itemStyle: { color: colour(u) },
            label: { show: true, position: 'right', formatter: () => format(u), color: u.counted ? '#1b2733' : COLORS.muted },
          })),
          markLine:
            threshold !== null && !boolean
              ? {
                  symbol: 'none',
                  silent: true,
                  lineStyle: { type: 'dashed', color: COLORS.threshold },
                  label: { formatter: () => (ratio ? percent(threshold, 0) : number(threshold)), position: 'end' },
                  data: [{ xAxis: threshold }],
                }
              : undefined,
        },
      ],
    };
  }, [progress, units, t, pick, number, percent, narrow]);
  return <EChart option={option} style={{ height: Math.max(180, units.length * 28 + 40) }} />;
}
