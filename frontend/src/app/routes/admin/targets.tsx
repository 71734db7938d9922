import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useCurrentPlan } from '@/features/plans/api/use-current-plan';
import { TargetsAdmin } from '@/features/targets/components/targets-admin';
import { useI18n } from '@/i18n/i18n';

export function TargetsAdminRoute() {
  const { t } = useI18n();
  const { plan, query } = useCurrentPlan();
  if (query.isPending) return <LoadingState />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!plan) return <EmptyState title={t('plan.none')} />;
  return <TargetsAdmin plan={plan} />;
}
