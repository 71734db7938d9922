import { describe, expect, it } from 'vitest';
import type { UnitFigure } from '@/lib/api';
import { nextSort, sortUnits } from '@/utils/unit-sort';
import { toCsv } from './unit-table';

function unit(code: string, value: number | null, overrides: Partial<UnitFigure> = {}): UnitFigure {
  return {
    orgUnitCode: code, nameVi: `Phường ${Number(code.slice(1))}`, nameEn: `Ward ${Number(code.slice(1))}`, type: 'WARD', active: true,
    status: value === null ? 'MISSING' : 'APPROVED', counted: value !== null, value, numerator: null, denominator: null,
    meets: value === null ? false : value >= 100, allocation: null, allocationHigh: null, ...overrides,
  };
}
const name = (u: UnitFigure) => u.nameVi;
const UNITS = [unit('P10', 50), unit('P02', null), unit('P01', 100), unit('P03', 75)];

describe('the units table', () => {
  it('should sort by each unit\'s allocation, units without one last', () => {
    const allocated = [unit('P01', 100, { allocation: 80 }), unit('P02', 50), unit('P03', 75, { allocation: 40 })];
    expect(sortUnits(allocated, { column: 'allocation', direction: 'ascending' }, name).map((u) => u.orgUnitCode)).toEqual(['P03', 'P01', 'P02']);
    expect(sortUnits(allocated, { column: 'allocation', direction: 'descending' }, name).map((u) => u.orgUnitCode)).toEqual(['P01', 'P03', 'P02']);
  });

  it('should sort names naturally (Phường 2 before Phường 10)', () => {
    expect(sortUnits(UNITS, { column: 'unit', direction: 'ascending' }, name).map((u) => u.orgUnitCode)).toEqual(['P01', 'P02', 'P03', 'P10']);
    expect(sortUnits(UNITS, { column: 'unit', direction: 'descending' }, name).map((u) => u.orgUnitCode)).toEqual(['P10', 'P03', 'P02', 'P01']);
  });

  it('should keep units without a value last whichever way values are sorted', () => {
    expect(sortUnits(UNITS, { column: 'value', direction: 'descending' }, name).map((u) => u.orgUnitCode)).toEqual(['P01', 'P03', 'P10', 'P02']);
    expect(sortUnits(UNITS, { column: 'value', direction: 'ascending' }, name).map((u) => u.orgUnitCode)).toEqual(['P10', 'P03', 'P01', 'P02']);
  });

  it('should flip the same column and start values from the largest', () => {
    expect(nextSort({ column: 'unit', direction: 'ascending' }, 'unit')).toEqual({ column: 'unit', direction: 'descending' });
    expect(nextSort({ column: 'unit', direction: 'ascending' }, 'value')).toEqual({ column: 'value', direction: 'descending' });
    expect(nextSort({ column: 'value', direction: 'descending' }, 'type')).toEqual({ column: 'type', direction: 'ascending' });
  });
});

describe('the CSV download', () => {
  it('should start with a BOM and use ";" and decimal commas in Vietnamese, quoting what needs it', () => {
    const csv = toCsv({ lang: 'vi', headers: ['Mã', 'Đơn vị', 'Tỷ lệ'], rows: [['P01', 'Phường 1', 75.5], ['X', 'Tên có ; và "ngoặc"', null]] });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual(['Mã;Đơn vị;Tỷ lệ', 'P01;Phường 1;75,5', 'X;"Tên có ; và ""ngoặc""";', '']);
  });

  it('should never let a text run as a spreadsheet formula', () => {
    expect(toCsv({ lang: 'en', headers: ['Name'], rows: [['=HYPERLINK("x")'], ['-5 units']] })).toBe('\uFEFFName\r\n"\'=HYPERLINK(""x"")"\r\n\'-5 units\r\n');
  });

  it('should also neutralise a leading TAB or CR, which spreadsheets skip before a formula', () => {
    expect(toCsv({ lang: 'en', headers: ['Name'], rows: [['\t=1+2'], ['\r@SUM(A1)']] })).toBe(
      '\uFEFFName\r\n\'\t=1+2\r\n"\'\r@SUM(A1)"\r\n',
    );
  });

  it('should use "," and decimal points in English', () => {
    expect(toCsv({ lang: 'en', headers: ['Code', 'Share'], rows: [['P01', 75.5]] })).toBe('\uFEFFCode,Share\r\nP01,75.5\r\n');
  });
});
