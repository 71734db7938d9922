import type { Indicator, OrgUnit, Submission, UnitType } from '@/lib/api';

/** Test data shaped like the API's District 11 seed. */
const STAMP = { createdAt: '2015-11-25T11:05:00Z', updatedAt: '2015-11-25T11:05:00Z', version: 0 };

export function orgUnit(code: string, type: OrgUnit['type'], overrides: Partial<OrgUnit> = {}): OrgUnit {
  return { id: code.length, code, nameVi: `Đơn vị ${code}`, nameEn: `Unit ${code}`, type, parentCode: 'D11', active: true, validFrom: null, validTo: null, ...STAMP, ...overrides };
}

/** The unit types migration 016 seeds, as `GET /api/v1/unit-types` lists them. */
export const UNIT_TYPES: UnitType[] = (
  [
    ['DISTRICT', 'Quận', 'District', true],
    ['WARD', 'Phường', 'Ward', false],
    ['AGENCY', 'Cơ quan chuyên môn', 'Specialised agency', false],
    ['PUBLIC_SERVICE_UNIT', 'Đơn vị sự nghiệp công lập', 'Public service unit', false],
    ['SCHOOL', 'Trường học', 'School', false],
  ] as const
).map(([code, nameVi, nameEn, topLevel], i) => ({ id: i + 1, code, nameVi, nameEn, sortOrder: (i + 1) * 10, topLevel, ...STAMP }));

/** The page `GET /api/v1/unit-types` answers with the seeded types. */
export const UNIT_TYPE_PAGE = { items: UNIT_TYPES, page: 1, size: 500, total: UNIT_TYPES.length };

function indicator(code: string, overrides: Partial<Indicator>): Indicator {
  return {
    id: code.length,
    code,
    planCode: 'D11-STI-2016-2020',
    nameVi: code,
    nameEn: code,
    unitVi: 'người',
    unitEn: 'people',
    periodType: 'YEARLY',
    valueKind: 'NUMBER',
    itemsRequired: false,
    itemFlagVi: null,
    itemFlagEn: null,
    numeratorCode: null,
    numeratorVi: null,
    numeratorEn: null,
    denominatorCode: null,
    denominatorVi: null,
    denominatorEn: null,
    reportingUnitTypes: ['WARD'],
    reportingUnitCodes: [],
    active: true,
    formula: null,
    periodRollUp: null,
    ...STAMP,
    ...overrides,
  };
}

export const RATIO = indicator('ECON_OFFICER_TRAINING', {
  valueKind: 'RATIO',
  numeratorCode: 'ECON_OFFICER_TRAINED',
  numeratorVi: 'Số cán bộ đã được bồi dưỡng',
  numeratorEn: 'Officers trained',
  denominatorCode: 'ECON_OFFICER_TOTAL',
  denominatorVi: 'Tổng số cán bộ',
  denominatorEn: 'Officers in post',
});
export const YES_NO = indicator('STI_DATABASE', { valueKind: 'BOOLEAN', unitVi: 'có/không', unitEn: 'yes/no' });
export const MODELS = indicator('STI_APPLICATION_MODELS', {
  valueKind: 'COUNT',
  itemsRequired: true,
  itemFlagVi: 'Ứng dụng CNTT vào giải quyết thủ tục hành chính',
  itemFlagEn: 'IT applied to administrative procedures',
  reportingUnitTypes: ['WARD', 'PUBLIC_SERVICE_UNIT'],
});
export const INITIATIVES = indicator('IMPROVEMENT_INITIATIVES', { valueKind: 'COUNT', reportingUnitTypes: ['WARD', 'AGENCY'] });
export const ENTERPRISES = indicator('ENTERPRISES_SUPPORTED', {
  valueKind: 'COUNT',
  itemsRequired: true,
  reportingUnitTypes: ['AGENCY'],
  reportingUnitCodes: ['PKT'],
});
export const CLUB = indicator('CREATIVITY_CLUB', { valueKind: 'BOOLEAN', reportingUnitTypes: ['SCHOOL'] });
export const RETIRED = indicator('RETIRED', { active: false });

export const ALL_INDICATORS = [RATIO, YES_NO, MODELS, INITIATIVES, ENTERPRISES, CLUB, RETIRED];

export function submission(overrides: Partial<Submission> = {}): Submission {
  return {
    id: 7,
    planCode: 'D11-STI-2016-2020',
    orgUnitCode: 'P01',
    period: '2019',
    status: 'DRAFT',
    comment: null,
    demo: false,
    values: [],
    submittedAt: null,
    submittedBy: null,
    onTime: null,
    decidedAt: null,
    decidedBy: null,
    reviewComment: null,
    warnings: [],
    ...STAMP,
    ...overrides,
  };
}
