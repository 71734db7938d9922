import { useI18n } from '@/i18n/i18n';
import { cn } from '@/utils/cn';

/**
 * Where a chart will be while echarts loads (its own chunk, fetched on first use), exactly as tall as
 * the chart (its height or its class) so nothing below jumps when it is drawn.
 */
export function ChartPlaceholder({ height, className }: { height?: number; className?: string }) {
  const { t } = useI18n();
  return <div className={cn('chart skeleton', className)} style={height ? { height } : undefined} role="status" aria-label={t('overview.chartLoading')} />;
}
