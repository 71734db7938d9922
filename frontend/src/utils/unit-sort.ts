/**
 * The per-unit tables' sorting (the staff's target page and the public portal), kept apart from
 * React so it is tested directly.
 *
 * Decision: units without a value (not counted: missing, draft, returned…) always sort last,
 * whichever way the column is sorted, so the comparison of units that reported stays readable.
 */
import type { UnitFigure } from '@/lib/api';

export type UnitColumn = 'unit' | 'type' | 'status' | 'value' | 'numerator' | 'denominator' | 'allocation' | 'meets';
export type SortDirection = 'ascending' | 'descending';
export interface UnitSort {
  column: UnitColumn;
  direction: SortDirection;
}

/** What sorting reads of a unit; the public portal's units have no type or report state. */
export type SortableUnit = Pick<UnitFigure, 'orgUnitCode' | 'value' | 'numerator' | 'denominator' | 'meets'> &
  Partial<Pick<UnitFigure, 'type' | 'status' | 'allocation'>>;

const STATUS_ORDER = ['APPROVED', 'SUBMITTED', 'RETURNED', 'DRAFT', 'MISSING', 'NOT_EXPECTED'];

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

function key<U extends SortableUnit>(unit: U, column: UnitColumn, name: (u: U) => string, typeOrder: readonly string[]): string | number | null {
  switch (column) {
    case 'unit':
      return name(unit);
    case 'type':
      return unit.type === undefined ? null : typeOrder.indexOf(unit.type);
    case 'status':
      return unit.status === undefined ? null : STATUS_ORDER.indexOf(unit.status);
    case 'value':
      return unit.value;
    case 'numerator':
      return unit.numerator;
    case 'denominator':
      return unit.denominator;
    case 'allocation':
      return unit.allocation ?? null;
    case 'meets':
      return unit.meets === null ? null : unit.meets ? 1 : 0;
  }
}

/**
 * The units sorted by a column; ties keep the unit order (P01, P02 … P16). `typeOrder`: the unit type
 * codes in their order (utils/unit-types `orderCodes`), for the type column.
 */
export function sortUnits<U extends SortableUnit>(units: readonly U[], sort: UnitSort, name: (u: U) => string, typeOrder: readonly string[] = []): U[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byUnit = (a: U, b: U) => collator.compare(a.orgUnitCode, b.orgUnitCode);
  return [...units].sort((a, b) => {
    const ka = key(a, sort.column, name, typeOrder);
    const kb = key(b, sort.column, name, typeOrder);
    if (ka === null && kb === null) return byUnit(a, b);
    if (ka === null) return 1;
    if (kb === null) return -1;
    const order = typeof ka === 'string' && typeof kb === 'string' ? collator.compare(ka, kb) : (ka as number) - (kb as number);
    return order !== 0 ? sign * order : byUnit(a, b);
  });
}

/** Next sort when a column header is pressed: a new column starts ascending (values descending), the same one flips. */
export function nextSort(current: UnitSort, column: UnitColumn): UnitSort {
  if (current.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: column === 'value' || column === 'meets' ? 'descending' : 'ascending' };
}
