import { type Page } from '@playwright/test';
import { expect, test } from './csp';
import {
  apiToken,
  bearer,
  findReport,
  freeYear,
  pageAs,
  percentVi,
  PLAN,
  REPORTER,
  REVIEWER,
  screenshot,
  targetFigure,
  type YearFigure,
} from './helpers';

/**
 * The review workflow end to end, two people side by side in their own browser sessions: the
 * Phường 1 officer enters and submits the ward's yearly report; the reviewer finds it in the
 * review queue, returns it with a comment; the officer reads the comment, fixes a figure and
 * resubmits; the reviewer approves it (after a 412: someone acted on the report meanwhile);
 * and target T1A's district figure for that year moves to what the approved figures give.
 * On the way, each role is refused what belongs to the other.
 *
 * The year is one in which Phường 1 has no report, found through the API (the demo data approves
 * 2016–2019). An approved report cannot be deleted, so this needs a fresh database each run, as
 * scripts/e2e.sh provides; afterwards the report is reopened so it stops counting.
 */
const UNIT = 'P01';
const TRAINED_FIRST = 2;
const TRAINED_FIXED = 3;
const IN_POST = 4;
const RETURN_COMMENT = 'Số cán bộ phụ trách kinh tế đã bồi dưỡng chưa khớp danh sách lớp: đề nghị kiểm tra lại.';
let YEAR = '';
let reporterToken = '';
let reviewerToken = '';

test.beforeAll(async ({ request }) => {
  reporterToken = await apiToken(request, REPORTER);
  reviewerToken = await apiToken(request, REVIEWER);
  YEAR = await freeYear(request, reporterToken, UNIT);
});

test.afterAll(async ({ request }) => {
  // Leave the dashboard as the demo data had it: the e2e's approved figures stop counting.
  const report = await findReport(request, reviewerToken, UNIT, YEAR);
  if (report?.status === 'APPROVED') {
    const reopened = await request.post(`/api/v1/submissions/${report.id}/reopen`, {
      headers: { ...bearer(reviewerToken), 'If-Match': `"${report.version}"` },
      data: { comment: 'Kiểm thử tự động: mở lại sau khi kiểm thử.' },
    });
    expect(reopened.ok(), await reopened.text()).toBeTruthy();
  }
});

/** T1A's figure for the year as the target detail shows it (the row of the yearly table). */
function yearRow(page: Page) {
  return page.locator(`tr[data-year="${YEAR}"] .figure-cell strong`);
}

function shown(figure: YearFigure): string {
  return figure.figure === null ? 'Chưa có số liệu' : percentVi(figure.figure);
}

test('an officer submits, a reviewer returns it, the officer fixes it, the reviewer approves and the target moves', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const before = await targetFigure(request, reviewerToken, 'T1A', YEAR);
  // Ratio of sums: Phường 1's 3 trained of 4 join the wards already approved.
  const expected = (((before.numerator ?? 0) + TRAINED_FIXED) / ((before.denominator ?? 0) + IN_POST)) * 100;

  // --- The reviewer looks at T1A before.
  const reviewer = await pageAs(browser, REVIEWER, `/targets/T1A?plan=${PLAN}&year=${YEAR}`);
  await expect(reviewer.getByRole('heading', { level: 1 })).toContainText('cán bộ phụ trách kinh tế');
  await expect(yearRow(reviewer)).toHaveText(shown(before));

  // --- The officer enters Phường 1's report and submits it.
  const officer = await pageAs(browser, REPORTER, `/data-entry?plan=${PLAN}&ou=${UNIT}&pe=${YEAR}`);
  const mainNav = officer.getByRole('navigation', { name: 'Điều hướng chính' });
  await expect(mainNav.getByRole('link', { name: 'Nhập liệu' })).toBeVisible();
  await expect(mainNav.getByRole('link', { name: 'Duyệt báo cáo' })).toHaveCount(0);
  await expect(officer.getByRole('heading', { name: `Phường 1 · Năm ${YEAR}` })).toBeVisible();
  await officer.getByLabel('Số cán bộ phụ trách kinh tế đã được bồi dưỡng').fill(String(TRAINED_FIRST));
  await officer.getByLabel('Tổng số cán bộ phụ trách kinh tế').fill(String(IN_POST));
  await officer.getByLabel('Số cán bộ, công chức đã được bồi dưỡng').fill('30');
  await officer.getByLabel('Tổng số cán bộ, công chức').fill('60');
  await officer.locator('[data-indicator="STI_DATABASE"]').getByRole('radio', { name: 'Có' }).check();
  const models = officer.locator('[data-indicator="STI_APPLICATION_MODELS"]');
  await models.getByRole('button', { name: /Thêm mục/ }).click();
  await models.getByLabel('Tên mục 1').fill('Một cửa điện tử liên thông');
  await models.getByRole('checkbox').first().check();
  await officer.locator('[data-indicator="CREATIVE_MOVEMENT"]').getByRole('radio', { name: 'Có' }).check();
  await officer.locator('[data-indicator="IMPROVEMENT_INITIATIVES"]').getByLabel(/Số lượng/).fill('20');
  await officer.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(officer.getByText(/Đã lưu bản nháp lúc/)).toBeVisible();
  await officer.getByRole('button', { name: /Gửi duyệt/ }).click();
  await officer.getByRole('dialog').getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(officer.getByText('Đã gửi báo cáo để duyệt.')).toBeVisible();
  await expect(officer.locator('.entry-head').getByText('Đã gửi')).toBeVisible();

  // An officer has no review queue, and the API refuses them a decision.
  await officer.goto('/review');
  await expect(officer.getByText('Bạn không có quyền xem trang này')).toBeVisible();
  const submitted = await findReport(request, reporterToken, UNIT, YEAR);
  expect(submitted?.status).toBe('SUBMITTED');
  const officerApproves = await request.post(`/api/v1/submissions/${submitted!.id}/approve`, {
    headers: { ...bearer(reporterToken), 'If-Match': `"${submitted!.version}"` },
    data: {},
  });
  expect(officerApproves.status()).toBe(403);

  // --- The reviewer finds it in the queue (this year, wards) and opens it.
  await reviewer.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Duyệt báo cáo' }).click();
  await expect(reviewer.getByRole('heading', { name: 'Duyệt báo cáo', level: 1 })).toBeVisible();
  await reviewer.getByLabel('Kỳ', { exact: true }).selectOption(YEAR);
  await reviewer.getByLabel('Loại đơn vị').selectOption('WARD');
  // The filters live in the address (a bookmark or a reload keeps them).
  await expect(reviewer).toHaveURL(new RegExp(`pe=${YEAR}.*type=WARD`));
  await expect(reviewer.getByLabel('Kỳ', { exact: true })).toHaveValue(YEAR);
  const openLink = reviewer.getByRole('link', { name: `Xem xét báo cáo của Phường 1, Năm ${YEAR}` });
  await expect(openLink).toBeVisible();
  await expect(reviewer.getByRole('row').filter({ hasText: 'Trường' })).toHaveCount(0);
  await screenshot(reviewer, 'review-queue');
  await openLink.click();

  // The review view: the figures as entered, last year's beside them, warnings, lateness, history.
  await expect(reviewer.getByRole('heading', { name: `Phường 1 · Năm ${YEAR}`, level: 1 })).toBeVisible();
  const t1a = reviewer.locator('.readonly-form [data-indicator="ECON_OFFICER_TRAINING"]');
  await expect(t1a.locator('.readonly-percent')).toHaveText(percentVi((TRAINED_FIRST / IN_POST) * 100));
  await expect(t1a.locator('.previous')).toContainText(`Năm ${Number(YEAR) - 1}`);
  await expect(reviewer.locator('[data-indicator="STI_APPLICATION_MODELS"]')).toContainText('Một cửa điện tử liên thông');
  const full = (await (await request.get(`/api/v1/submissions/${submitted!.id}`, { headers: bearer(reviewerToken) })).json()) as {
    onTime: boolean;
    warnings: Array<{ indicatorCode: string }>;
  };
  await expect(reviewer.locator('.jump-flag')).toHaveCount(full.warnings.length);
  for (const warning of full.warnings) {
    await expect(reviewer.locator(`.readonly-form [data-indicator="${warning.indicatorCode}"] .jump-flag`)).toContainText(/tăng|giảm/);
  }
  await expect(reviewer.locator('.review-summary')).toContainText(full.onTime ? 'Đúng hạn' : 'Trễ hạn');
  const history = reviewer.locator('.timeline');
  await expect(history).toContainText('phuong1 đã gửi duyệt');
  await screenshot(reviewer, 'review-detail');
  await reviewer.setViewportSize({ width: 390, height: 844 });
  await screenshot(reviewer, 'review-detail-phone', { fullPage: false });
  await reviewer.setViewportSize({ width: 1280, height: 800 });

  // Returning needs a reason, asked for in Vietnamese before anything is sent.
  await reviewer.getByRole('button', { name: 'Trả lại', exact: true }).click();
  const dialog = reviewer.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Trả lại', exact: true }).click();
  await expect(dialog.getByText('Vui lòng nhập lý do trả lại để đơn vị biết cần sửa gì.')).toBeVisible();
  await expect(dialog.getByLabel(/Lý do/)).toHaveAttribute('aria-invalid', 'true');
  await screenshot(reviewer, 'review-return-dialog', { fullPage: false });
  await dialog.getByLabel(/Lý do/).fill(RETURN_COMMENT);
  await dialog.getByRole('button', { name: 'Trả lại', exact: true }).click();
  await expect(reviewer.getByText('Đã trả lại báo cáo cho đơn vị.')).toBeVisible();
  await expect(history).toContainText('reviewer đã trả lại');
  await expect(history).toContainText(RETURN_COMMENT);

  // A reviewer reads reports but cannot enter a unit's data, on screen or through the API.
  await reviewer.goto(`/data-entry?plan=${PLAN}&ou=${UNIT}&pe=${YEAR}`);
  await expect(reviewer.getByText('Tài khoản của bạn chỉ xem được báo cáo của đơn vị này, không sửa được.')).toBeVisible();
  await expect(reviewer.getByRole('button', { name: 'Lưu nháp' })).toHaveCount(0);
  const current = await findReport(request, reviewerToken, UNIT, YEAR);
  const reviewerWrites = await request.put(`/api/v1/submissions/${current!.id}`, {
    headers: { ...bearer(reviewerToken), 'If-Match': `"${current!.version}"` },
    data: { comment: null, values: [] },
  });
  expect(reviewerWrites.status()).toBe(403);

  // --- The officer reads the comment, fixes the figure and submits again.
  await officer.goto(`/data-entry?plan=${PLAN}&ou=${UNIT}&pe=${YEAR}`);
  await expect(officer.getByText(/Báo cáo bị trả lại bởi reviewer/)).toBeVisible();
  // The comment shows in the return notice and, since issue 18, in the report's history below the form.
  await expect(officer.getByRole('paragraph').filter({ hasText: RETURN_COMMENT })).toBeVisible();
  await expect(officer.locator('blockquote.timeline__comment').filter({ hasText: RETURN_COMMENT })).toBeVisible();
  await officer.getByLabel('Số cán bộ phụ trách kinh tế đã được bồi dưỡng').fill(String(TRAINED_FIXED));
  await officer.getByRole('button', { name: /Lưu và gửi duyệt/ }).click();
  await officer.getByRole('dialog').getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(officer.getByText('Đã gửi báo cáo để duyệt.')).toBeVisible();

  // --- The reviewer opens it again from the queue: the fix is in the history.
  await reviewer.goto(`/review?plan=${PLAN}&pe=${YEAR}&type=WARD`);
  await reviewer.getByRole('link', { name: `Xem xét báo cáo của Phường 1, Năm ${YEAR}` }).click();
  await expect(t1a.locator('.readonly-percent')).toHaveText(percentVi((TRAINED_FIXED / IN_POST) * 100));
  const fix = history.locator('.timeline__changes li').filter({ hasText: 'phụ trách kinh tế đã được bồi dưỡng' }).last();
  await expect(fix.locator('.timeline__old')).toHaveText(String(TRAINED_FIRST));
  await expect(fix.locator('.timeline__new')).toHaveText(String(TRAINED_FIXED));

  // Meanwhile someone else returns it and the officer resubmits it: the reviewer's copy is stale.
  const resubmitted = await findReport(request, reviewerToken, UNIT, YEAR);
  const returned = await request.post(`/api/v1/submissions/${resubmitted!.id}/return`, {
    headers: { ...bearer(reviewerToken), 'If-Match': `"${resubmitted!.version}"` },
    data: { comment: 'Trả lại nhầm.' },
  });
  expect(returned.ok(), await returned.text()).toBeTruthy();
  const again = await request.post(`/api/v1/submissions/${resubmitted!.id}/submit`, {
    headers: { ...bearer(reporterToken), 'If-Match': `"${((await returned.json()) as { version: number }).version}"` },
    data: {},
  });
  expect(again.ok(), await again.text()).toBeTruthy();

  // Approving the stale copy is refused (412) and said so; after reloading, approval goes through.
  await reviewer.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await reviewer.getByRole('dialog').getByRole('button', { name: 'Duyệt', exact: true }).click();
  await expect(reviewer.getByText('Báo cáo đã thay đổi trong lúc bạn xem')).toBeVisible();
  await screenshot(reviewer, 'review-conflict', { fullPage: false, keepSticky: true });
  await reviewer.getByRole('button', { name: 'Tải lại báo cáo' }).click();
  await expect(history).toContainText('Trả lại nhầm.');
  await reviewer.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await reviewer.getByRole('dialog').getByRole('button', { name: 'Duyệt', exact: true }).click();
  await expect(reviewer.getByText('Đã duyệt báo cáo.')).toBeVisible();
  await expect(reviewer.locator('.page-head').getByText('Đã duyệt')).toBeVisible();

  // --- T1A's figure for the year now includes Phường 1's approved 3 of 4.
  const after = await targetFigure(request, reviewerToken, 'T1A', YEAR);
  expect(after.figure).toBeCloseTo(expected, 3);
  await reviewer.goto(`/targets/T1A?plan=${PLAN}&year=${YEAR}`);
  await expect(yearRow(reviewer)).toHaveText(percentVi(expected));
  expect(percentVi(expected)).not.toBe(shown(before));
  await expect(reviewer.getByTestId('year-summary')).toContainText(percentVi(expected));
  await expect(reviewer.locator('tr[data-unit="P01"]')).toContainText(percentVi((TRAINED_FIXED / IN_POST) * 100));
  await expect(reviewer.locator('.chart[data-rendered="true"]')).toHaveCount(2);
  await screenshot(reviewer, 'target-detail');
  await reviewer.setViewportSize({ width: 390, height: 844 });
  await screenshot(reviewer, 'target-detail-phone', { fullPage: false });
  await reviewer.setViewportSize({ width: 1280, height: 800 });

  // The officer sees the same figure on the overview's T1A card (approved reports count for everyone).
  await officer.goto(`/?plan=${PLAN}`);
  await officer.getByRole('link', { name: 'Xem chi tiết mục tiêu T1A' }).click();
  await expect(yearRow(officer)).toHaveText(percentVi(expected));

  // --- Who has reported: Phường 1's year is approved now.
  await reviewer.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tình hình nộp' }).click();
  await reviewer.getByLabel('Loại đơn vị').selectOption('WARD');
  const cell = reviewer.locator('tr[data-unit="P01"] td').nth(Number(YEAR) - 2016);
  await expect(cell).toContainText('Đã duyệt');
  await expect(reviewer.getByRole('row', { name: /Trường THCS/ })).toHaveCount(0);
  await screenshot(reviewer, 'completeness');
  await reviewer.setViewportSize({ width: 390, height: 844 });
  await screenshot(reviewer, 'completeness-phone', { fullPage: false });

  await officer.context().close();
  await reviewer.context().close();
});
