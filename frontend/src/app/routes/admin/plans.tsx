import { PlansAdmin } from '@/features/plans/components/plans-admin';
import { useCurrentPlan } from '@/features/plans/api/use-current-plan';

export function PlansAdminRoute() {
  const { plan } = useCurrentPlan();
  return <PlansAdmin currentCode={plan?.code} />;
}
