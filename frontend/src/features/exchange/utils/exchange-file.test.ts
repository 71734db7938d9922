import { describe, expect, it } from 'vitest';
import {
  canConfirm,
  csvDataLines,
  detectFormat,
  filenameFromContentDisposition,
  importVerdict,
  newIdempotencyKey,
  rowLabel,
  XLSX_TYPE,
  type ImportOutcome,
} from './exchange-file';

describe('the format of a picked file', () => {
  it('should go by the extension, whatever its case', () => {
    expect(detectFormat('so-lieu-2019.csv')).toBe('csv');
    expect(detectFormat('Phuong1.XLSX')).toBe('xlsx');
    expect(detectFormat('data.value.set.json')).toBe('json');
  });

  it('should trust the extension over the type Windows reports for a CSV', () => {
    expect(detectFormat('bao-cao.csv', 'application/vnd.ms-excel')).toBe('csv');
  });

  it('should refuse old Excel files and anything else', () => {
    expect(detectFormat('bao-cao.xls', 'application/vnd.ms-excel')).toBeNull();
    expect(detectFormat('ghi-chu.txt', 'text/plain')).toBeNull();
    expect(detectFormat('anh.png')).toBeNull();
  });

  it('should fall back to the browser’s type when the name has no extension', () => {
    expect(detectFormat('export', 'text/csv')).toBe('csv');
    expect(detectFormat('export', XLSX_TYPE)).toBe('xlsx');
    expect(detectFormat('export', '')).toBeNull();
  });
});

describe('the name of a downloaded file', () => {
  it('should read a quoted filename, as the API sends it', () => {
    expect(filenameFromContentDisposition('attachment; filename="mau_D11-STI-2016-2020_2019.xlsx"', 'x.xlsx')).toBe(
      'mau_D11-STI-2016-2020_2019.xlsx',
    );
  });

  it('should prefer the UTF-8 filename* over the plain one', () => {
    expect(
      filenameFromContentDisposition(`attachment; filename="bao-cao.csv"; filename*=UTF-8''b%C3%A1o%20c%C3%A1o%202019.csv`, 'x.csv'),
    ).toBe('báo cáo 2019.csv');
  });

  it('should read an unquoted filename', () => {
    expect(filenameFromContentDisposition('attachment; filename=D11_2019.csv', 'x.csv')).toBe('D11_2019.csv');
  });

  it('should keep no folder and no character a file system refuses', () => {
    expect(filenameFromContentDisposition('attachment; filename="../../etc/passwd"', 'x')).toBe('passwd');
    expect(filenameFromContentDisposition('attachment; filename="a:b*c?.csv"', 'x')).toBe('a_b_c_.csv');
  });

  it('should use the fallback without a header or a usable name', () => {
    expect(filenameFromContentDisposition(null, 'D11-STI-2016-2020_2019.json')).toBe('D11-STI-2016-2020_2019.json');
    expect(filenameFromContentDisposition('inline', 'x.json')).toBe('x.json');
    expect(filenameFromContentDisposition('attachment; filename=".."', 'x.json')).toBe('x.json');
  });
});

describe('idempotency keys', () => {
  it('should use randomUUID where the page may', () => {
    expect(newIdempotencyKey({ randomUUID: () => 'uuid-1', getRandomValues: (a) => a })).toBe('uuid-1');
  });

  it('should make a version-4 UUID from random bytes on a plain-http page', () => {
    const key = newIdempotencyKey({ getRandomValues: <T extends ArrayBufferView | null>(a: T) => { new Uint8Array(a!.buffer).fill(0xff); return a; } });
    expect(key).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(newIdempotencyKey({ getRandomValues: (a) => crypto.getRandomValues(a) })).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('should differ every time', () => {
    expect(newIdempotencyKey()).not.toBe(newIdempotencyKey());
  });
});

describe('where a refused CSV row is in the file', () => {
  it('should count lines after the header, as the API counts data rows from 0', () => {
    const csv = 'dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value\r\nA,2019,P01,,,1\r\nB,2019,P01,,,2\r\n';
    expect(csvDataLines(csv)).toEqual([2, 3]);
  });

  it('should skip blank lines and count the lines a quoted value spans', () => {
    const csv = '\uFEFFDataElement,period\n\nA,2019,P01,,,1,,,"ghi chú\nhai dòng"\n\n\nB,2019,P01,,,2\n';
    expect(csvDataLines(csv)).toEqual([3, 7]);
  });

  it('should count every line as data without a header', () => {
    expect(csvDataLines('A,2019,P01,,,1\nB,2019,P01,,,2')).toEqual([1, 2]);
  });

  it('should label rows by format', () => {
    expect(rowLabel('csv', 1, [2, 5])).toBe('5');
    expect(rowLabel('csv', 9, [2, 5])).toBe('10');
    expect(rowLabel('xlsx', 7)).toBe('7');
    expect(rowLabel('json', 0)).toBe('dataValues[0]');
  });
});

describe('what a dry run allows', () => {
  const outcome = (o: Partial<ImportOutcome> & { count?: Partial<ImportOutcome['importCount']> }): ImportOutcome => ({
    status: o.status ?? 'SUCCESS',
    atomic: o.atomic ?? true,
    importCount: { imported: 0, updated: 0, ignored: 0, deleted: 0, ...o.count },
    conflicts: o.conflicts ?? [],
  });
  const conflict = { object: 'P02', value: 'x', errorCode: 'E7617', property: 'orgUnit', indexes: [3] };

  it('should allow confirming a clean file that changes something', () => {
    expect(importVerdict(outcome({ count: { imported: 6 } }))).toBe('ready');
    expect(canConfirm('ready')).toBe(true);
  });

  it('should refuse to confirm when all-or-nothing meets a refused row', () => {
    const verdict = importVerdict(outcome({ status: 'ERROR', atomic: true, count: { ignored: 7 }, conflicts: [conflict] }));
    expect(verdict).toBe('atomic-blocked');
    expect(canConfirm(verdict)).toBe(false);
  });

  it('should allow storing the good rows, warned, when not all-or-nothing', () => {
    const verdict = importVerdict(outcome({ status: 'WARNING', atomic: false, count: { imported: 6, ignored: 1 }, conflicts: [conflict] }));
    expect(verdict).toBe('partial');
    expect(canConfirm(verdict)).toBe(true);
  });

  it('should refuse when nothing at all could be stored', () => {
    expect(importVerdict(outcome({ status: 'ERROR', atomic: false, count: { ignored: 1 }, conflicts: [conflict] }))).toBe('blocked');
    expect(canConfirm('blocked')).toBe(false);
  });

  it('should say when the file changes nothing', () => {
    const verdict = importVerdict(outcome({ count: { ignored: 4 } }));
    expect(verdict).toBe('no-change');
    expect(canConfirm(verdict)).toBe(false);
  });
});
