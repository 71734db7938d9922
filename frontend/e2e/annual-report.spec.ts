import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from './csp';
import { pageAs, PLAN, REVIEWER, screenshot } from './helpers';

/**
 * The annual report from the plan page: a reviewer opens "Báo cáo năm", picks 2019 (the demo data has
 * approved reports then) and downloads the PDF and the Word file the server lays out. The PDF is kept in
 * frontend/test-results/ for a look at its pages (pdftoppm; README, "Annual report").
 */
test('should download the year\'s report as PDF and DOCX from the plan page', async ({ browser }) => {
  const page = await pageAs(browser, REVIEWER, '/');
  await expect(page.locator('.target-card').first()).toBeVisible();
  await page.getByRole('button', { name: /Báo cáo năm|Annual report/ }).click();
  await page.getByLabel(/Năm báo cáo|Year/).selectOption('2019');
  await screenshot(page, 'annual-report-button', { fullPage: false });

  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Tải PDF|Download PDF/ }).click()]);
  expect(pdf.suggestedFilename()).toBe(`bao-cao-nam-2019-${PLAN}.pdf`);
  const bytes = readFileSync((await pdf.path())!);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // Charts and an embedded font: far more than an empty page.
  expect(bytes.length).toBeGreaterThan(50_000);
  mkdirSync(fileURLToPath(new URL('../test-results/', import.meta.url)), { recursive: true });
  writeFileSync(fileURLToPath(new URL('../test-results/annual-report-2019.pdf', import.meta.url)), bytes);
  await expect(page.getByRole('status').filter({ hasText: `bao-cao-nam-2019-${PLAN}.pdf` })).toBeVisible();

  const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Tải Word|Download Word/ }).click()]);
  expect(docx.suggestedFilename()).toBe(`bao-cao-nam-2019-${PLAN}.docx`);
  const word = readFileSync((await docx.path())!);
  // A DOCX is a ZIP archive.
  expect(word.subarray(0, 2).toString('latin1')).toBe('PK');
  writeFileSync(fileURLToPath(new URL('../test-results/annual-report-2019.docx', import.meta.url)), word);
  await page.context().close();
});
