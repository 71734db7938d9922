import { describe, expect, it } from 'vitest';
import { UNIT_TYPES, orgUnit } from '@/testing/fixtures';
import { flattenTree } from './org-unit-tree';

describe('the unit tree', () => {
  it('should list each unit under its parent, by kind then code, with its depth', () => {
    const rows = flattenTree([
      orgUnit('PGDDT', 'AGENCY'),
      orgUnit('P10', 'WARD'),
      orgUnit('THCS-LUGIA', 'SCHOOL', { parentCode: 'PGDDT' }),
      orgUnit('D11', 'DISTRICT', { parentCode: null }),
      orgUnit('P02', 'WARD'),
    ], UNIT_TYPES);
    expect(rows.map((r) => `${'  '.repeat(r.depth)}${r.unit.code}`)).toEqual(['D11', '  P02', '  P10', '  PGDDT', '    THCS-LUGIA']);
    expect(rows[0]!.children).toBe(3);
  });

  it('should put types in their stored order, and units of a type not (yet) known last', () => {
    const province = { ...UNIT_TYPES[0]!, id: 6, code: 'PROVINCE', sortOrder: 5 };
    const rows = flattenTree(
      [
        orgUnit('HT', 'PROVINCE', { parentCode: null }),
        orgUnit('XA-B', 'COMMUNE', { parentCode: 'HT' }),
        orgUnit('PHUONG-A', 'WARD', { parentCode: 'HT' }),
        orgUnit('XA-A', 'COMMUNE', { parentCode: 'HT' }),
        orgUnit('D11', 'DISTRICT', { parentCode: null }),
      ],
      [...UNIT_TYPES, province],
    );
    expect(rows.map((r) => `${'  '.repeat(r.depth)}${r.unit.code}`)).toEqual(['HT', '  PHUONG-A', '  XA-A', '  XA-B', 'D11']);
  });
});
