import { EmptyState, ErrorState, LoadingState, QueryState } from '@/components/ui/states';
import { usePlanIndicators } from '@/features/indicators/api/get-indicators';
import { useCurrentPlan } from '@/features/plans/api/use-current-plan';
import { TargetsAdmin } from '@/features/targets/components/targets-admin';
import { useI18n } from '@/i18n/i18n';

export function TargetsAdminRoute() {
  const { t } = useI18n();
  const { plan, query } = useCurrentPlan();
  const indicators = usePlanIndicators(plan?.code);
  if (query.isPending) return <LoadingState />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!plan) return <EmptyState title={t('plan.none')} />;
  return <QueryState query={indicators}>{(data) => <TargetsAdmin plan={plan} indicators={data} />}</QueryState>;
}
