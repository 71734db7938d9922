import type { Page } from '@playwright/test';
import { expect, test } from './csp';
import { ADMIN, PLAN, signIn } from './helpers';

/**
 * The web app under its Content-Security-Policy (the guard in ./csp fails any test on a refusal):
 * every screen loads with the policy on its document (charts drawn), and Swagger UI starts.
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
  await expect(page.locator('.chart[data-rendered="true"] svg').first()).toBeVisible();
});

test('Swagger UI starts under its own policy', async ({ page }) => {
  const headers = await open(page, '/q/swagger-ui/');
  expect(headers['content-security-policy']).toContain("script-src 'self' 'unsafe-inline';");
  await expect(page.getByText('Plan monitor API').first()).toBeVisible();
});
