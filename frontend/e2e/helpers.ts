import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { expect, guardCsp, test } from './csp';

/** Screenshots of every screen land in docs/screenshots for the README and for review. */
export const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
mkdirSync(SCREENSHOT_DIR, { recursive: true });

export async function screenshot(page: Page, name: string, options: { fullPage?: boolean; keepSticky?: boolean } = {}) {
  // The sticky save bar would be painted mid-page in a full-page capture; show it where it ends.
  const sticky = options.keepSticky ? '' : '.entry-actions, .review-actions { position: static !important; } ';
  await page.addStyleTag({ content: `${sticky}.route-progress { display: none !important; }` });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: options.fullPage ?? true, animations: 'disabled' });
}

export const PLAN = 'D11-STI-2016-2020';

/** The demo accounts `make run` creates (local profile only); override for another server. */
export const REPORTER = { username: process.env.E2E_REPORTER_USER ?? 'phuong1', password: process.env.E2E_REPORTER_PASSWORD ?? 'quan11-phuong1' };
export const REVIEWER = { username: process.env.E2E_REVIEWER_USER ?? 'reviewer', password: process.env.E2E_REVIEWER_PASSWORD ?? 'quan11-duyet' };
export const ADMIN = { username: process.env.E2E_ADMIN_USER ?? 'admin', password: process.env.E2E_ADMIN_PASSWORD ?? 'quan11-admin' };

interface Report {
  id: number;
  version: number;
  status: string;
}

/** A bearer token for API calls made by the test itself (set-up and clean-up). */
export async function apiToken(request: APIRequestContext, account: { username: string; password: string }): Promise<string> {
  const response = await request.post('/api/v1/session', { data: account });
  expect(response.status(), `sign-in as ${account.username}: ${await response.text()}`).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

export function bearer(token: string) {
  return { Authorization: `Bearer ${token}` };
}

/** The report of a unit for a period, through the API, or null. */
export async function findReport(request: APIRequestContext, token: string, orgUnit: string, period: string): Promise<Report | null> {
  const response = await request.get('/api/v1/submissions', { params: { plan: PLAN, orgUnit, period }, headers: bearer(token) });
  expect(response.ok(), `listing reports: ${await response.text()}`).toBeTruthy();
  const page = (await response.json()) as { items: Report[] };
  return page.items[0] ?? null;
}

export async function deleteReport(request: APIRequestContext, token: string, report: Report) {
  const response = await request.delete(`/api/v1/submissions/${report.id}`, { headers: { ...bearer(token), 'If-Match': `"${report.version}"` } });
  expect(response.status(), `deleting report ${report.id}: ${await response.text()}`).toBe(204);
}

/**
 * A year of the plan in which the unit has no report, or only a draft (deleted here), latest
 * first: the demo data approves earlier years, so the scenario cannot assume a given one.
 */
export async function freeYear(request: APIRequestContext, token: string, orgUnit: string): Promise<string> {
  for (let year = 2020; year >= 2016; year -= 1) {
    const report = await findReport(request, token, orgUnit, String(year));
    if (!report) return String(year);
    if (report.status === 'DRAFT') {
      await deleteReport(request, token, report);
      return String(year);
    }
  }
  throw new Error(`${orgUnit} has a submitted or approved report for every year of the plan: nothing left for the e2e to fill in`);
}

export async function signIn(page: Page, account: { username: string; password: string }) {
  await page.getByLabel(/Tên đăng nhập|Username/).fill(account.username);
  await page.getByLabel(/Mật khẩu|Password/).fill(account.password);
  await page.getByLabel(/Mật khẩu|Password/).press('Enter');
  await expect(page.getByRole('button', { name: /Đăng xuất|Sign out/ })).toBeVisible();
}

/**
 * A page in a browser context of its own (its own session), with the project's settings: two
 * people can work side by side in one test, each signed in as themselves.
 */
export async function pageAs(browser: Browser, account: { username: string; password: string }, next: string): Promise<Page> {
  const { baseURL, viewport, locale, timezoneId } = test.info().project.use;
  const context = await browser.newContext({ baseURL, viewport, locale, timezoneId });
  guardCsp(context);
  const page = await context.newPage();
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await signIn(page, account);
  return page;
}

/** A percentage as the app shows it in Vietnamese: "95,5 %" (one decimal, no-break space). */
export function percentVi(value: number): string {
  return `${new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)}\u00a0%`;
}

export interface YearFigure {
  figure: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** A target's district figure in one year, straight from the progress API. */
export async function targetFigure(request: APIRequestContext, token: string, targetCode: string, year: string): Promise<YearFigure> {
  const targets = await request.get('/api/v1/targets', { params: { plan: PLAN, size: 500 }, headers: bearer(token) });
  expect(targets.ok(), await targets.text()).toBeTruthy();
  const target = ((await targets.json()) as { items: Array<{ id: number; code: string }> }).items.find((t) => t.code === targetCode);
  expect(target, `target ${targetCode}`).toBeTruthy();
  const progress = await request.get(`/api/v1/targets/${target!.id}/progress`, { params: { from: year, to: year, units: 'false' }, headers: bearer(token) });
  expect(progress.ok(), await progress.text()).toBeTruthy();
  const period = ((await progress.json()) as { targets: Array<{ periods: YearFigure[] }> }).targets[0]!.periods[0]!;
  return { figure: period.figure, numerator: period.numerator, denominator: period.denominator };
}
