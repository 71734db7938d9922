import { expect, test } from './csp';
import { ADMIN, screenshot, signIn } from './helpers';

/** The administrator's screens, each one captured; the API's own validation shows on the fields. */
test('an administrator manages units, indicators, targets and plans and sees every report', async ({ page }) => {
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, ADMIN);
  await expect(page).toHaveURL(/\/admin\/org-units/);

  // Reporting units as a tree; a duplicate code is refused by the API, next to the code input.
  await expect(page.getByRole('heading', { name: /Đơn vị báo cáo/ })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Phường 16', exact: true })).toBeVisible();
  await screenshot(page, 'admin-org-units');
  await page.getByRole('button', { name: /Thêm mới/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Mã/).fill('P01');
  await dialog.getByLabel('Tên (tiếng Việt)').fill('Phường thử');
  await dialog.getByLabel('Tên (tiếng Anh)').fill('Test ward');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.getByText('P01 đã được sử dụng.')).toBeVisible();
  await expect(dialog.getByLabel(/^Mã/)).toHaveAttribute('aria-invalid', 'true');
  await screenshot(page, 'admin-org-unit-form', { fullPage: false });
  await dialog.getByRole('button', { name: 'Huỷ' }).click();
  await expect(dialog).toBeHidden();

  // Filtering by type turns the tree into a list.
  await page.getByLabel('Lọc theo loại').selectOption('SCHOOL');
  await expect(page.getByRole('cell', { name: 'Phường 1', exact: true })).toHaveCount(0);
  await expect(page.getByRole('cell', { name: 'Trường THCS Lữ Gia', exact: true })).toBeVisible();

  const sections = page.getByRole('navigation', { name: 'Mục quản trị' });
  await sections.getByRole('link', { name: 'Chỉ tiêu theo dõi' }).click();
  await expect(page.getByText('ECON_OFFICER_TRAINING', { exact: true })).toBeVisible();
  await screenshot(page, 'admin-indicators');
  await page.getByRole('button', { name: 'Sửa: STI_APPLICATION_MODELS' }).click();
  await expect(page.getByRole('dialog').getByLabel('Đánh dấu cho từng mục (tiếng Việt)')).toHaveValue(/Ứng dụng CNTT/);
  await screenshot(page, 'admin-indicator-form', { fullPage: false });
  await page.getByRole('dialog').getByRole('button', { name: 'Huỷ' }).click();

  await sections.getByRole('link', { name: 'Mục tiêu' }).click();
  await expect(page.getByRole('row', { name: /T1A/ })).toContainText('100\u00a0% — đến năm 2020');
  await expect(page.getByRole('row', { name: /T4/ })).toContainText('≥ 3 — hằng năm');
  await screenshot(page, 'admin-targets');

  await sections.getByRole('link', { name: 'Kế hoạch' }).click();
  await expect(page.getByText('D11-STI-2016-2020', { exact: true })).toBeVisible();
  await screenshot(page, 'admin-plans');

  // The plan as a document: downloaded, then imported again — the dry run finds nothing to change.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải định nghĩa kế hoạch: D11-STI-2016-2020' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('D11-STI-2016-2020.plan.json');
  await page.getByRole('button', { name: 'Nhập định nghĩa' }).click();
  await page.getByLabel('Tệp định nghĩa (JSON)').setInputFiles((await download.path())!);
  await expect(page.getByText(/Thêm mới: 0 · Thay đổi: 0 · Không đổi: \d+/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nhập', exact: true })).toBeDisabled();
  await page.getByRole('button', { name: 'Huỷ' }).click();
  // The example plan of `make run`, from its own definition document: every kind of target, with a status.
  await expect(page.getByText('EXAMPLE-2021-2025', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: /Kế hoạch mẫu phát triển kinh tế – xã hội/ }).click();
  await expect(page.getByText('Giảm tỷ lệ hộ nghèo xuống dưới 0,5% vào năm 2025').first()).toBeVisible();
  await expect(page.getByText('Hằng năm giải quyết ít nhất 1.200 hồ sơ hành chính').first()).toBeVisible();
  await page.goto('/admin/plans');

  // Reports: the demo reports say so.
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Báo cáo', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Báo cáo', level: 1 })).toBeVisible();
  await page.getByLabel('Kỳ', { exact: true }).selectOption('2019');
  await expect(page.getByText('Dữ liệu minh hoạ').first()).toBeVisible();
  await screenshot(page, 'reports');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'reports-phone', { fullPage: false });
  await page.setViewportSize({ width: 1280, height: 800 });

  // A demo report opens in data entry, read-only once approved, with its label.
  await page.getByLabel('Đơn vị', { exact: true }).selectOption('P01');
  await expect(page.getByRole('row')).toHaveCount(2);
  await page.getByRole('link', { name: /Mở báo cáo của Phường 1,/ }).click();
  await expect(page.getByRole('heading', { name: 'Phường 1 · Năm 2019' })).toBeVisible();
  await expect(page.getByText('Đây là dữ liệu minh hoạ, không phải báo cáo thật của đơn vị.')).toBeVisible();
  await screenshot(page, 'data-entry-demo');

  // The overview, with the reports received per year drawn by the lazily loaded chart.
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tổng quan' }).click();
  await page.locator('.chart').scrollIntoViewIfNeeded();
  await expect(page.locator('.chart[data-rendered="true"] svg')).toBeVisible();
  await expect(page.locator('.target-card .progress')).toHaveCount(7);
  await screenshot(page, 'overview-admin');
});
