import { EmptyState, ErrorState, LoadingState, QueryState } from '@/components/ui/states';
import { IndicatorsAdmin } from '@/features/indicators/components/indicators-admin';
import { useAllOrgUnits } from '@/features/org-units/api/get-org-units';
import { useCurrentPlan } from '@/features/plans/api/use-current-plan';
import { useI18n } from '@/i18n/i18n';

export function IndicatorsAdminRoute() {
  const { t } = useI18n();
  const { plan, query } = useCurrentPlan();
  const units = useAllOrgUnits();
  if (query.isPending) return <LoadingState />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!plan) return <EmptyState title={t('plan.none')} />;
  return <QueryState query={units}>{(data) => <IndicatorsAdmin plan={plan} units={data} />}</QueryState>;
}
