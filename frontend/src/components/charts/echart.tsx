/**
 * ECharts, loaded only by the chart chunks (never by the first page load): the parts the app's
 * charts use, drawn as SVG so they stay sharp on phones and print.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef, type CSSProperties } from 'react';
import { cn } from '@/utils/cn';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

export const CHART_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
export const COLORS = {
  primary: '#0b5cad',
  success: '#1b6e3a',
  warning: '#b86e00',
  danger: '#b3261e',
  muted: '#52606d',
  soft: '#b8c7d6',
  threshold: '#36414c',
};

export function reducedMotion(): boolean {
  return !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}

/**
 * One chart. The picture is hidden from screen readers: every chart in the app has its figures
 * in a table or a label next to it. `data-rendered` turns true once drawn (for tests and screenshots).
 */
export function EChart({ option, className, style }: { option: ChartOption; className?: string; style?: CSSProperties }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('finished', () => el.setAttribute('data-rendered', 'true'));
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => instance.resize());
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ animation: !reducedMotion(), textStyle: { fontFamily: CHART_FONT }, ...option }, true);
  }, [option]);

  return <div ref={ref} className={cn('chart', className)} style={style} aria-hidden="true" data-rendered="false" />;
}
