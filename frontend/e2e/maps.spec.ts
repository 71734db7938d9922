import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './csp';
import { ADMIN, PLAN, SCREENSHOT_DIR, apiToken, bearer, signIn } from './helpers';

/**
 * Generated shapes, never real boundaries: a 4 × 4 grid of squares of 0.01° near District 11, ward
 * P01 in the south-west corner, one square per ward code (P16 left out on purpose), plus a feature
 * named P99 that matches no unit.
 */
function generatedWards(codes: string[]) {
  return {
    type: 'FeatureCollection',
    features: codes.map((code, i) => {
      const west = Math.round((106.64 + 0.01 * (i % 4)) * 1e6) / 1e6;
      const south = Math.round((10.75 + 0.01 * Math.floor(i / 4)) * 1e6) / 1e6;
      const east = Math.round((west + 0.01) * 1e6) / 1e6;
      const north = Math.round((south + 0.01) * 1e6) / 1e6;
      return {
        type: 'Feature',
        properties: { code },
        geometry: { type: 'Polygon', coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]] },
      };
    }),
  };
}

const WARDS = Array.from({ length: 15 }, (_, i) => `P${String(i + 1).padStart(2, '0')}`);
const file = (name: string, content: unknown) => ({ name, mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(content)) });

test.afterAll(async ({ request }) => {
  // Other specs' screenshots show the target pages as the demo has them: without boundaries.
  const token = await apiToken(request, ADMIN);
  const response = await request.put('/api/v1/org-units/boundaries', { headers: bearer(token), data: { type: 'FeatureCollection', features: [] } });
  expect(response.status(), await response.text()).toBe(200);
});

interface PublicPeriod {
  period: string;
  units: { value: number | null; meets: boolean | null }[] | null;
}

/** A year of T2 in which some wards met and some did not, so the map shows every colour (else the latest). */
async function mixedYear(request: APIRequestContext): Promise<string | null> {
  const { target } = (await (await request.get(`/api/v1/public/plans/${PLAN}/targets/T2`)).json()) as { target: { periods: PublicPeriod[] } };
  const mixed = target.periods.filter((p) => p.units?.some((u) => u.meets === true) && p.units.some((u) => u.value !== null && u.meets === false));
  return mixed[mixed.length - 1]?.period ?? null;
}

test('an administrator uploads generated ward boundaries after a dry run, and the target pages show the wards on a map', async ({ page, request }) => {
  await page.goto('/admin/org-units');
  await signIn(page, ADMIN);
  const section = page.locator('section#boundaries');
  await expect(section.getByRole('heading', { name: 'Ranh giới đơn vị (bản đồ)' })).toBeVisible();
  await expect(section.getByTestId('boundaries-count')).toHaveText('0 đơn vị đã có ranh giới.');

  // A point is no boundary: refused with the field's path, nothing stored.
  const point = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: 'P01' }, geometry: { type: 'Point', coordinates: [106.64, 10.75] } }] };
  await section.getByLabel('Tệp GeoJSON').setInputFiles(file('diem.geojson', point));
  await expect(section.getByRole('alert')).toContainText('features[0].geometry.type');
  await expect(section.getByRole('alert')).toContainText('Phải là một trong: Polygon, MultiPolygon.');

  // The dry run names what matches, what does not, and which wards would still have no shape.
  await section.getByLabel('Tệp GeoJSON').setInputFiles(file('phuong-thu.geojson', generatedWards([...WARDS, 'P99'])));
  const summary = section.getByTestId('boundaries-summary');
  await expect(summary).toContainText('15 đơn vị khớp');
  await expect(summary).toContainText('1 đối tượng không khớp đơn vị nào (bỏ qua)');
  await expect(summary.locator('dd').nth(1)).toHaveText('P99');
  await expect(summary.locator('dd').nth(2)).toHaveText('P16');
  await expect(section.getByTestId('boundaries-count')).toHaveText('0 đơn vị đã có ranh giới.');
  await section.screenshot({ path: `${SCREENSHOT_DIR}/admin-boundaries.png`, animations: 'disabled' });
  await section.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(section.getByText('Đã lưu ranh giới')).toBeVisible();
  await expect(section.getByTestId('boundaries-count')).toHaveText('15 đơn vị đã có ranh giới.');

  // The staff's target page: the wards of T2 (a share of wards meeting) coloured met / not met / no data.
  const year = await mixedYear(request);
  await page.goto(year ? `/targets/T2?year=${year}` : '/targets/T2');
  const map = page.getByTestId('units-map');
  await expect(map.locator('.chart[data-rendered="true"] svg')).toBeVisible();
  await expect(map.locator('svg path')).not.toHaveCount(0);
  await expect(map).toContainText('15 trên 16 đơn vị có ranh giới');
  // Ward names are drawn on their squares; the table stays as the map's text alternative.
  await expect(map.locator('svg text', { hasText: 'Phường 1' }).first()).toBeVisible();
  await expect(page.locator('table').filter({ hasText: 'Phường 16' }).first()).toBeVisible();
  await map.locator('xpath=ancestor::section[1]').screenshot({ path: `${SCREENSHOT_DIR}/target-map.png`, animations: 'disabled' });

  // The public portal: the same map from the public API, without signing in.
  await page.context().clearCookies();
  await page.goto(`/portal/${PLAN}/targets/T2`);
  if (year) await page.getByLabel('Năm', { exact: true }).selectOption(year);
  const publicMap = page.getByTestId('units-map');
  await expect(publicMap.locator('.chart[data-rendered="true"] svg')).toBeVisible();
  await expect(publicMap).toContainText('15 trên 16 đơn vị có ranh giới');
  await publicMap.locator('xpath=ancestor::section[1]').screenshot({ path: `${SCREENSHOT_DIR}/portal-map.png`, animations: 'disabled' });

  // On a phone the map fits the screen's width, with no sideways scrolling.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(publicMap.locator('.chart[data-rendered="true"] svg')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await publicMap.scrollIntoViewIfNeeded();
  await publicMap.screenshot({ path: `${SCREENSHOT_DIR}/portal-map-phone.png`, animations: 'disabled' });
});

test('a target page without boundaries does not load the map code', async ({ page, request }) => {
  const token = await apiToken(request, ADMIN);
  await request.put('/api/v1/org-units/boundaries', { headers: bearer(token), data: { type: 'FeatureCollection', features: [] } });
  const chunks: string[] = [];
  page.on('request', (r) => {
    if (/units-map-[^/]*\.js$/.test(r.url())) chunks.push(r.url());
  });
  await page.goto(`/portal/${PLAN}/targets/T2`);
  await expect(page.getByTestId('year-summary')).toBeVisible();
  await expect(page.locator('.chart[data-rendered="true"] svg').first()).toBeVisible();
  await expect(page.getByTestId('units-map')).toHaveCount(0);
  expect(chunks).toEqual([]);
});
