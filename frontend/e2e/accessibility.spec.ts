import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './csp';
import { ADMIN, PLAN, signIn } from './helpers';

/**
 * axe-core on every screen, signed in as the admin (who sees all of them), and on the public
 * portal's pages without signing in: no serious or critical violation of WCAG 2.1 A/AA rules.
 * Minor and moderate findings are printed, not failed.
 */
const SCREENS = ['/', '/data-entry?unit=P01&period=2019', '/reports', '/review', '/targets/T1A', '/completeness', '/exchange',
  '/admin/org-units', '/admin/unit-types', '/admin/indicators', '/admin/targets', '/admin/plans', '/admin/users', '/admin/tokens'];
const PUBLIC_SCREENS = ['/portal', `/portal/${PLAN}`, `/portal/${PLAN}/targets/T1A`, `/portal/${PLAN}/targets/T2`, `/embed/targets/${PLAN}/T1A`];

test('no serious accessibility violation on any screen', async ({ page }) => {
  test.setTimeout(180_000); // some twenty screens, each scanned whole
  await page.goto('/sign-in');
  const signInScan = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const failures: string[] = [];
  const collect = (where: string, scan: typeof signInScan) => {
    for (const v of scan.violations) {
      const line = `${where}: ${v.id} (${v.impact}) ×${v.nodes.length} — ${v.help}`;
      if (v.impact === 'serious' || v.impact === 'critical') failures.push(line);
      else console.log('note: ' + line);
    }
  };
  collect('/sign-in', signInScan);
  for (const screen of PUBLIC_SCREENS) {
    await page.goto(screen);
    await page.locator('main').first().waitFor();
    await page.waitForLoadState('networkidle');
    collect(screen, await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze());
  }
  await page.goto('/sign-in');
  await signIn(page, ADMIN);
  for (const screen of SCREENS) {
    await page.goto(screen);
    await page.locator('main').first().waitFor();
    await page.waitForLoadState('networkidle');
    collect(screen, await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze());
  }
  expect(failures, failures.join('\n')).toEqual([]);
});
