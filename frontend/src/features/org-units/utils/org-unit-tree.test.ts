import { describe, expect, it } from 'vitest';
import { orgUnit } from '@/testing/fixtures';
import { flattenTree } from './org-unit-tree';

describe('the unit tree', () => {
  it('should list each unit under its parent, by kind then code, with its depth', () => {
    const rows = flattenTree([
      orgUnit('PGDDT', 'AGENCY'),
      orgUnit('P10', 'WARD'),
      orgUnit('THCS-LUGIA', 'SCHOOL', { parentCode: 'PGDDT' }),
      orgUnit('D11', 'DISTRICT', { parentCode: null }),
      orgUnit('P02', 'WARD'),
    ]);
    expect(rows.map((r) => `${'  '.repeat(r.depth)}${r.unit.code}`)).toEqual(['D11', '  P02', '  P10', '  PGDDT', '    THCS-LUGIA']);
    expect(rows[0]!.children).toBe(3);
  });
});
