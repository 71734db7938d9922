import type { Page } from '@playwright/test';
import { expect, test } from './csp';
import { ADMIN, SCREENSHOT_DIR, screenshot, signIn } from './helpers';

/** Opens the new-target form on the plan's targets, in the administration. */
async function newTarget(page: Page) {
  await page.getByRole('navigation', { name: 'Mục quản trị' }).getByRole('link', { name: 'Mục tiêu' }).click();
  await page.getByRole('button', { name: /Thêm mới/ }).click();
  return page.getByRole('dialog');
}

async function deleteTarget(page: Page, code: string) {
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Quản trị' }).click();
  await page.getByRole('navigation', { name: 'Mục quản trị' }).getByRole('link', { name: 'Mục tiêu' }).click();
  await page.getByRole('button', { name: `Xoá: ${code}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xoá' }).click();
  await expect(page.getByRole('row', { name: new RegExp(code) })).toHaveCount(0);
}

/** Issue 16: an "at most by a year" target (K4) and a target with milestones (K10), made in the form and read on their page. */
test('an administrator sets an upper-limit target and a target with milestones, and reads them on their pages', async ({ page }) => {
  await page.goto('/admin');
  await signIn(page, ADMIN);
  await expect(page).toHaveURL(/\/admin\/org-units/);

  // K4: at most 1 000 initiatives by 2020; the form reads it back as a sentence.
  let dialog = await newTarget(page);
  await dialog.getByLabel(/^Mã/).fill('E2E-K4');
  await dialog.getByLabel(/Chỉ tiêu theo dõi/).selectOption('IMPROVEMENT_INITIATIVES');
  await dialog.getByLabel(/Nội dung \(tiếng Việt\)/).fill('Số sáng kiến không vượt quá 1.000 vào năm 2020');
  await dialog.getByLabel(/Nội dung \(tiếng Anh\)/).fill('At most 1,000 initiatives by 2020');
  await dialog.getByLabel(/Cách tính số liệu quận/).selectOption('SUM');
  await dialog.getByLabel(/^Chiều/).selectOption('AT_MOST');
  await expect(dialog.getByLabel(/Mức trên của khoảng/)).toHaveCount(0);
  await dialog.getByLabel(/Ngưỡng cần đạt/).fill('1000');
  await dialog.getByLabel(/^Thời hạn/).selectOption('BY_YEAR');
  await dialog.getByLabel(/Năm phải đạt/).selectOption('2020');
  await expect(dialog.getByText('Giảm xuống dưới 1.000 vào năm 2020', { exact: true })).toBeVisible();
  await screenshot(page, 'admin-target-form-at-most', { fullPage: false });
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /E2E-K4/ })).toContainText('≤ 1.000 — đến năm 2020');

  // Its page says how an upper limit is judged, and gives it a status.
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tổng quan' }).click();
  await page.getByRole('link', { name: 'Xem chi tiết mục tiêu E2E-K4' }).click();
  await expect(page.getByText(/Chiều “không vượt quá”: một năm đạt khi số liệu được so sánh nhỏ hơn hoặc bằng 1\.000/)).toBeVisible();
  await expect(page.locator('.target-hero__reason')).not.toBeEmpty();
  await screenshot(page, 'target-detail-at-most');

  // K10: 100 % by 2020 with a milestone; a milestone in the due year is refused next to its year.
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Quản trị' }).click();
  dialog = await newTarget(page);
  await dialog.getByLabel(/^Mã/).fill('E2E-K10');
  await dialog.getByLabel(/Chỉ tiêu theo dõi/).selectOption('ECON_OFFICER_TRAINING');
  await dialog.getByLabel(/Nội dung \(tiếng Việt\)/).fill('Lộ trình bồi dưỡng cán bộ');
  await dialog.getByLabel(/Nội dung \(tiếng Anh\)/).fill('Officer training path');
  await dialog.getByLabel(/Cách tính số liệu quận/).selectOption('RATIO_OF_SUMS');
  await dialog.getByLabel(/Ngưỡng cần đạt/).fill('100');
  await dialog.getByLabel(/^Thời hạn/).selectOption('BY_YEAR');
  await dialog.getByLabel(/Năm phải đạt/).selectOption('2020');
  await dialog.getByRole('button', { name: 'Thêm mốc' }).click();
  await dialog.getByLabel(/^Năm(?! phải)/).selectOption('2020');
  await dialog.getByLabel(/Ngưỡng năm đó/).fill('40');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.getByLabel(/^Năm(?! phải)/)).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByLabel(/^Năm(?! phải)/).selectOption('2018');
  await expect(dialog.getByText('Lộ trình: 2018 đạt 40\u00a0%; năm 2020 đạt 100\u00a0%', { exact: true })).toBeVisible();
  await screenshot(page, 'admin-target-form-milestones', { fullPage: false });
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();

  // Its page shows the threshold in force each year and explains the path.
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tổng quan' }).click();
  await page.getByRole('link', { name: 'Xem chi tiết mục tiêu E2E-K10' }).click();
  await expect(page.getByRole('columnheader', { name: 'Ngưỡng của năm' })).toBeVisible();
  await expect(page.getByText(/^Lộ trình: năm có mốc được so với ngưỡng của mốc \(2018 đạt 40,0\u00a0%\), năm 2020/)).toBeVisible();
  await screenshot(page, 'target-detail-milestones');

  // The seeded plan keeps its own targets for the other specs.
  await deleteTarget(page, 'E2E-K10');
  await deleteTarget(page, 'E2E-K4');
});

/** K11: allocations to the wards, made in the form, and each ward's own status on the target's page. */
test('an administrator allocates a target to wards and reads each ward against its own allocation', async ({ page }) => {
  await page.goto('/admin');
  await signIn(page, ADMIN);
  await expect(page).toHaveURL(/\/admin\/org-units/);

  const dialog = await newTarget(page);
  await dialog.getByLabel(/^Mã/).fill('E2E-K11');
  await dialog.getByLabel(/Chỉ tiêu theo dõi/).selectOption('IMPROVEMENT_INITIATIVES');
  await dialog.getByLabel(/Nội dung \(tiếng Việt\)/).fill('Giao chỉ tiêu sáng kiến cho từng phường');
  await dialog.getByLabel(/Nội dung \(tiếng Anh\)/).fill('Initiatives allocated to each ward');
  await dialog.getByLabel(/Cách tính số liệu quận/).selectOption('SUM');
  await dialog.getByLabel(/Ngưỡng cần đạt/).fill('10');
  // Phường 1 is given 0 (met by any report), Phường 2 a thousand (met by none); a school reports no initiatives.
  const allocations = dialog.getByTestId('allocations');
  await allocations.getByRole('button', { name: 'Thêm đơn vị được giao' }).click();
  await allocations.getByRole('button', { name: 'Thêm đơn vị được giao' }).click();
  const units = allocations.getByLabel(/^Đơn vị/);
  await expect(units.first().locator('option[value="THCS-LUGIA"]')).toHaveCount(0);
  await units.nth(0).selectOption('P01');
  await units.nth(1).selectOption('P02');
  await allocations.getByLabel(/^Chỉ tiêu giao/).nth(0).fill('0');
  await allocations.getByLabel(/^Chỉ tiêu giao/).nth(1).fill('1000');
  await expect(dialog.getByText('Đạt ít nhất 10 hằng năm · Giao chỉ tiêu cho 2 đơn vị', { exact: true })).toBeVisible();
  await screenshot(page, 'admin-target-form-allocations', { fullPage: false });
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();

  // Its page: each ward's allocation and its own status, and the share of wards meeting theirs.
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tổng quan' }).click();
  await page.getByRole('link', { name: 'Xem chi tiết mục tiêu E2E-K11' }).click();
  await expect(page.getByRole('columnheader', { name: 'Đơn vị đạt chỉ tiêu giao' })).toBeVisible();
  await expect(page.getByTestId('allocation-summary')).toContainText(/Đạt chỉ tiêu được giao: (\d+\/2 đơn vị|chưa có báo cáo)/);
  const p01 = page.locator('tr[data-unit="P01"]');
  const p02 = page.locator('tr[data-unit="P02"]');
  await expect(p01).toContainText('≥ 0');
  await expect(p02).toContainText('≥ 1.000');
  await expect(p02).toContainText('✕ ');
  await expect(p01).toContainText(/✓ |✕ /);
  // A ward without an allocation is not judged on a sum.
  await expect(page.locator('tr[data-unit="P03"]')).toContainText('—');
  await screenshot(page, 'target-detail-allocations');

  await deleteTarget(page, 'E2E-K11');
});

/** Issue 16: an administrator raises a threshold, gives the reason the form asks for, and the target's page keeps both versions. */
test('an administrator changes a threshold with a reason and reads it in the revision history', async ({ page }) => {
  const reason = 'Nghị quyết HĐND quận năm 2018 nâng mức sáng kiến phải đạt.';
  await page.goto('/admin');
  await signIn(page, ADMIN);
  await expect(page).toHaveURL(/\/admin\/org-units/);

  let dialog = await newTarget(page);
  await dialog.getByLabel(/^Mã/).fill('E2E-REV');
  await dialog.getByLabel(/Chỉ tiêu theo dõi/).selectOption('IMPROVEMENT_INITIATIVES');
  await dialog.getByLabel(/Nội dung \(tiếng Việt\)/).fill('Số sáng kiến cải tiến hằng năm');
  await dialog.getByLabel(/Nội dung \(tiếng Anh\)/).fill('Improvement initiatives each year');
  await dialog.getByLabel(/Cách tính số liệu quận/).selectOption('SUM');
  await dialog.getByLabel(/Ngưỡng cần đạt/).fill('10');
  // A new target has no history to explain: no reason is asked.
  await expect(dialog.getByLabel(/^Lý do điều chỉnh/)).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();

  // Raising the threshold changes the definition: the form asks why, and refuses to save without it.
  await page.getByRole('button', { name: 'Sửa: E2E-REV' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel(/Ngưỡng cần đạt/).fill('12');
  const why = dialog.getByLabel(/^Lý do điều chỉnh/);
  await expect(why).toBeVisible();
  await expect(dialog.getByText(/Định nghĩa mục tiêu thay đổi \(ngưỡng\)/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(why).toHaveAttribute('aria-invalid', 'true');
  await why.fill(reason);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /E2E-REV/ })).toContainText('12');

  // The target's page: version 2 first, with who, why and the threshold before and after; version 1 as created.
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tổng quan' }).click();
  await page.getByRole('link', { name: 'Xem chi tiết mục tiêu E2E-REV' }).click();
  const history = page.getByTestId('revision-history');
  await expect(history.getByRole('heading', { name: 'Lịch sử điều chỉnh' })).toBeVisible();
  const versions = history.getByTestId('revision');
  await expect(versions).toHaveCount(2);
  await expect(versions.nth(0)).toContainText('Phiên bản 2');
  await expect(versions.nth(0)).toContainText(ADMIN.username);
  await expect(versions.nth(0).locator('q')).toHaveText(reason);
  const change = versions.nth(0).getByRole('row', { name: /^Ngưỡng/ });
  await expect(change.getByRole('cell').nth(0)).toContainText('10');
  await expect(change.getByRole('cell').nth(1)).toContainText('12');
  await expect(versions.nth(0)).toContainText('Đạt ít nhất 12 hằng năm');
  await expect(versions.nth(1)).toContainText('Phiên bản 1');
  await expect(versions.nth(1)).toContainText('Mục tiêu như khi được tạo.');
  await expect(versions.nth(1)).toContainText('Đạt ít nhất 10 hằng năm');
  await history.scrollIntoViewIfNeeded();
  await history.screenshot({ path: `${SCREENSHOT_DIR}/target-revision-history.png`, animations: 'disabled' });

  await deleteTarget(page, 'E2E-REV');
});
