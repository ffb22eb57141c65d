// The accessibility audit run as a test. Every axe violation (WCAG 2.x A/AA) on any page, for any role, language or mode,
// fails the suite, and so do elder-mode targets under 60 px or text under 18 px.
import type { Browser } from 'playwright-core';
import { runAudit, type AuditResult } from '../../scripts/audit/run-audit';
import { launchChromium, startServer, type RunningServer } from './harness';

// About 220 page views (the console's tabs and editors at phone and desktop width included): ~2 min on two cores.
jest.setTimeout(420_000);

let server: RunningServer;
let browser: Browser;
let result: AuditResult;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  result = await runAudit(server.url, browser, null);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test('every page passes axe in both languages and both modes, for every role', () => {
  expect(result.pages).toBeGreaterThanOrEqual(88);
  expect(result.details).toEqual([]);
  expect(result.violations).toBe(0);
  expect(result.unreadable).toEqual([]);
  expect(result.cutOff).toEqual([]);
});

test('elder mode: primary controls are at least 60 px, every control at least 44 px, text at least 18 px', () => {
  expect(result.minPrimaryTargetPx).toBeGreaterThanOrEqual(60);
  expect(result.minTargetPx).toBeGreaterThanOrEqual(44);
  expect(result.minBodyFontPx).toBeGreaterThanOrEqual(18);
});
