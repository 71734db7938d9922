import { QueryState } from '@/components/ui/states';
import { usePlanIndicators } from '@/features/indicators/api/get-indicators';
import { useAllOrgUnits } from '@/features/org-units/api/get-org-units';
import { useCurrentPlan } from '@/features/plans/api/use-current-plan';
import { TargetsAdmin } from '@/features/targets/components/targets-admin';
import { CurrentPlanGate } from './current-plan-gate';

export function TargetsAdminRoute() {
  const indicators = usePlanIndicators(useCurrentPlan().plan?.code);
  const units = useAllOrgUnits();
  return (
    <CurrentPlanGate>
      {(plan) => (
        <QueryState query={indicators}>
          {(data) => <QueryState query={units}>{(unitList) => <TargetsAdmin plan={plan} indicators={data} units={unitList} />}</QueryState>}
        </QueryState>
      )}
    </CurrentPlanGate>
  );
}
