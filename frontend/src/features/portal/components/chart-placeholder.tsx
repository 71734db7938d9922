import { useI18n } from '@/i18n/i18n';

/** Where a chart will be while echarts loads (its own chunk, fetched on first use). */
export function ChartPlaceholder({ height }: { height?: number }) {
  const { t } = useI18n();
  return <div className="chart skeleton" style={height ? { height } : undefined} role="status" aria-label={t('overview.chartLoading')} />;
}
