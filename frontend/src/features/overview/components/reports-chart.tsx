import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useI18n } from '@/i18n/i18n';

// Only the parts this chart uses, so the chart chunk stays small (echarts is tree-shakeable).
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface YearCount {
  year: string;
  received: number;
  approved: number;
  expected: number;
}

/** Reports received and approved against reports expected, per year. Loaded lazily with echarts. */
export default function ReportsChart({ data }: { data: YearCount[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const { t, number, lang } = useI18n();

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: 'svg' });
    chart.setOption({
      animation: !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches,
      textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif' },
      grid: { left: 40, right: 8, top: 48, bottom: 28 },
      legend: { top: 0, left: 0, icon: 'rect', itemGap: 24 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => number(Number(v)) },
      xAxis: { type: 'category', data: data.map((d) => d.year) },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => number(v) } },
      series: [
        {
          name: t('overview.reportsReceived'),
          type: 'bar',
          data: data.map((d) => d.received),
          itemStyle: { color: '#0b5cad' },
          label: { show: true, position: 'top', formatter: (p: { value: unknown }) => number(Number(p.value)) },
        },
        {
          name: t('overview.reportsApproved'),
          type: 'bar',
          data: data.map((d) => d.approved),
          itemStyle: { color: '#1b6e3a' },
          label: { show: true, position: 'top', formatter: (p: { value: unknown }) => number(Number(p.value)) },
        },
        {
          name: t('overview.reportsExpected'),
          type: 'bar',
          data: data.map((d) => d.expected),
          itemStyle: { color: '#b8c7d6' },
          label: { show: true, position: 'top', color: '#52606d', formatter: (p: { value: unknown }) => number(Number(p.value)) },
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [data, t, number, lang]);

  return <div ref={ref} className="chart" aria-hidden="true" />;
}
