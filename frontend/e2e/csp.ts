import { test as base, expect, type BrowserContext } from '@playwright/test';

/**
 * Every browser test runs under the Content-Security-Policy the server sends, and fails on any
 * refusal: Chromium reports each one on the console ("Refused to load / execute / apply …"). A
 * script, style or request the policy blocks is a broken screen in production.
 */
const REFUSAL = /Refused to|Content Security Policy/i;

const watched: string[][] = [];

/** Collects the policy refusals of every page and frame of a context (call it on contexts a test opens itself). */
export function guardCsp(context: BrowserContext): string[] {
  const refusals: string[] = [];
  context.on('console', (message) => {
    if (REFUSAL.test(message.text())) refusals.push(`${message.location().url}: ${message.text()}`);
  });
  watched.push(refusals);
  return refusals;
}

export const test = base.extend<{ cspGuard: void }>({
  cspGuard: [
    async ({ context }, use) => {
      guardCsp(context);
      await use();
      const refusals = watched.splice(0).flat();
      expect(refusals, 'Content-Security-Policy refusals').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
