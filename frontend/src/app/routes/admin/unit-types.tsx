import { UnitTypesAdmin } from '@/features/unit-types/components/unit-types-admin';

export function UnitTypesAdminRoute() {
  return <UnitTypesAdmin />;
}
