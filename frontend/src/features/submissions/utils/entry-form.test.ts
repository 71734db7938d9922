import { describe, expect, it } from 'vitest';
import {
  ALL_INDICATORS, CLUB, ENTERPRISES, INITIATIVES, MODELS, RATIO, YES_NO, orgUnit, submission,
} from '@/testing/fixtures';
import {
  apiFieldToFormPath, checkNumber, orderByTargets, syncedCount, toFormValues, toPayload, validateEntry,
  type EntryFormValues,
} from './entry-form';
import { applicableIndicators } from '@/utils/indicator-reporting';

const WARD_INDICATORS = [RATIO, YES_NO, MODELS, INITIATIVES];

function form(overrides: Record<string, Partial<EntryFormValues['values'][number]>> = {}): EntryFormValues {
  const values = toFormValues(WARD_INDICATORS, null, 'vi').values.map((draft) => ({ ...draft, ...overrides[draft.indicatorCode] }));
  return { comment: '', values };
}

describe('which indicators a unit reports', () => {
  it('should give a ward the active indicators reported by wards', () => {
    expect(applicableIndicators(ALL_INDICATORS, orgUnit('P01', 'WARD')).map((i) => i.code)).toEqual(WARD_INDICATORS.map((i) => i.code));
  });

  it('should respect an indicator limited to named units', () => {
    expect(applicableIndicators(ALL_INDICATORS, orgUnit('PKT', 'AGENCY'))).toEqual([INITIATIVES, ENTERPRISES]);
    expect(applicableIndicators(ALL_INDICATORS, orgUnit('PNV', 'AGENCY'))).toEqual([INITIATIVES]);
  });

  it('should give schools only the school indicator', () => {
    expect(applicableIndicators(ALL_INDICATORS, orgUnit('THCS-LUGIA', 'SCHOOL'))).toEqual([CLUB]);
  });

  it('should skip indicators of another period type', () => {
    expect(applicableIndicators(ALL_INDICATORS, orgUnit('P01', 'WARD'), 'QUARTERLY')).toEqual([]);
  });
});

describe('ordering indicators', () => {
  it('should follow the targets of the plan, then the code', () => {
    const ordered = orderByTargets([INITIATIVES, MODELS, RATIO, YES_NO], [
      { indicatorCode: YES_NO.code, sortOrder: 3 },
      { indicatorCode: RATIO.code, sortOrder: 1 },
      { indicatorCode: MODELS.code, sortOrder: 4 },
    ]);
    expect(ordered.map((i) => i.code)).toEqual([RATIO.code, YES_NO.code, MODELS.code, INITIATIVES.code]);
  });
});

describe('checking a typed figure', () => {
  it('should accept non-negative figures in the Vietnamese convention', () => {
    expect(checkNumber('1.234,5', 'vi', false)).toEqual({ ok: true, value: 1234.5 });
  });

  it('should refuse negative, malformed, fractional counts, too large and too precise figures', () => {
    expect(checkNumber('-1', 'vi', false)).toEqual({ ok: false, key: 'validation.negative' });
    expect(checkNumber('abc', 'vi', false)).toEqual({ ok: false, key: 'validation.notANumber' });
    expect(checkNumber('2,5', 'vi', true)).toEqual({ ok: false, key: 'validation.wholeNumber' });
    expect(checkNumber('2,0', 'vi', true)).toEqual({ ok: true, value: 2 });
    expect(checkNumber('1000000000000', 'vi', false)).toEqual({ ok: false, key: 'validation.tooLarge' });
    expect(checkNumber('0,12345', 'vi', false)).toEqual({ ok: false, key: 'validation.tooPrecise' });
  });
});

describe('validating the form', () => {
  it('should accept an empty draft', () => {
    expect(validateEntry(form(), WARD_INDICATORS, 'vi')).toEqual([]);
  });

  it('should put numerator above denominator on the numerator', () => {
    const errors = validateEntry(form({ [RATIO.code]: { numerator: '12', denominator: '10' } }), WARD_INDICATORS, 'vi');
    expect(errors).toEqual([{ path: 'values.0.numerator', key: 'validation.numeratorAboveDenominator' }]);
  });

  it('should ask for the other half of a ratio', () => {
    const errors = validateEntry(form({ [RATIO.code]: { numerator: '3' } }), WARD_INDICATORS, 'vi');
    expect(errors).toEqual([{ path: 'values.0.denominator', key: 'validation.requiredBoth' }]);
  });

  it('should want whole, non-negative counts', () => {
    expect(validateEntry(form({ [INITIATIVES.code]: { number: '1,5' } }), WARD_INDICATORS, 'vi')).toEqual([
      { path: 'values.3.number', key: 'validation.wholeNumber' },
    ]);
    expect(validateEntry(form({ [INITIATIVES.code]: { number: '-2' } }), WARD_INDICATORS, 'vi')).toEqual([
      { path: 'values.3.number', key: 'validation.negative' },
    ]);
  });

  it('should want every listed item named and the count to match the list', () => {
    const errors = validateEntry(
      form({ [MODELS.code]: { number: '3', items: [{ name: 'Một cửa điện tử', flagged: true }, { name: '  ', flagged: false }] } }),
      WARD_INDICATORS,
      'vi',
    );
    expect(errors).toEqual([
      { path: 'values.2.number', key: 'validation.countMismatch', params: { count: 3, items: 2 } },
      { path: 'values.2.items.1.name', key: 'validation.itemNameRequired' },
    ]);
  });
});

describe('building the request', () => {
  const filled = form({
    [RATIO.code]: { numerator: '3', denominator: '4' },
    [YES_NO.code]: { answer: 'yes' },
    [INITIATIVES.code]: { number: '1.200' },
  });

  it('should leave blank indicators out and remember where each value came from', () => {
    const payload = toPayload(filled, WARD_INDICATORS, 'vi');
    expect(payload.values).toEqual([
      { indicatorCode: RATIO.code, numerator: 3, denominator: 4 },
      { indicatorCode: YES_NO.code, answer: true },
      { indicatorCode: INITIATIVES.code, number: 1200 },
    ]);
    expect(payload.formIndexOf).toEqual([0, 1, 3]);
    expect(payload.comment).toBeNull();
  });

  it('should send named items with their mark', () => {
    const payload = toPayload(
      form({ [MODELS.code]: { number: '1', items: [{ name: ' Một cửa điện tử ', flagged: true }] } }),
      WARD_INDICATORS,
      'vi',
    );
    expect(payload.values).toEqual([{ indicatorCode: MODELS.code, number: 1, items: [{ name: 'Một cửa điện tử', flagged: true }] }]);
  });

  it('should map the API field errors back to the inputs they are about', () => {
    const { formIndexOf } = toPayload(filled, WARD_INDICATORS, 'vi');
    expect(apiFieldToFormPath('values[2].number', formIndexOf)).toBe('values.3.number');
    expect(apiFieldToFormPath('values[0].numerator', formIndexOf)).toBe('values.0.numerator');
    expect(apiFieldToFormPath('values[1].items[0].name', [2, 2])).toBe('values.2.items.0.name');
    expect(apiFieldToFormPath('values[1].indicatorCode', formIndexOf)).toBe('values.1');
    expect(apiFieldToFormPath('comment', formIndexOf)).toBe('comment');
    expect(apiFieldToFormPath('$', formIndexOf)).toBeNull();
    // Submitting names a missing indicator by a filter on its code, and a stored value by its place.
    const codes = WARD_INDICATORS.map((i) => i.code);
    expect(apiFieldToFormPath(`values[?@.indicatorCode=='${YES_NO.code}']`, formIndexOf, codes)).toBe('values.1');
    expect(apiFieldToFormPath(`values[?@.indicatorCode=='NOT_ON_THIS_FORM']`, formIndexOf, codes)).toBeNull();
    expect(apiFieldToFormPath('values[0].items', [2], codes)).toBe('values.2');
    expect(apiFieldToFormPath('values[1].number', [2, -1], codes)).toBeNull();
  });
});

describe('loading a saved report', () => {
  it('should show saved figures in the local convention', () => {
    const saved = submission({
      comment: 'Số liệu năm 2019',
      values: [
        { indicatorCode: RATIO.code, number: null, numerator: 2.5, denominator: 4, answer: null, items: [] },
        { indicatorCode: YES_NO.code, number: null, numerator: null, denominator: null, answer: false, items: [] },
      ],
    });
    const values = toFormValues(WARD_INDICATORS, saved, 'vi');
    expect(values.comment).toBe('Số liệu năm 2019');
    expect(values.values[0]).toMatchObject({ numerator: '2,5', denominator: '4' });
    expect(values.values[1]).toMatchObject({ answer: 'no' });
    expect(values.values[3]).toMatchObject({ number: '' });
  });
});

describe('keeping a count in step with its list', () => {
  it('should follow the list while they agree, and leave a count the user changed alone', () => {
    expect(syncedCount('', 0, 1)).toBe('1');
    expect(syncedCount('2', 2, 3)).toBe('3');
    expect(syncedCount('5', 2, 3)).toBe('5');
  });
});
