import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type APIRequestContext, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { expect, guardCsp, test } from './csp';
import { PLAN, percentVi, screenshot } from './helpers';

/**
 * The public portal, as a resident or a journalist sees it: never signed in. The figures on screen
 * are the public API's (approved reports only), the chart is drawn, and the view counters count a
 * new visitor once and a reload not at all.
 */

const TARGET = 'T1A';
const TARGET_PAGE = `/portal/${PLAN}/targets/${TARGET}`;
const STATUS_VI: Record<string, string> = {
  ACHIEVED: 'Đã đạt', ON_TRACK: 'Đúng tiến độ', AT_RISK: 'Có nguy cơ không đạt', OFF_TRACK: 'Chậm tiến độ', NO_DATA: 'Chưa có số liệu',
};

interface PublicTarget {
  code: string;
  statementVi: string;
  statementEn: string;
  status: string;
  percentage: boolean;
  measure: string;
  baseline: { year: number } | null;
  lastApprovedAt: string | null;
  periods: Array<{ year: number; figure: number | null; noData: boolean }>;
}

/** Console errors and uncaught exceptions of a page: a public page must have none. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  return errors;
}

/** A browser of its own: new localStorage, so a new visitor id. */
async function newVisitor(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const { baseURL, viewport, locale, timezoneId } = test.info().project.use;
  const context = await browser.newContext({ baseURL, viewport, locale, timezoneId, ...options });
  guardCsp(context);
  return context.newPage();
}

/** The counters once the page has counted itself. */
async function counters(page: Page): Promise<{ portal: number; page: number }> {
  const views = page.getByTestId('page-views');
  await expect(views).toBeVisible();
  return {
    portal: Number(await page.getByTestId('portal-visits').getAttribute('data-count')),
    page: Number(await views.getAttribute('data-count')),
  };
}

/** Whether the page is wider than the screen (a phone would scroll sideways). */
async function overflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}

/**
 * The link to the plan's source document: the text stored with the plan (no public address is
 * known for District 11's), served as plain UTF-8 text, opened in a new tab that shows it.
 */
async function expectSourceDocument(page: Page, request: APIRequestContext): Promise<void> {
  const link = page.getByRole('link', { name: /^Văn bản gốc/ });
  await expect(link).toBeVisible();
  await expect(link).toHaveText('Văn bản gốc (bản lưu trên cổng) (mở trong thẻ mới)');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /\bnoopener\b/);
  const href = await link.getAttribute('href');
  expect(href).toBe(`/api/v1/public/plans/${PLAN}/source`);
  const source = await request.get(href!);
  expect(source.status()).toBe(200);
  expect(source.headers()['content-type']).toMatch(/^text\/plain;\s*charset=utf-8$/i);
  expect(await source.text()).toContain('quận 11');
  const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
  await tab.waitForLoadState();
  await expect(tab.locator('body')).toContainText('trên địa bàn quận 11');
  expect(tab.url()).toMatch(new RegExp(`/api/v1/public/plans/${PLAN}/source$`));
  await tab.close();
  await link.evaluate((element) => (element as HTMLElement).blur());
}

const viDate = (iso: string) =>
  new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(iso));

test('anyone sees a published plan and a target with its chart and approved figures, without signing in', async ({ page, request }) => {
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Cổng công khai' }).click();
  await expect(page).toHaveURL(/\/portal$/);
  const errors = watchErrors(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Các kế hoạch đang được công khai' })).toBeVisible();
  await expect(page.getByTestId('portal-visits')).toBeVisible();
  await page.getByRole('link', { name: /Kế hoạch hoạt động khoa học, công nghệ/ }).first().click();

  // The plan: demo data said so, every target as a card with its status and trend.
  await expect(page).toHaveURL(new RegExp(`/portal/${PLAN}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Kế hoạch hoạt động khoa học, công nghệ và đổi mới sáng tạo');
  await expect(page.getByText('Số liệu trên trang này là báo cáo mẫu để xem thử hệ thống')).toBeVisible();
  const plan = (await (await request.get(`/api/v1/public/plans/${PLAN}`)).json()) as { targets: PublicTarget[] };
  await expect(page.locator('article.target-card')).toHaveCount(plan.targets.length);
  for (const target of plan.targets) {
    await expect(page.locator(`article[data-target="${target.code}"]`)).toContainText(STATUS_VI[target.status]!);
  }
  await counters(page);
  await expect(page).not.toHaveURL(/sign-in/);
  // The plan has no public address for its source document: the page links to the text stored with it.
  await expect(page.getByRole('link', { name: /^Văn bản gốc/ })).toHaveAttribute('href', `/api/v1/public/plans/${PLAN}/source`);
  await screenshot(page, 'portal-plan');

  // A target: its chart, the figure of every year as the API gives it, the explanation, the date, the CSV.
  await page.getByRole('link', { name: `Xem chi tiết mục tiêu ${TARGET}` }).click();
  await expect(page).toHaveURL(new RegExp(`${TARGET_PAGE}$`));
  const chart = page.getByTestId('trend-chart').locator('.chart[data-rendered="true"] svg');
  await expect(chart).toBeVisible();
  const { target } = (await (await request.get(`/api/v1/public/plans/${PLAN}/targets/${TARGET}`)).json()) as { target: PublicTarget };
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.statementVi);
  await expect(page.getByTestId('target-status')).toHaveText(new RegExp(STATUS_VI[target.status]!));
  expect(target.percentage).toBe(true);
  // The same sentence as the staff's target page and the target form, from the public fields.
  expect(target.measure).toBe('LEVEL');
  expect(target.baseline).toBeNull();
  await expect(page.getByTestId('target-sentence')).toHaveText(/^Đạt ít nhất 100\s%\svào năm 2020$/);
  for (const period of target.periods) {
    const row = page.locator(`tr[data-year="${period.year}"]`);
    await expect(row.locator('.figure-cell strong')).toHaveText(period.noData || period.figure === null ? 'Chưa có số liệu' : percentVi(period.figure));
  }
  await expect(page.getByTestId('explanation')).toContainText('Chỉ tính các báo cáo đã được quận duyệt');
  expect(target.lastApprovedAt).not.toBeNull();
  await expect(page.getByTestId('target-last-approved')).toHaveText(`Số liệu được duyệt gần nhất: ${viDate(target.lastApprovedAt!)}`);
  await expectSourceDocument(page, request);
  const csvHref = await page.getByTestId('csv-link').getAttribute('href');
  const csv = await request.get(csvHref!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect((await csv.text()).startsWith('\uFEFFplan,target,period,year,level')).toBe(true);

  // The units compared: bars and a sortable table.
  await expect(page.locator('.chart[data-rendered="true"]')).toHaveCount(2);
  await expect(page.getByRole('table', { name: /Số liệu từng đơn vị năm/ }).getByRole('rowheader', { name: 'Phường 1', exact: true })).toBeVisible();
  await screenshot(page, 'portal-target');
  expect(errors).toEqual([]);
});

test('a reload does not count again; a new visitor counts once on the page and once on the portal', async ({ page, browser }) => {
  const errors = watchErrors(page);
  const visits: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/api/v1/public/visits')) visits.push(r.headers()['x-visitor'] ?? '');
  });
  await page.goto(TARGET_PAGE);
  const first = await counters(page);
  expect(visits).toHaveLength(1); // once per page view, whatever React renders
  expect(visits[0]).toMatch(/^[A-Za-z0-9_-]{8,64}$/);

  await page.reload();
  await expect(page.getByTestId('trend-chart').locator('.chart[data-rendered="true"]')).toBeVisible();
  expect(await counters(page)).toEqual(first);
  expect(visits).toHaveLength(2);
  expect(visits[1]).toBe(visits[0]); // the same visitor id, kept in localStorage

  // Switching the language re-renders the page: it is not a new view.
  await page.getByRole('button', { name: /^EN/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('100% of ward officials');
  await expect(page.getByTestId('portal-visits')).toContainText('Portal visits:');
  await expect(page.getByText('Latest approved data:')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'How the figures are computed' })).toBeVisible();
  expect(visits).toHaveLength(2);
  await page.getByRole('button', { name: /^VI/ }).click();
  await expect(page.getByTestId('portal-visits')).toContainText('Lượt truy cập cổng:');

  const other = await newVisitor(browser);
  const otherErrors = watchErrors(other);
  await other.goto(TARGET_PAGE);
  expect(await counters(other)).toEqual({ portal: first.portal + 1, page: first.page + 1 });
  await other.reload();
  expect(await counters(other)).toEqual({ portal: first.portal + 1, page: first.page + 1 });
  await other.context().close();

  // Back in the first browser: the new visitor is in its counts too, its own reload still is not.
  await page.reload();
  expect(await counters(page)).toEqual({ portal: first.portal + 1, page: first.page + 1 });
  expect([...errors, ...otherErrors]).toEqual([]);
});

test('the chart shows inside an iframe on another site', async ({ page, baseURL }) => {
  const errors = watchErrors(page);
  const embedUrl = `${baseURL}/embed/targets/${PLAN}/${TARGET}`;
  // A news page on another site (localhost, not 127.0.0.1, on a port of its own). Chromium refuses
  // to frame a loopback address in a page it believes public, so the "news site" is a real local server.
  const news = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tin tức Quận 11</title></head>
      <body style="font-family: Georgia, serif; max-width: 680px; margin: 24px auto; padding: 0 16px; color: #222">
      <h1 style="font-size: 24px">Kết quả thực hiện kế hoạch khoa học, công nghệ quận 11</h1>
      <p>Tỷ lệ cán bộ phụ trách kinh tế phường được bồi dưỡng, cập nhật trực tiếp từ cổng thông tin công khai:</p>
      <iframe src="${embedUrl}" title="Biểu đồ mục tiêu ${TARGET}" width="600" height="400" style="border:1px solid #ccc"></iframe>
      </body></html>`);
  });
  await new Promise<void>((resolve) => news.listen(0, '127.0.0.1', resolve));
  const port = (news.address() as AddressInfo).port;
  await page.setViewportSize({ width: 720, height: 560 });
  await page.goto(`http://localhost:${port}/tin/ke-hoach-khcn`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByTestId('trend-chart').locator('.chart[data-rendered="true"] svg')).toBeVisible();
  await expect(frame.getByRole('heading', { level: 1 })).toContainText(TARGET);
  await expect(frame.getByTestId('target-sentence')).toHaveText(/vào năm 2020$/);
  await expect(frame.getByText(/Số liệu được duyệt gần nhất: \d\d\/\d\d\/\d{4}/)).toBeVisible();
  const source = frame.getByRole('link', { name: /Cổng thông tin công khai Quận 11/ });
  await expect(source).toHaveAttribute('target', '_blank');
  await expect(source).toHaveAttribute('href', `${baseURL}${TARGET_PAGE}`);
  // It fits the frame: nothing to scroll inside 600×400.
  const fits = await page.frames()[1]!.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth && document.documentElement.scrollHeight <= window.innerHeight + 1);
  expect(fits).toBe(true);
  await screenshot(page, 'embed', { fullPage: false });
  news.close();
  expect(errors).toEqual([]);
});

test('on a phone every public page fits the screen, without errors', async ({ browser }) => {
  const phone = await newVisitor(browser, { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const errors = watchErrors(phone);
  for (const path of ['/portal', `/portal/${PLAN}`, TARGET_PAGE, `/portal/${PLAN}/targets/T3`, `/embed/targets/${PLAN}/T2`]) {
    await phone.goto(path);
    await expect(phone.getByRole('heading', { level: 1 })).toBeVisible();
    await phone.waitForLoadState('networkidle');
    if (path.includes('/targets/')) await expect(phone.getByTestId('trend-chart').locator('.chart[data-rendered="true"]')).toBeVisible();
    expect(await overflowsHorizontally(phone), `${path} is wider than the phone`).toBe(false);
  }
  await phone.goto(TARGET_PAGE);
  await expect(phone.getByTestId('trend-chart').locator('.chart[data-rendered="true"]')).toBeVisible();
  await expect(phone.getByTestId('page-views')).toBeVisible();
  await screenshot(phone, 'portal-phone', { fullPage: false });
  expect(errors).toEqual([]);
  await phone.context().close();
});
