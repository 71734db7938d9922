import { describe, expect, it } from 'vitest';
import { UNIT_TYPES } from '@/testing/fixtures';
import { groupByType, moveType, nextSortOrder, orderCodes, sortTypes, topLevelCodes, typeName } from './unit-types';

const vi = (viText: string) => viText;
const en = (_vi: string, enText: string) => enText;
const PROVINCE = { ...UNIT_TYPES[0]!, id: 6, code: 'PROVINCE', nameVi: 'Tỉnh', nameEn: 'Province', sortOrder: 5, topLevel: true };

describe('unit types as data', () => {
  it('should order types by sortOrder, then by id', () => {
    const tie = { ...UNIT_TYPES[1]!, id: 9, code: 'COMMUNE', sortOrder: 20 };
    expect(sortTypes([tie, ...UNIT_TYPES, PROVINCE]).map((t) => t.code)).toEqual(['PROVINCE', 'DISTRICT', 'WARD', 'COMMUNE', 'AGENCY', 'PUBLIC_SERVICE_UNIT', 'SCHOOL']);
  });

  it('should name a type in the reader language, and an unknown one by its code', () => {
    expect(typeName(UNIT_TYPES, 'WARD', vi)).toBe('Phường');
    expect(typeName(UNIT_TYPES, 'WARD', en)).toBe('Ward');
    expect(typeName(UNIT_TYPES, 'COMMUNE', vi)).toBe('COMMUNE');
    expect(typeName(undefined, 'WARD', vi)).toBe('WARD');
  });

  it('should put codes in the types order and unknown ones last, alphabetically, once each', () => {
    expect(orderCodes(UNIT_TYPES, ['SCHOOL', 'ZONE', 'WARD', 'COMMUNE', 'WARD', 'DISTRICT'])).toEqual(['DISTRICT', 'WARD', 'SCHOOL', 'COMMUNE', 'ZONE']);
  });

  it('should group units by type in the types order, leaving out empty groups', () => {
    const units = [
      { code: 'THCS-1', type: 'SCHOOL' },
      { code: 'P01', type: 'WARD' },
      { code: 'XA-A', type: 'COMMUNE' },
      { code: 'P02', type: 'WARD' },
    ];
    expect(groupByType(UNIT_TYPES, units, (u) => u.type).map((g) => [g.type, g.items.map((u) => u.code)])).toEqual([
      ['WARD', ['P01', 'P02']],
      ['SCHOOL', ['THCS-1']],
      ['COMMUNE', ['XA-A']],
    ]);
  });

  it('should know which types need no parent', () => {
    expect([...topLevelCodes([...UNIT_TYPES, PROVINCE])]).toEqual(['DISTRICT', 'PROVINCE']);
  });

  it('should place a new type ten after the last', () => {
    expect(nextSortOrder(UNIT_TYPES)).toBe(60);
    expect(nextSortOrder([])).toBe(10);
  });

  it('should move a type by swapping orders with its neighbour, and do nothing at the ends', () => {
    expect(moveType(UNIT_TYPES, 'AGENCY', 'up').map((c) => [c.type.code, c.sortOrder])).toEqual([
      ['AGENCY', 20],
      ['WARD', 30],
    ]);
    expect(moveType(UNIT_TYPES, 'AGENCY', 'down').map((c) => [c.type.code, c.sortOrder])).toEqual([
      ['AGENCY', 40],
      ['PUBLIC_SERVICE_UNIT', 30],
    ]);
    expect(moveType(UNIT_TYPES, 'DISTRICT', 'up')).toEqual([]);
    expect(moveType(UNIT_TYPES, 'SCHOOL', 'down')).toEqual([]);
    expect(moveType(UNIT_TYPES, 'NOWHERE', 'up')).toEqual([]);
  });

  it('should move a type past a neighbour of the same order by one', () => {
    const tied = [UNIT_TYPES[0]!, { ...UNIT_TYPES[1]!, sortOrder: 10 }];
    expect(moveType(tied, 'WARD', 'up').map((c) => [c.type.code, c.sortOrder])).toEqual([['WARD', 9]]);
    expect(moveType(tied, 'DISTRICT', 'down').map((c) => [c.type.code, c.sortOrder])).toEqual([['DISTRICT', 11]]);
  });
});
