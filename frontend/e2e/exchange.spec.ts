import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Download, type Page } from '@playwright/test';
import { expect, test } from './csp';
import { apiToken, deleteReport, findReport, freeYear, pageAs, PLAN, REPORTER, REVIEWER, screenshot, signIn } from './helpers';

/**
 * Bulk exchange end to end: the Phường 1 officer downloads the ward's Excel template, uploads a
 * CSV with one bad row (the dry run refuses it and nothing is stored), then the corrected file,
 * confirms, and the figures are in the ward's draft report, read back through the API. A reviewer
 * exports them as CSV and Excel. The year is one the demo data left open (its draft, if any, is
 * deleted first); the draft the import creates is deleted afterwards.
 */
const UNIT = 'P01';
let YEAR = '';
let token = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ request }) => {
  token = await apiToken(request, REPORTER);
  YEAR = await freeYear(request, token, UNIT);
});

test.afterAll(async ({ request }) => {
  const report = await findReport(request, token, UNIT, YEAR);
  if (report?.status === 'DRAFT') await deleteReport(request, token, report);
});

/** Ward figures for the year as DHIS2 CSV: every data element a ward reports, a RATIO as two. */
function csv(initiatives: string): string {
  return [
    'dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value',
    `ECON_OFFICER_TRAINED,${YEAR},${UNIT},,,3`,
    `ECON_OFFICER_TOTAL,${YEAR},${UNIT},,,4`,
    `CIVIL_SERVANT_TRAINED,${YEAR},${UNIT},,,20`,
    `CIVIL_SERVANT_TOTAL,${YEAR},${UNIT},,,40`,
    `STI_DATABASE,${YEAR},${UNIT},,,true`,
    `CREATIVE_MOVEMENT,${YEAR},${UNIT},,,1`,
    `IMPROVEMENT_INITIATIVES,${YEAR},${UNIT},,,${initiatives}`,
    '',
  ].join('\r\n');
}

async function download(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { download: file, bytes: readFileSync(path) };
}

test('a ward officer downloads the template, has a bad row refused by the dry run, then imports the fixed file', async ({ page, request }) => {
  await page.goto('/sign-in');
  await signIn(page, REPORTER);
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Nhập/Xuất dữ liệu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nhập/Xuất dữ liệu' })).toBeVisible();
  // A reporter imports and gets templates, but does not export.
  await expect(page.getByRole('heading', { name: 'Xuất số liệu' })).toHaveCount(0);
  await expect(page.getByText('Biểu mẫu cho đơn vị của bạn: Phường 1.')).toBeVisible();

  // The ward's template for the year: a real workbook (a zip: "PK").
  const template = page.getByRole('region', { name: 'Tải biểu mẫu Excel' });
  await template.getByLabel(/Kỳ báo cáo/).selectOption(YEAR);
  const { download: workbook, bytes } = await download(page, () => template.getByRole('button', { name: /Tải biểu mẫu/ }).click());
  expect(workbook.suggestedFilename()).toBe(`mau_${PLAN}_${YEAR}.xlsx`);
  expect(bytes.length).toBeGreaterThan(1000);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(template.getByText(`Đã tải xuống tệp mau_${PLAN}_${YEAR}.xlsx.`)).toBeVisible();

  // A file with a count of 2.5: the dry run refuses line 8, and stores nothing.
  const importer = page.getByRole('region', { name: 'Nhập số liệu từ tệp' });
  const bad = test.info().outputPath('phuong1-sai.csv');
  writeFileSync(bad, csv('2.5'));
  await importer.getByLabel('Chọn tệp…').setInputFiles(bad);
  await expect(importer.getByRole('heading', { name: 'Kết quả kiểm tra thử' })).toBeVisible();
  await expect(importer.locator('.badge', { hasText: 'Có lỗi' })).toBeVisible();
  const conflicts = importer.getByRole('table', { name: 'Các dòng bị từ chối (1)' });
  const row = conflicts.getByRole('row').nth(1);
  await expect(row.getByRole('cell').nth(0)).toHaveText('8');
  await expect(row.getByRole('cell').nth(1)).toContainText('2.5');
  await expect(row.getByRole('cell').nth(2)).toContainText('số nguyên');
  await expect(row.getByRole('cell').nth(3)).toHaveText('E7623');
  await expect(importer.getByText('Sẽ không có gì được lưu', { exact: true })).toBeVisible();
  await expect(importer.getByRole('button', { name: 'Xác nhận nhập' })).toBeDisabled();
  await expect(importer.getByRole('status').filter({ hasText: 'Đã kiểm tra thử xong.' })).toHaveCount(1);
  expect(await findReport(request, token, UNIT, YEAR), 'a dry run stores nothing').toBeNull();
  // The summary, its table and alerts pass axe too (the accessibility spec scans the empty screen).
  const scan = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await screenshot(page, 'exchange');

  // The same screen on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await importer.getByRole('heading', { name: 'Kết quả kiểm tra thử' }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
  await screenshot(page, 'exchange-phone', { fullPage: false });
  await page.setViewportSize({ width: 1280, height: 800 });

  // The fixed file: every row would be added.
  const good = test.info().outputPath('phuong1.csv');
  writeFileSync(good, csv('2'));
  // The picker is reachable by keyboard; the file itself is handed over directly, because headless
  // Chromium does not always open a file chooser for a key press on it (flaky under load).
  const picker = importer.getByLabel('Chọn tệp khác…');
  await picker.focus();
  await expect(picker).toBeFocused();
  await picker.setInputFiles(good);
  await expect(importer.getByText('Sẵn sàng nhập', { exact: true })).toBeVisible();
  await expect(importer.locator('[data-count="imported"] dd')).toHaveText('7');
  expect(await findReport(request, token, UNIT, YEAR)).toBeNull();

  await importer.getByRole('button', { name: 'Xác nhận nhập' }).click();
  await expect(importer.getByRole('heading', { name: 'Kết quả nhập' })).toBeFocused();
  await expect(importer.locator('.badge', { hasText: 'Thành công' })).toBeVisible();
  await expect(importer.locator('[data-count="imported"] dt')).toHaveText('Đã thêm mới');
  await expect(importer.locator('[data-count="imported"] dd')).toHaveText('7');
  await screenshot(page, 'exchange-imported', { fullPage: false });

  // The figures are in the ward's draft, as the API reads them.
  const report = await findReport(request, token, UNIT, YEAR);
  expect(report?.status).toBe('DRAFT');
  const stored = await request.get('/api/v1/submissions', { params: { plan: PLAN, orgUnit: UNIT, period: YEAR }, headers: { Authorization: `Bearer ${token}` } });
  const values = Object.fromEntries(
    ((await stored.json()) as { items: Array<{ values: Array<{ indicatorCode: string }> }> }).items[0]!.values.map((v) => [v.indicatorCode, v]),
  );
  expect(values.ECON_OFFICER_TRAINING).toMatchObject({ numerator: 3, denominator: 4 });
  expect(values.CIVIL_SERVANT_TRAINING).toMatchObject({ numerator: 20, denominator: 40 });
  expect(values.STI_DATABASE).toMatchObject({ answer: true });
  expect(values.CREATIVE_MOVEMENT).toMatchObject({ answer: true });
  expect(values.IMPROVEMENT_INITIATIVES).toMatchObject({ number: 2 });

  // The reports are one click away.
  await importer.getByRole('link', { name: 'Xem các báo cáo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Báo cáo' })).toBeVisible();
});

test('a reviewer exports the figures as CSV and Excel, and cannot import', async ({ browser }) => {
  const page = await pageAs(browser, REVIEWER, '/exchange');
  await expect(page.getByRole('heading', { level: 1, name: 'Nhập/Xuất dữ liệu' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nhập số liệu từ tệp' })).toHaveCount(0);
  const exporter = page.getByRole('region', { name: 'Xuất số liệu' });
  await exporter.getByLabel('Kỳ báo cáo').selectOption(YEAR);
  await exporter.getByLabel('Đơn vị').selectOption(UNIT);
  await exporter.getByRole('radio', { name: 'CSV' }).check();
  const { download: csvFile, bytes: csvBytes } = await download(page, () => exporter.getByRole('button', { name: /Tải xuống/ }).click());
  expect(csvFile.suggestedFilename()).toBe(`${PLAN}_${YEAR}.csv`);
  const text = csvBytes.toString('utf8');
  expect(text).toContain('dataelement,period,orgunit');
  expect(text).toContain(`ECON_OFFICER_TRAINED,${YEAR},${UNIT},`);
  expect(text).toMatch(new RegExp(`IMPROVEMENT_INITIATIVES,${YEAR},${UNIT},[^,]*,[^,]*,2,`));

  await exporter.getByRole('radio', { name: 'Excel (.xlsx)' }).check();
  const { download: xlsx, bytes } = await download(page, () => exporter.getByRole('button', { name: /Tải xuống/ }).click());
  expect(xlsx.suggestedFilename()).toBe(`${PLAN}_${YEAR}.xlsx`);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  await page.context().close();
});
