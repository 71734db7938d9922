import { expect, test } from './csp';
import { apiToken, bearer, deleteReport, findReport, freeYear, REPORTER, screenshot, signIn } from './helpers';

/**
 * The officer's journey: the Phường 1 officer signs in, reports a year with the keyboard only,
 * trips over a ratio whose numerator exceeds its denominator, fixes it, saves, reloads and finds
 * the figures again. The year is one the demo data left open (its draft, if any, is deleted
 * first, and the e2e's own draft afterwards).
 */
const UNIT = 'P01';
let YEAR = '';
let token = '';

test.beforeAll(async ({ request }) => {
  token = await apiToken(request, REPORTER);
  YEAR = await freeYear(request, token, UNIT);
});

test.afterAll(async ({ request }) => {
  const report = await findReport(request, token, UNIT, YEAR);
  if (report?.status === 'DRAFT') await deleteReport(request, token, report);
});

test('an officer enters a draft report with the keyboard and finds it again', async ({ page }) => {
  // Signed out, the app asks to sign in and then comes back.
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('heading', { name: 'Đăng nhập để tiếp tục' })).toBeVisible();
  await screenshot(page, 'sign-in');
  await signIn(page, REPORTER);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Kế hoạch hoạt động khoa học');
  // A ward officer has no administration menu.
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Quản trị' })).toHaveCount(0);
  await expect(page.getByRole('article')).toHaveCount(7);
  // Wait for what the screenshot shows: every target's progress, and the chart drawn (it loads
  // only once scrolled to).
  await expect(page.locator('.target-card .progress')).toHaveCount(7);
  await page.locator('.chart').scrollIntoViewIfNeeded();
  await expect(page.locator('.chart[data-rendered="true"]')).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'overview');

  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Nhập liệu' }).click();
  await expect(page.getByRole('heading', { name: 'Nhập số liệu' })).toBeVisible();

  // Unit: type to search (tone marks optional), Enter picks the first match.
  const unitBox = page.getByRole('combobox', { name: /Đơn vị báo cáo/ });
  await unitBox.click();
  await page.keyboard.type('phuong 1');
  await expect(page.getByRole('option').first()).toHaveText(/^Phường 1(?!\d)/);
  await page.keyboard.press('Enter');
  await expect(unitBox).toHaveValue('Phường 1');

  // Period: a native select, operated from the keyboard.
  await page.keyboard.press('Tab');
  const periodSelect = page.getByLabel(/Kỳ báo cáo/);
  await expect(periodSelect).toBeFocused();
  await periodSelect.selectOption(YEAR);
  await expect(page).toHaveURL(/ou=P01/);
  await expect(page).toHaveURL(new RegExp(`pe=${YEAR}`));
  await expect(page.getByRole('heading', { name: `Phường 1 · Năm ${YEAR}` })).toBeVisible();
  // Last year's figures are shown beside this year's inputs.
  await expect(page.locator('[data-indicator="ECON_OFFICER_TRAINING"] .previous')).toContainText(`Năm ${Number(YEAR) - 1}`);
  await screenshot(page, 'data-entry-empty');

  // T1a: ward economic officers, 5 trained out of 4 in post (a mistake, caught below).
  const trained = page.getByLabel('Số cán bộ phụ trách kinh tế đã được bồi dưỡng');
  await trained.focus();
  await page.keyboard.type('5');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Tổng số cán bộ phụ trách kinh tế')).toBeFocused();
  await page.keyboard.type('4');
  // T1b: civil servants 30 of 60; the share is shown as it is typed.
  await page.keyboard.press('Tab');
  await page.keyboard.type('30');
  await page.keyboard.press('Tab');
  await page.keyboard.type('60');
  const t1b = page.locator('[data-indicator="CIVIL_SERVANT_TRAINING"]');
  await expect(t1b.getByRole('status').or(t1b.locator('output'))).toContainText('50,0\u00a0%');
  // T2: the ward has an S&T statistics database → "Có" (Space checks the focused radio).
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-indicator="STI_DATABASE"]').getByRole('radio', { name: 'Có' })).toBeFocused();
  await page.keyboard.press('Space');
  // T3: two named application models, the first one an IT-for-procedures model.
  const models = page.locator('[data-indicator="STI_APPLICATION_MODELS"]');
  await page.keyboard.press('Tab'); // "Bỏ chọn" (clear the answer)
  await page.keyboard.press('Tab');
  await expect(models.getByLabel(/Số lượng/)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(models.getByRole('button', { name: /Thêm mục/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(models.getByLabel('Tên mục 1')).toBeFocused();
  await page.keyboard.type('Một cửa điện tử liên thông');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(models.getByRole('checkbox').first()).toBeChecked();
  await page.keyboard.press('Tab'); // remove item 1
  await page.keyboard.press('Tab'); // add item
  await page.keyboard.press('Enter');
  await expect(models.getByLabel('Tên mục 2')).toBeFocused();
  await page.keyboard.type('Số hoá hồ sơ hộ tịch');
  await expect(models.getByLabel(/Số lượng/)).toHaveValue('2');
  // T5: the ward ran a creative-labour movement → "Có".
  await page.keyboard.press('Tab'); // flag of item 2
  await page.keyboard.press('Tab'); // remove item 2
  await page.keyboard.press('Tab'); // add item
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-indicator="CREATIVE_MOVEMENT"]').getByRole('radio', { name: 'Có' })).toBeFocused();
  await page.keyboard.press('Space');
  // Initiatives recognised: 3; then Enter saves.
  await page.keyboard.press('Tab'); // "Bỏ chọn"
  await page.keyboard.press('Tab');
  const initiatives = page.locator('[data-indicator="IMPROVEMENT_INITIATIVES"]').getByLabel(/Số lượng/);
  await expect(initiatives).toBeFocused();
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');

  // The numerator above its denominator is refused, next to the input, which gets the focus.
  const error = page.locator('[data-indicator="ECON_OFFICER_TRAINING"] .field__error');
  await expect(error).toHaveText('Tử số không được lớn hơn mẫu số.');
  await expect(trained).toBeFocused();
  await expect(trained).toHaveAttribute('aria-invalid', 'true');
  await screenshot(page, 'data-entry-error', { fullPage: false });

  // Fix it and save with Enter.
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('3');
  await expect(error).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Đã lưu bản nháp lúc/)).toBeVisible();
  await expect(page.locator('.entry-head').getByText('Nháp')).toBeVisible();

  // Reload: every figure comes back from the server.
  await page.reload();
  await expect(trained).toHaveValue('3');
  await expect(page.getByLabel('Tổng số cán bộ phụ trách kinh tế')).toHaveValue('4');
  await expect(page.getByLabel('Số cán bộ, công chức đã được bồi dưỡng')).toHaveValue('30');
  await expect(page.getByLabel('Tổng số cán bộ, công chức')).toHaveValue('60');
  await expect(page.locator('[data-indicator="STI_DATABASE"]').getByRole('radio', { name: 'Có' })).toBeChecked();
  await expect(models.getByLabel('Tên mục 1')).toHaveValue('Một cửa điện tử liên thông');
  await expect(models.getByLabel('Tên mục 2')).toHaveValue('Số hoá hồ sơ hộ tịch');
  await expect(models.getByRole('checkbox').first()).toBeChecked();
  await expect(models.getByRole('checkbox').nth(1)).not.toBeChecked();
  await expect(models.getByLabel(/Số lượng/)).toHaveValue('2');
  await expect(page.locator('[data-indicator="CREATIVE_MOVEMENT"]').getByRole('radio', { name: 'Có' })).toBeChecked();
  await expect(initiatives).toHaveValue('3');
  await screenshot(page, 'data-entry');

  // The same screen on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'data-entry-phone', { fullPage: false });
  await page.getByRole('button', { name: /Mở menu/ }).click();
  await expect(page.getByRole('link', { name: 'Báo cáo', exact: true })).toBeVisible();
  await screenshot(page, 'menu-phone', { fullPage: false });
  await page.setViewportSize({ width: 1280, height: 800 });

  // English, remembered across a reload.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Data entry' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save draft' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ward economic officers trained in S&T state management' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Economic officers trained', exact: true })).toHaveValue('3');
  await page.reload();
  await expect(page.getByRole('heading', { name: `Ward 1 · ${YEAR}` })).toBeVisible();
  await screenshot(page, 'data-entry-en');
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.getByRole('heading', { name: 'Nhập số liệu' })).toBeVisible();
});

test('a report changed elsewhere is not overwritten', async ({ page, request }) => {
  await page.goto(`/sign-in?next=${encodeURIComponent(`/data-entry?ou=${UNIT}&pe=${YEAR}`)}`);
  await signIn(page, REPORTER);
  const initiatives = page.locator('[data-indicator="IMPROVEMENT_INITIATIVES"]').getByLabel(/Số lượng/);
  await expect(initiatives).toHaveValue('3');

  // Someone else saves the same report meanwhile.
  const report = await findReport(request, token, UNIT, YEAR);
  expect(report).not.toBeNull();
  const changed = await request.put(`/api/v1/submissions/${report!.id}`, {
    headers: { ...bearer(token), 'If-Match': `"${report!.version}"` },
    data: { comment: 'Sửa từ nơi khác', values: [{ indicatorCode: 'IMPROVEMENT_INITIATIVES', number: 7 }] },
  });
  expect(changed.ok()).toBeTruthy();

  await initiatives.fill('4');
  await initiatives.press('Enter');
  await expect(page.getByText('Báo cáo đã bị người khác thay đổi')).toBeVisible();
  await screenshot(page, 'data-entry-conflict', { fullPage: false });
  await page.getByRole('button', { name: 'Tải lại báo cáo' }).click();
  await expect(initiatives).toHaveValue('7');

  // Submitting needs every indicator answered: the API names the missing ones, shown on each.
  await page.getByRole('button', { name: /Gửi duyệt/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(page.locator('[data-indicator="STI_DATABASE"] .field__error')).toContainText('chưa có số liệu');
  await expect(page.locator('.entry-head').getByText('Nháp')).toBeVisible();
  await screenshot(page, 'data-entry-submit-refused', { fullPage: false });
});
