import type { PublicPeriod, PublicPlanPage, PublicTarget } from '@/lib/api';
import type { PublicTargetPage } from '@/lib/api';
import type { PublicPlan } from '@/lib/api';

/** The public portal's answers, shaped like the District 11 plan with demo data (make run). */
export const PUBLIC_PLAN: PublicPlan = {
  code: 'D11-STI-2016-2020',
  titleVi: 'Kế hoạch hoạt động khoa học, công nghệ và đổi mới sáng tạo giai đoạn 2016 – 2020 trên địa bàn quận 11',
  titleEn: 'Science, technology and innovation plan 2016–2020 of District 11',
  firstYear: 2016,
  lastYear: 2020,
  issuingBodyVi: 'Ủy ban nhân dân quận 11',
  issuingBodyEn: 'People’s Committee of District 11',
  sourceUrl: null,
  sourceDocument: '/api/v1/public/plans/D11-STI-2016-2020/source',
  publishedAt: '2020-06-01T02:00:00Z',
  demo: true,
  lastApprovedAt: '2020-02-10T03:15:00Z',
};

export function publicPeriod(year: number, figure: number | null, overrides: Partial<PublicPeriod> = {}): PublicPeriod {
  return {
    period: String(year), year, figure, noData: figure === null, noDataReason: figure === null ? 'NO_REPORTS' : null,
    met: figure === null ? null : figure >= 100, numerator: null, denominator: null, expectedUnits: 16,
    reportedUnits: figure === null ? 0 : 16, meetingUnits: null, inProgress: false, compared: figure,
    comparedNoDataReason: null, threshold: 100, thresholdHigh: null, yearOnYearGrowth: null, units: null, ...overrides,
  };
}

/** T1A: a ratio of sums, due by 2020, with two wards compared in 2019. */
export const PUBLIC_T1A: PublicTarget = {
  code: 'T1A',
  indicatorCode: 'ECON_OFFICER_TRAINING',
  statementVi: '100% cán bộ phụ trách kinh tế phường được bồi dưỡng chuyên môn nghiệp vụ',
  statementEn: '100% of ward officials in charge of the economy trained',
  aggregation: 'RATIO_OF_SUMS',
  valueKind: 'RATIO',
  percentage: true,
  unitVi: 'người',
  unitEn: 'people',
  threshold: 100,
  direction: 'AT_LEAST',
  thresholdHigh: null,
  measure: 'LEVEL',
  baseline: null,
  milestones: [],
  unitThreshold: null,
  timing: 'BY_YEAR',
  dueYear: 2020,
  status: 'AT_RISK',
  statusReason: 'PROJECTION_NEAR',
  yearsMet: 0,
  yearsWithData: 4,
  latestYear: 2019,
  latestFigure: 87.5,
  projection: { dueYear: 2020, projectedValue: 93.75, slopePerYear: 10.5, direction: 'UP', basedOnYears: 4 },
  pace: null,
  explanationVi: 'Mỗi năm, số liệu toàn quận = tổng số cán bộ đã được bồi dưỡng ÷ tổng số cán bộ × 100. Chỉ tính các báo cáo đã được quận duyệt.',
  explanationEn: 'Each year, the district figure = officers trained ÷ officers in post × 100. Only reports approved by the district count.',
  lastApprovedAt: '2020-02-10T03:15:00Z',
  pageViews: 55,
  periods: [
    publicPeriod(2016, 60, { numerator: 24, denominator: 40 }),
    publicPeriod(2017, 70, { numerator: 28, denominator: 40 }),
    publicPeriod(2018, 80, { numerator: 32, denominator: 40 }),
    publicPeriod(2019, 87.5, {
      numerator: 7, denominator: 8, expectedUnits: 2, reportedUnits: 2,
      units: [
        { orgUnitCode: 'P10', nameVi: 'Phường 10', nameEn: 'Ward 10', value: 75, numerator: 3, denominator: 4, meets: null },
        { orgUnitCode: 'P02', nameVi: 'Phường 2', nameEn: 'Ward 2', value: 100, numerator: 4, denominator: 4, meets: null },
      ],
    }),
    publicPeriod(2020, null, { noDataReason: 'FUTURE_PERIOD', expectedUnits: 2, units: [
      { orgUnitCode: 'P02', nameVi: 'Phường 2', nameEn: 'Ward 2', value: null, numerator: null, denominator: null, meets: null },
      { orgUnitCode: 'P10', nameVi: 'Phường 10', nameEn: 'Ward 10', value: null, numerator: null, denominator: null, meets: null },
    ] }),
  ],
};

export const PUBLIC_TARGET_PAGE: PublicTargetPage = {
  plan: PUBLIC_PLAN, currentYear: 2020, generatedAt: '2020-06-30T03:00:00Z', portalVisits: 1233, target: PUBLIC_T1A,
};

export const PUBLIC_PLAN_PAGE: PublicPlanPage = {
  plan: PUBLIC_PLAN, currentYear: 2020, generatedAt: '2020-06-30T03:00:00Z', portalVisits: 1233, pageViews: 10,
  targets: [
    { ...PUBLIC_T1A, periods: PUBLIC_T1A.periods.map((p) => ({ ...p, units: null })) },
    { ...PUBLIC_T1A, code: 'T2', statementVi: '100% phường có cơ sở dữ liệu thống kê về lĩnh vực KH&CN', statementEn: '100% of wards have an S&T database', status: 'ACHIEVED', statusReason: 'THRESHOLD_REACHED', aggregation: 'SHARE_OF_UNITS_MEETING', valueKind: 'BOOLEAN' },
  ],
};
