import { QueryState } from '@/components/ui/states';
import { usePlanIndicators } from '@/features/indicators/api/get-indicators';
import { useCurrentPlan } from '@/features/plans/api/use-current-plan';
import { TargetsAdmin } from '@/features/targets/components/targets-admin';
import { CurrentPlanGate } from './current-plan-gate';

export function TargetsAdminRoute() {
  const indicators = usePlanIndicators(useCurrentPlan().plan?.code);
  return (
    <CurrentPlanGate>{(plan) => <QueryState query={indicators}>{(data) => <TargetsAdmin plan={plan} indicators={data} />}</QueryState>}</CurrentPlanGate>
  );
}
