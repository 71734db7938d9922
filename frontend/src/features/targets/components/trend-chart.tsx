import { useMemo } from 'react';
import { COLORS, EChart, type ChartOption } from '@/components/charts/echart';
import { useMediaQuery } from '@/hooks/use-media-query';
import { useI18n } from '@/i18n/i18n';
import type { PeriodFigure, TargetProgress } from '@/lib/api';
import { formatFigure } from '@/utils/explain-progress';

/** What the chart draws: the staff's progress report, or the public portal's approved-only target. */
export type TrendData = Pick<TargetProgress, 'percentage' | 'threshold' | 'projection'> & {
  periods: ReadonlyArray<Pick<PeriodFigure, 'year' | 'noData' | 'figure'>>;
};

/**
 * Where the trend line (least squares, from the API's projection) stands in a year:
 * value at the due year + slope × (year − due year), kept within 0–100 for percentages.
 */
export function trendAt(progress: Pick<TargetProgress, 'projection' | 'percentage'>, year: number): number | null {
  const projection = progress.projection;
  if (!projection) return null;
  const value = projection.projectedValue + projection.slopePerYear * (year - projection.dueYear);
  return Math.max(0, progress.percentage ? Math.min(100, value) : value);
}

/**
 * The district figure over the plan's years (solid), the threshold (dashed grey) and, for a
 * target due by a year, the trend line to the due year (dashed blue). Loaded lazily with echarts.
 */
export default function TrendChart({ progress }: { progress: TrendData }) {
  const i18n = useI18n();
  const { t } = i18n;
  // On a phone the legend would cover the lines; the text above the chart names them instead.
  const narrow = useMediaQuery('(max-width: 599px)');
  const option = useMemo<ChartOption>(() => {
    const format = (v: number) => formatFigure(progress, v, i18n);
    const years = progress.periods.map((p) => p.year);
    const firstWithFigure = progress.periods.find((p) => !p.noData)?.year;
    const trend =
      progress.projection && firstWithFigure !== undefined
        ? years.map((year) => (year >= firstWithFigure && year <= progress.projection!.dueYear ? trendAt(progress, year) : null))
        : null;
    const max = progress.percentage ? 100 : undefined;
    return {
      grid: { left: 8, right: 64, top: narrow ? 28 : 64, bottom: 8, containLabel: true },
      legend: { show: !narrow, top: 0, left: 0, itemGap: 20 },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: unknown) => (v === null || v === undefined || v === '-' ? t('progress.noFigure') : format(Number(v))),
      },
      xAxis: { type: 'category', data: years.map(String), boundaryGap: false },
      yAxis: { type: 'value', min: 0, max, axisLabel: { formatter: (v: number) => format(v) } },
      series: [
        {
          name: t('targetDetail.seriesFigure'),
          type: 'line',
          data: progress.periods.map((p) => (p.noData ? null : p.figure)),
          connectNulls: false,
          symbol: 'circle',
          symbolSize: 9,
          lineStyle: { width: 3, color: COLORS.primary },
          itemStyle: { color: COLORS.primary },
          label: { show: true, position: 'top', fontWeight: 'bold', formatter: (p: { value: unknown }) => format(Number(p.value)) },
          z: 3,
        },
        {
          name: t('targetDetail.seriesThreshold', { threshold: format(progress.threshold) }),
          type: 'line',
          data: years.map(() => progress.threshold),
          symbol: 'none',
          lineStyle: { type: 'dashed', width: 1.5, color: COLORS.threshold },
          itemStyle: { color: COLORS.threshold },
          tooltip: { show: false },
          z: 1,
        },
        ...(trend
          ? [
              {
                name: t('targetDetail.seriesTrend', { year: progress.projection!.dueYear }),
                type: 'line',
                data: trend,
                symbol: 'none',
                lineStyle: { type: [8, 6], width: 2, color: '#5b8fd1' },
                itemStyle: { color: '#5b8fd1' },
                endLabel: { show: true, formatter: () => `≈ ${format(progress.projection!.projectedValue)}`, color: '#0b4c8c' },
                z: 2,
              },
            ]
          : []),
      ],
    };
  }, [progress, i18n, t, narrow]);
  return <EChart option={option} className="chart--trend" />;
}
