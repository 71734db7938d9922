import { useMemo } from 'react';
import { COLORS, EChart, type ChartOption } from '@/components/charts/echart';
import { useMediaQuery } from '@/hooks/use-media-query';
import { useI18n } from '@/i18n/i18n';
import type { PeriodFigure, TargetProgress } from '@/lib/api';
import { formatFigure } from '@/utils/explain-progress';
import { kindLines, type KindData } from '../utils/trend-series';

/** What the chart draws: the staff's progress report, or the public portal's approved-only target. */
export type TrendData = Pick<TargetProgress, 'percentage' | 'threshold' | 'projection'> &
  KindData & { periods: ReadonlyArray<Pick<PeriodFigure, 'year' | 'noData' | 'figure'>> };

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
    const measure = progress.measure ?? 'LEVEL';
    const cumulative = measure === 'CUMULATIVE';
    // The projection follows the compared figure, which is the drawn figure only for a level.
    const trend =
      measure === 'LEVEL' && progress.projection && firstWithFigure !== undefined
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
      xAxis: { type: 'category', data: years.map(String), boundaryGap: cumulative },
      yAxis: { type: 'value', min: 0, max, axisLabel: { formatter: (v: number) => format(v) } },
      series: [
        {
          name: cumulative ? t('targetDetail.seriesYearly') : t('targetDetail.seriesFigure'),
          type: cumulative ? 'bar' : 'line',
          // A year in progress is drawn hollow and dashed, and labelled so: its figure is provisional.
          data: progress.periods.map((p) =>
            p.noData || p.figure === null
              ? null
              : p.inProgress
                ? {
                    value: p.figure,
                    symbol: 'emptyCircle',
                    itemStyle: { color: cumulative ? 'rgba(11, 92, 173, 0.08)' : '#fff', borderColor: COLORS.primary, borderType: 'dashed', borderWidth: 2 },
                    label: { formatter: () => t('targetDetail.inProgressPoint', { value: format(p.figure!) }) },
                  }
                : p.figure,
          ),
          connectNulls: false,
          symbol: 'circle',
          symbolSize: 9,
          barMaxWidth: 32,
          lineStyle: { width: 3, color: COLORS.primary },
          itemStyle: { color: cumulative ? COLORS.soft : COLORS.primary },
          label: { show: true, position: 'top', fontWeight: 'bold', formatter: (p: { value: unknown }) => format(Number(p.value)) },
          z: 3,
        },
        ...kindLines(progress, i18n, format).map((line) => ({
          name: line.name,
          type: 'line',
          data: line.data,
          // A milestone path runs from milestone to milestone over the years without one.
          connectNulls: line.role === 'low' || line.role === 'high',
          symbol: line.role === 'runningSum' ? 'circle' : 'none',
          symbolSize: 7,
          lineStyle:
            line.role === 'runningSum'
              ? { width: 3, color: COLORS.primary }
              : line.role === 'pace'
                ? { type: 'dotted', width: 2, color: COLORS.muted }
                : { type: 'dashed', width: 1.5, color: COLORS.threshold },
          itemStyle: { color: line.role === 'runningSum' ? COLORS.primary : line.role === 'pace' ? COLORS.muted : COLORS.threshold },
          label: line.role === 'runningSum' ? { show: true, position: 'top', formatter: (p: { value: unknown }) => format(Number(p.value)) } : undefined,
          tooltip: line.role === 'runningSum' || line.role === 'pace' ? undefined : { show: false },
          z: line.role === 'runningSum' ? 4 : 1,
        })),
        ...(progress.baseline && progress.baseline.value !== null && years.includes(progress.baseline.year)
          ? [
              {
                name: t('targetDetail.seriesBaseline'),
                type: 'scatter',
                data: [[String(progress.baseline.year), progress.baseline.value]],
                symbol: 'diamond',
                symbolSize: 14,
                itemStyle: { color: COLORS.warning },
                z: 5,
              },
            ]
          : []),
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
