import { QueryState } from '@/components/ui/states';
import { IndicatorsAdmin } from '@/features/indicators/components/indicators-admin';
import { useAllOrgUnits } from '@/features/org-units/api/get-org-units';
import { CurrentPlanGate } from './current-plan-gate';

export function IndicatorsAdminRoute() {
  const units = useAllOrgUnits();
  return <CurrentPlanGate>{(plan) => <QueryState query={units}>{(data) => <IndicatorsAdmin plan={plan} units={data} />}</QueryState>}</CurrentPlanGate>;
}
