import { useMemo } from 'react';
import { COLORS, EChart, type ChartOption } from '@/components/charts/echart';
import { useI18n } from '@/i18n/i18n';

export interface YearCount {
  year: string;
  received: number;
  approved: number;
  expected: number;
}

/** Reports received and approved against reports expected, per year. Loaded lazily with echarts. */
export default function ReportsChart({ data }: { data: YearCount[] }) {
  const { t, number } = useI18n();
  const option = useMemo<ChartOption>(() => {
    const label = { show: true, position: 'top', formatter: (p: { value: unknown }) => number(Number(p.value)) };
    return {
      grid: { left: 40, right: 8, top: 48, bottom: 28 },
      legend: { top: 0, left: 0, icon: 'rect', itemGap: 24 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => number(Number(v)) },
      xAxis: { type: 'category', data: data.map((d) => d.year) },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => number(v) } },
      series: [
        { name: t('overview.reportsReceived'), type: 'bar', data: data.map((d) => d.received), itemStyle: { color: COLORS.primary }, label },
        { name: t('overview.reportsApproved'), type: 'bar', data: data.map((d) => d.approved), itemStyle: { color: COLORS.success }, label },
        {
          name: t('overview.reportsExpected'),
          type: 'bar',
          data: data.map((d) => d.expected),
          itemStyle: { color: COLORS.soft },
          label: { ...label, color: COLORS.muted },
        },
      ],
    };
  }, [data, t, number]);
  return <EChart option={option} />;
}
