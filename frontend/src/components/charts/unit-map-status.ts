/**
 * What colour a unit has on the map: its status in the chosen year. `value`: it reported a counted value
 * and the target sets no per-unit threshold, so there is nothing to meet. Kept apart from the map
 * itself so the pages can decide without loading echarts.
 */
export type UnitMapStatus = 'yes' | 'no' | 'value' | 'none';

export interface MapUnit {
  code: string;
  name: string;
  status: UnitMapStatus;
  /** The unit's figure as the table shows it (the tooltip repeats it). */
  text: string;
}

export const MAP_COLORS: Record<UnitMapStatus, string> = {
  yes: '#1b6e3a',
  no: '#b86e00',
  value: '#0b5cad',
  none: '#e4e9ee',
};

export function unitMapStatus(unit: { counted?: boolean; value: number | null; meets: boolean | null }): UnitMapStatus {
  if (unit.counted === false || unit.value === null) return 'none';
  if (unit.meets === null) return 'value';
  return unit.meets ? 'yes' : 'no';
}
