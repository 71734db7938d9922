import type { OrgUnit, UnitType } from '@/lib/api';
import { orderCodes } from '@/utils/unit-types';

export interface TreeRow {
  unit: OrgUnit;
  depth: number;
  children: number;
}

/**
 * The units as an indented tree (district → wards, agencies, units → schools), children by kind
 * of unit (in the unit types' order), then code. Units whose parent is missing from the list are shown as roots so none disappears.
 */
export function flattenTree(units: readonly OrgUnit[], types?: readonly UnitType[]): TreeRow[] {
  const rank = new Map(orderCodes(types, units.map((u) => u.type)).map((code, i) => [code, i]));
  const codes = new Set(units.map((u) => u.code));
  const byParent = new Map<string | null, OrgUnit[]>();
  for (const unit of units) {
    const parent = unit.parentCode && codes.has(unit.parentCode) ? unit.parentCode : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), unit]);
  }
  const rows: TreeRow[] = [];
  const visit = (parent: string | null, depth: number) => {
    const children = [...(byParent.get(parent) ?? [])].sort(
      (a, b) => rank.get(a.type)! - rank.get(b.type)! || a.code.localeCompare(b.code, 'vi', { numeric: true }),
    );
    for (const unit of children) {
      rows.push({ unit, depth, children: byParent.get(unit.code)?.length ?? 0 });
      visit(unit.code, depth + 1);
    }
  };
  visit(null, 0);
  return rows;
}
