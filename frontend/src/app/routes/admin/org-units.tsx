import { BoundariesAdmin } from '@/features/org-units/components/boundaries-admin';
import { OrgUnitsAdmin } from '@/features/org-units/components/org-units-admin';

export function OrgUnitsAdminRoute() {
  return (
    <>
      <OrgUnitsAdmin />
      <BoundariesAdmin />
    </>
  );
}
