/**
 * Lighthouse (mobile preset: simulated slow 4G, 4× slower CPU) on the public pages and the signed-in
 * data entry form and overview of a running Plan monitor; writes the scores to OUT (JSON) and fails
 * below the goals of issue 22. One run per page: scripts/lighthouse.sh starts the backend and calls this.
 *
 *   BASE_URL=http://127.0.0.1:8080 OUT=../docs/lighthouse.json node scripts/lighthouse.mjs
 */
import { writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:8080';
const out = process.env.OUT;
const plan = 'D11-STI-2016-2020';
const pages = [
  { name: 'portal', path: '/portal' },
  { name: 'plan', path: `/portal/${plan}` },
  { name: 'target', path: `/portal/${plan}/targets/T1A` },
  { name: 'embed', path: `/embed/targets/${plan}/T1A` },
  // A ward officer (make run's demo account) on a phone.
  { name: 'data-entry', path: '/data-entry', user: ['phuong1', 'quan11-phuong1'] },
  { name: 'overview', path: '/', user: ['phuong1', 'quan11-phuong1'] },
];
// The goals (issue 22), every one measured and written to OUT. KNOWN_MISSES (page:metric, * for every
// page) are the goals not yet met, reported but not failing the run, so it still fails on everything
// else getting worse; the README ("Fast on a phone") says which and why. Remove an entry once it is met.
const GOALS = { performance: 90, lcpMs: 2500, tbtMs: 200, cls: 0.1, accessibility: 100, 'best-practices': 100, seo: 100 };
const KNOWN_MISSES = ['*:performance', '*:lcpMs', '*:tbtMs'];
const knownMisses = new Set([...KNOWN_MISSES, ...(process.env.KNOWN_MISSES ?? '').split(',').filter(Boolean)]);
const missKnown = (page, metric) => knownMisses.has(`${page}:${metric}`) || knownMisses.has(`*:${metric}`);
// ONLY=overview,target runs those pages alone (for investigating; make test runs them all).
const only = (process.env.ONLY ?? '').split(',').filter(Boolean);

async function signIn([username, password]) {
  const res = await fetch(`${base}/api/v1/session`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`sign-in as ${username}: ${res.status}`);
  const session = await res.json();
  return JSON.stringify({ token: session.token, expiresAt: session.expiresAt });
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
});
const results = [];
const failures = [];
const misses = [];
try {
  for (const page of pages.filter((p) => only.length === 0 || only.includes(p.name))) {
    const tab = await browser.newPage();
    let disableStorageReset = false;
    if (page.user) {
      // The SPA keeps its session in localStorage (lib/session-store.ts): put one there, then keep it.
      const session = await signIn(page.user);
      await tab.goto(`${base}/favicon.svg`);
      await tab.evaluate((s) => localStorage.setItem('planmonitor.session', s), session);
      disableStorageReset = true;
    }
    const flags = {
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      logLevel: 'error', output: 'json', disableStorageReset,
    };
    const result = await lighthouse(base + page.path, flags, undefined, tab);
    const { categories: c, audits: a } = result.lhr;
    const row = {
      page: page.name, path: page.path,
      performance: Math.round(c.performance.score * 100),
      lcpMs: Math.round(a['largest-contentful-paint'].numericValue),
      tbtMs: Math.round(a['total-blocking-time'].numericValue),
      cls: Number(a['cumulative-layout-shift'].numericValue.toFixed(3)),
      accessibility: Math.round(c.accessibility.score * 100),
      'best-practices': Math.round(c['best-practices'].score * 100),
      seo: Math.round(c.seo.score * 100),
    };
    // The page itself, not the sign-in form it would send a signed-out visitor to (the data entry form
    // adds its unit to the address: ?ou=P01).
    if (new URL(result.lhr.finalDisplayedUrl).pathname !== page.path) failures.push(`${page.name}: ended at ${result.lhr.finalDisplayedUrl}`);
    results.push(row);
    if (only.length) for (const id of ['layout-shifts', 'long-tasks']) console.log(id, JSON.stringify(a[id].details?.items).slice(0, 1500));
    console.log(JSON.stringify(row));
    for (const [metric, goal] of Object.entries(GOALS)) {
      const lowerIsBetter = metric === 'lcpMs' || metric === 'tbtMs' || metric === 'cls';
      const ok = lowerIsBetter ? row[metric] < goal : row[metric] >= goal;
      if (ok) continue;
      const miss = `${page.name}: ${metric} ${row[metric]} (goal ${lowerIsBetter ? '<' : '≥'} ${goal})`;
      if (missKnown(page.name, metric)) misses.push(miss);
      else failures.push(miss);
    }
    await tab.close();
  }
} finally {
  await browser.close();
}
if (out) {
  writeFileSync(out, JSON.stringify({
    lighthouse: '12.8', preset: 'mobile (simulated slow 4G, 4× CPU slowdown), Debian Chromium headless',
    goals: GOALS, knownMisses: [...knownMisses], pages: results, missed: misses, failed: failures,
  }, null, 2) + '\n');
}
if (misses.length) console.log('known misses (not failing):\n  ' + misses.join('\n  '));
if (failures.length) {
  console.error('below the goals:\n  ' + failures.join('\n  '));
  process.exit(1);
}
console.log('every page meets the enforced goals');
