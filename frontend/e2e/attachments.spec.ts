import { expect, test } from './csp';
import { ADMIN, apiToken, bearer, freeYear, pageAs, PLAN, REVIEWER } from './helpers';

/**
 * Evidence and the conversation around a report (issue 18): a ward officer attaches a PDF to one value with the
 * paperclip beside it and sees it listed; once the report is submitted and the reviewer returns it with a
 * comment, the officer's bell counts the notice and the inbox shows it with the comment.
 *
 * Its own officer and ward (created here through the API), so the demo officer's free years stay for
 * review.spec: a returned report cannot be deleted afterwards.
 */
const UNIT = 'P12'; // no 2020 report in the demo data, and no other spec's ward
const OFFICER = { username: `e2e-dinh-kem-${Date.now().toString(36)}`, password: 'mat-khau-dinh-kem-e2e' };
const RETURN_COMMENT = 'Đề nghị đính kèm thêm danh sách lớp bồi dưỡng có chữ ký.';
const PDF_NAME = 'Quyết định 123-QĐ-UBND.pdf';
const WARD_VALUES = [
  { indicatorCode: 'ECON_OFFICER_TRAINING', numerator: 2, denominator: 3 },
  { indicatorCode: 'CIVIL_SERVANT_TRAINING', numerator: 10, denominator: 24 },
  { indicatorCode: 'STI_DATABASE', answer: true },
  { indicatorCode: 'STI_APPLICATION_MODELS', number: 1, items: [{ name: 'Một cửa điện tử', flagged: true }] },
  { indicatorCode: 'CREATIVE_MOVEMENT', answer: true },
  { indicatorCode: 'IMPROVEMENT_INITIATIVES', number: 4 },
];

let reportId = 0;
let year = '';
let officerToken = '';

test.beforeAll(async ({ request }) => {
  const admin = await apiToken(request, ADMIN);
  const created = await request.post('/api/v1/users', {
    headers: bearer(admin),
    data: { username: OFFICER.username, displayName: 'Cán bộ Phường 12 (kiểm thử)', role: 'REPORTER', unitCodes: [UNIT], password: OFFICER.password },
  });
  expect(created.status(), await created.text()).toBe(201);
  officerToken = await apiToken(request, OFFICER);
  year = await freeYear(request, officerToken, UNIT);
  const draft = await request.post('/api/v1/submissions', {
    headers: bearer(officerToken),
    data: { planCode: PLAN, orgUnitCode: UNIT, period: year, values: WARD_VALUES },
  });
  expect(draft.status(), await draft.text()).toBe(201);
  reportId = ((await draft.json()) as { id: number }).id;
});

test('an officer attaches a PDF to a value and sees it listed; a return with a comment reaches the inbox', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const officer = await pageAs(browser, OFFICER, `/data-entry?plan=${PLAN}&ou=${UNIT}&pe=${year}`);

  // --- The paperclip beside "CSDL KH&CN" opens the file chooser with that value chosen.
  const value = officer.locator('section.indicator[data-indicator="STI_DATABASE"]');
  const chooser = officer.waitForEvent('filechooser');
  await value.getByRole('button', { name: /^Đính kèm tệp cho/ }).click();
  const pdf = Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n${'%'.repeat(2000)}\n%%EOF\n`);
  await (await chooser).setFiles({ name: PDF_NAME, mimeType: 'application/pdf', buffer: pdf });

  const panel = officer.getByRole('region', { name: 'Tệp đính kèm (minh chứng)' });
  await expect(panel.getByText(`Đã đính kèm tệp “${PDF_NAME}”.`)).toBeVisible();
  const item = panel.locator(`li[data-attachment="${PDF_NAME}"]`);
  await expect(item).toContainText(PDF_NAME);
  await expect(item).toContainText('PDF');
  await expect(item).toContainText(`tải lên bởi ${OFFICER.username}`);
  await expect(item.getByRole('button', { name: `Xoá tệp “${PDF_NAME}”` })).toBeVisible();
  const stored = await request.get(`/api/v1/submissions/${reportId}/attachments`, { headers: bearer(officerToken) });
  const files = ((await stored.json()) as { items: { fileName: string; indicatorCode: string | null; size: number }[] }).items;
  expect(files).toEqual([expect.objectContaining({ fileName: PDF_NAME, indicatorCode: 'STI_DATABASE', size: pdf.length })]);

  // --- Submitted, then returned by the reviewer with a comment.
  const submitted = await request.post(`/api/v1/submissions/${reportId}/submit`, { headers: { ...bearer(officerToken), 'If-Match': '"0"' } });
  expect(submitted.ok(), await submitted.text()).toBeTruthy();
  const reviewerToken = await apiToken(request, REVIEWER);
  const returned = await request.post(`/api/v1/submissions/${reportId}/return`, {
    headers: { ...bearer(reviewerToken), 'If-Match': '"1"' },
    data: { comment: RETURN_COMMENT },
  });
  expect(returned.ok(), await returned.text()).toBeTruthy();

  // --- The officer's bell counts it, and the inbox shows it with the comment.
  await officer.reload();
  const bell = officer.getByRole('link', { name: /^Thông báo: \d+ chưa đọc$/ });
  await expect(bell).toBeVisible();
  await expect(bell.locator('svg')).toBeVisible();
  await bell.click();
  await expect(officer).toHaveURL(/\/notifications/);
  const notice = officer.locator('li.notice').filter({ hasText: RETURN_COMMENT });
  await expect(notice).toContainText(`kỳ ${year}`);
  await expect(notice).toContainText('reviewer');
  await expect(officer.locator('li.notice--unread').filter({ hasText: RETURN_COMMENT })).toHaveCount(1);
});
