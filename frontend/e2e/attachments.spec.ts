import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './csp';
import { ADMIN, apiToken, bearer, freeYear, pageAs, PLAN, REVIEWER, SCREENSHOT_DIR } from './helpers';

/**
 * A one-page A4 PDF as a word processor would write it: a black bar over a line of Helvetica, with the
 * cross-reference table's offsets counted here — the server draws its first page, so it must be a real PDF.
 */
function onePagePdf(text: string): Buffer {
  const content = `0 0 0 rg 72 700 451 40 re f BT /F1 28 Tf 72 640 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/**
 * Evidence and the conversation around a report (issue 18): a ward officer attaches a PDF to one value with the
 * paperclip beside it, sees it listed and previewed (the picture the server draws of its first page, in an <img>
 * under the app's Content-Security-Policy), attaches another with the keyboard through the labelled file button;
 * once the report is submitted and the reviewer returns it with a
 * comment, the officer's bell counts the notice and the inbox shows it with the comment.
 *
 * Its own officer and ward (created here through the API), so the demo officer's free years stay for
 * review.spec: a returned report cannot be deleted afterwards.
 */
const UNIT = 'P12'; // no 2020 report in the demo data, and no other spec's ward
const OFFICER = { username: `e2e-dinh-kem-${Date.now().toString(36)}`, password: 'mat-khau-dinh-kem-e2e' };
const RETURN_COMMENT = 'Đề nghị đính kèm thêm danh sách lớp bồi dưỡng có chữ ký.';
const PDF_NAME = 'Quyết định 123-QĐ-UBND.pdf';
const SECOND_NAME = 'Danh sách lớp bồi dưỡng.pdf';
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
  const pdf = onePagePdf('Quyet dinh 123/QD-UBND');
  await (await chooser).setFiles({ name: PDF_NAME, mimeType: 'application/pdf', buffer: pdf });

  const panel = officer.getByRole('region', { name: 'Tệp đính kèm (minh chứng)' });
  // The app's own file button, in Vietnamese: not the browser's "Choose File / No file chosen".
  await expect(panel.locator('label.file-picker__button')).toHaveText('Chọn tệp để tải lên');
  await expect(panel.getByText(`Đã đính kèm tệp “${PDF_NAME}”.`)).toBeVisible();
  const item = panel.locator(`li[data-attachment="${PDF_NAME}"]`);
  await expect(item).toContainText(PDF_NAME);
  await expect(item).toContainText('PDF');
  await expect(item).toContainText(`tải lên bởi ${OFFICER.username}`);
  await expect(item.getByRole('button', { name: `Xoá tệp “${PDF_NAME}”` })).toBeVisible();
  const stored = await request.get(`/api/v1/submissions/${reportId}/attachments`, { headers: bearer(officerToken) });
  const files = ((await stored.json()) as { items: { fileName: string; indicatorCode: string | null; size: number }[] }).items;
  expect(files).toEqual([expect.objectContaining({ fileName: PDF_NAME, indicatorCode: 'STI_DATABASE', size: pdf.length })]);
  await expect(panel.getByText('Chưa chọn tệp nào')).toBeVisible();

  // --- The preview: the first page drawn by the server, a PNG 800 pixels wide at most, in an <img>.
  await item.getByRole('button', { name: `Xem trước “${PDF_NAME}”` }).click();
  const picture = panel.getByRole('img', { name: `Trang đầu của tệp “${PDF_NAME}”` });
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  const size = await picture.evaluate((img: HTMLImageElement) => ({ width: img.naturalWidth, height: img.naturalHeight }));
  // A4 is 595 × 842 points: about 800 × 1132 pixels.
  expect(size.width).toBeGreaterThanOrEqual(799);
  expect(size.width).toBeLessThanOrEqual(800);
  expect(Math.abs(size.height - 1132)).toBeLessThanOrEqual(2);
  await expect(panel.locator('iframe')).toHaveCount(0);
  await picture.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: `${SCREENSHOT_DIR}/attachment-preview.png`, animations: 'disabled' });

  // --- A second file with the keyboard alone: the hidden input takes the focus, its label shows the ring.
  await panel.getByLabel('Đính kèm cho').selectOption('');
  await panel.getByLabel('Đính kèm cho').focus();
  await officer.keyboard.press('Tab');
  const input = panel.getByLabel('Chọn tệp để tải lên');
  await expect(input).toBeFocused();
  await expect(panel.locator('label.file-picker__button')).toHaveCSS('outline-style', 'solid');
  const keyboardChooser = officer.waitForEvent('filechooser');
  await officer.keyboard.press('Enter');
  await (await keyboardChooser).setFiles({ name: SECOND_NAME, mimeType: 'application/pdf', buffer: onePagePdf('Danh sach lop') });
  await expect(panel.getByText(`Đã đính kèm tệp “${SECOND_NAME}”.`)).toBeVisible();
  await expect(panel.locator(`li[data-attachment="${SECOND_NAME}"]`)).toContainText('Cả báo cáo');
  const scan = await new AxeBuilder({ page: officer }).include('section.attachments').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(scan.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

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
