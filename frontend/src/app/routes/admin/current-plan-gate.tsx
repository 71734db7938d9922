import type { ReactNode } from 'react';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useCurrentPlan } from '@/features/plans/api/use-current-plan';
import { useI18n } from '@/i18n/i18n';
import type { Plan } from '@/lib/api';

/** An admin screen of the current plan: shown once the plans are read, or says there is none. */
export function CurrentPlanGate({ children }: { children: (plan: Plan) => ReactNode }) {
  const { t } = useI18n();
  const { plan, query } = useCurrentPlan();
  if (query.isPending) return <LoadingState />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!plan) return <EmptyState title={t('plan.none')} />;
  return <>{children(plan)}</>;
}
