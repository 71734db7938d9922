import { useSearchParams } from 'react-router';
import { usePlans } from './get-plans';

/**
 * The plan every screen works on: `?plan=<code>` when given (so links keep their plan),
 * otherwise the first plan. Most installations have exactly one.
 */
export function useCurrentPlan() {
  const [params] = useSearchParams();
  const query = usePlans();
  const wanted = params.get('plan');
  const plans = query.data?.items ?? [];
  const plan = (wanted ? plans.find((p) => p.code === wanted) : undefined) ?? plans[0];
  return { plan, plans, query, unknownPlan: !!wanted && plans.length > 0 && !plans.some((p) => p.code === wanted) };
}
