import type { Page } from '@playwright/test';
import { expect, test } from './csp';
import { ADMIN, PLAN, signIn } from './helpers';

/**
 * The web app under its Content-Security-Policy (the guard in ./csp fails any test on a refusal):
 * every screen loads with the policy on its document, the chart tooltips draw, and Swagger UI starts.
 */

const STAFF_SCREENS = ['/', '/reports', '/review', '/targets/T1A', '/completeness', '/exchange', '/admin/org-units',
  '/admin/indicators', '/admin/targets', '/admin/plans', '/admin/users', '/admin/tokens', '/khong-co-trang-nay'];
const PUBLIC_SCREENS = ['/sign-in', '/portal', `/portal/${PLAN}`, `/portal/${PLAN}/targets/T1A`];
const EMBED = `/embed/targets/${PLAN}/T1A`;

async function open(page: Page, path: string): Promise<Record<string, string>> {
  const response = await page.goto(path);
  expect(response, path).not.toBeNull();
  await page.waitForLoadState('networkidle');
  return response!.headers();
}

function expectStrictPolicy(headers: Record<string, string>, path: string, frameAncestors: string) {
  const csp = headers['content-security-policy'] ?? '';
  expect(csp, path).toContain("script-src 'self';");
  expect(csp, path).toContain("object-src 'none'");
  expect(csp, path).toMatch(new RegExp(`frame-ancestors ${frameAncestors.replace(/[*']/g, '\\$&')}$`));
  expect(headers['x-content-type-options'], path).toBe('nosniff');
  expect(headers['referrer-policy'], path).toBe('same-origin');
}

test('every screen loads under the policy, and only the embed may be framed', async ({ page }) => {
  for (const path of PUBLIC_SCREENS) {
    const headers = await open(page, path);
    expectStrictPolicy(headers, path, "'none'");
    expect(headers['x-frame-options'], path).toBe('DENY');
  }
  await page.goto('/sign-in');
  await signIn(page, ADMIN);
  for (const path of STAFF_SCREENS) {
    const headers = await open(page, path);
    expectStrictPolicy(headers, path, "'none'");
    expect(headers['x-frame-options'], path).toBe('DENY');
  }
  const headers = await open(page, EMBED);
  expectStrictPolicy(headers, EMBED, '*');
  expect(headers['x-frame-options'], EMBED).toBeUndefined();
  await expect(page.locator('.chart canvas').first()).toBeVisible();
});

/** Hovers the trend chart until ECharts shows its tooltip (HTML with style attributes). */
async function showTooltip(page: Page) {
  const chart = page.locator('.chart[data-rendered="true"]').first();
  await expect(chart).toBeVisible();
  const box = (await chart.boundingBox())!;
  for (const x of [0.5, 0.6, 0.7, 0.4]) {
    await page.mouse.move(box.x + box.width * x, box.y + box.height * 0.6);
    await page.waitForTimeout(300);
  }
}

test('the chart tooltips draw under the policy; they are why styles allow inline', async ({ page, context }) => {
  await open(page, `/portal/${PLAN}/targets/T1A`);
  await showTooltip(page);
  await expect(page.locator('.chart div').filter({ hasText: /20\d\d/ }).first()).toBeVisible();

  // The same page with 'unsafe-inline' taken out of style-src: ECharts' tooltip is refused.
  const strict = await context.browser()!.newContext({ baseURL: test.info().project.use.baseURL });
  const strictPage = await strict.newPage();
  const refusals: string[] = [];
  strictPage.on('console', (message) => {
    if (/Refused to apply inline style/.test(message.text())) refusals.push(message.text());
  });
  await strictPage.route(`**/portal/${PLAN}/targets/T1A`, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    headers['content-security-policy'] = headers['content-security-policy']!.replace("style-src 'self' 'unsafe-inline'", "style-src 'self'");
    await route.fulfill({ response, headers });
  });
  await open(strictPage, `/portal/${PLAN}/targets/T1A`);
  await showTooltip(strictPage);
  await expect.poll(() => refusals.length, { message: 'a tooltip refused without inline styles' }).toBeGreaterThan(0);
  await strict.close();
});

test('Swagger UI starts under its own policy', async ({ page }) => {
  const headers = await open(page, '/q/swagger-ui/');
  expect(headers['content-security-policy']).toContain("script-src 'self' 'unsafe-inline';");
  await expect(page.getByText('Plan monitor API').first()).toBeVisible();
});
