import { expect, test } from './csp';
import { ADMIN, screenshot, signIn } from './helpers';

/**
 * The administrator's accounts and API tokens: a new reporter for Phường 2 (the rules asked for
 * in Vietnamese before anything is sent), who can then sign in, and cannot once deactivated; a
 * write token whose secret is shown once, works, and stops working when revoked.
 * Names carry a run stamp so the spec can run again on the same database.
 */
const STAMP = Date.now().toString(36);
const USERNAME = `e2e.phuong2.${STAMP}`;
const PASSWORD = 'mat-khau-du-dai-2020';
const TOKEN_NAME = `Phần mềm một cửa Phường 2 (${STAMP})`;

test('an administrator creates and deactivates an account, and creates and revokes an API token', async ({ page, request, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/admin/users');
  await signIn(page, ADMIN);
  await expect(page.getByRole('heading', { name: /Tài khoản/, level: 2 })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Cán bộ Phường 1 phuong1' })).toBeVisible();

  // A reporter needs units and a long enough password: said under each input, in Vietnamese.
  await page.getByRole('button', { name: /Thêm mới/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/Tên đăng nhập/).fill(USERNAME);
  await dialog.getByLabel(/Họ tên/).fill('Cán bộ Phường 2 (kiểm thử)');
  await dialog.getByLabel(/Vai trò/).selectOption('REPORTER');
  await dialog.getByLabel(/Mật khẩu/).fill('ngan');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.getByText('Mật khẩu cần ít nhất 10 ký tự.')).toBeVisible();
  await expect(dialog.getByText('Chọn ít nhất một đơn vị cho cán bộ nhập liệu.')).toBeVisible();
  await screenshot(page, 'admin-user-form', { fullPage: false });
  await dialog.getByLabel(/Mật khẩu/).fill(PASSWORD);
  await dialog.getByRole('checkbox', { name: /Phường 2 P02/ }).check();
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText(`Đã lưu tài khoản ${USERNAME}.`)).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: USERNAME });
  await expect(row).toContainText('Phường 2');
  await screenshot(page, 'admin-users');

  // The new officer can sign in; once deactivated, they cannot.
  expect((await request.post('/api/v1/session', { data: { username: USERNAME, password: PASSWORD } })).status()).toBe(201);
  await row.getByRole('button', { name: `Ngừng hoạt động: ${USERNAME}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ngừng hoạt động' }).click();
  await expect(row.getByRole('button', { name: `Kích hoạt lại: ${USERNAME}` })).toBeVisible();
  expect((await request.post('/api/v1/session', { data: { username: USERNAME, password: PASSWORD } })).status()).toBe(401);

  // API tokens: a write token needs units; its secret is shown once, with a warning and a copy button.
  await page.getByRole('navigation', { name: 'Mục quản trị' }).getByRole('link', { name: 'Mã truy cập API' }).click();
  await page.getByRole('button', { name: /Thêm mới/ }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel(/Tên \(dùng cho hệ thống nào\)/).fill(TOKEN_NAME);
  await form.getByRole('radio', { name: 'Đọc và nhập báo cáo' }).check();
  await form.getByRole('button', { name: 'Tạo mã' }).click();
  await expect(form.getByText('Chọn ít nhất một đơn vị cho mã có quyền nhập báo cáo.')).toBeVisible();
  await form.getByRole('checkbox', { name: /Phường 2 P02/ }).check();
  await form.getByRole('button', { name: 'Tạo mã' }).click();
  const secretDialog = page.getByRole('dialog', { name: /Đã tạo mã truy cập/ });
  await expect(secretDialog.getByText('Sao chép mã ngay bây giờ')).toBeVisible();
  const secret = await secretDialog.getByLabel('Mã bí mật').inputValue();
  expect(secret.length).toBeGreaterThan(20);
  await secretDialog.getByRole('button', { name: 'Sao chép', exact: true }).click();
  await expect(secretDialog.getByText(/Đã sao chép vào bộ nhớ tạm|Không sao chép tự động được/)).toBeVisible();
  await screenshot(page, 'admin-token-secret', { fullPage: false });
  await secretDialog.getByRole('button', { name: /Tôi đã sao chép/ }).click();
  await expect(page.getByText(`Đã tạo mã “${TOKEN_NAME}”.`)).toBeVisible();

  // The secret works against the API; after revoking it, it does not.
  const asToken = { Authorization: `Bearer ${secret}` };
  const me = await request.get('/api/v1/session', { headers: asToken });
  expect(me.status()).toBe(200);
  expect(((await me.json()) as { unitCodes: string[] }).unitCodes).toEqual(['P02']);
  const tokenRow = page.getByRole('row').filter({ hasText: TOKEN_NAME });
  await expect(tokenRow).toContainText('Đang dùng được');
  await screenshot(page, 'admin-tokens');
  await tokenRow.getByRole('button', { name: `Thu hồi: ${TOKEN_NAME}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Thu hồi' }).click();
  await expect(tokenRow).toContainText('Đã thu hồi');
  expect((await request.get('/api/v1/session', { headers: asToken })).status()).toBe(401);
});
