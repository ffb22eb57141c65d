// The accessibility audit: every H5 page, for each role, in standard and elder mode, in Chinese and Mongolian.
// axe-core on each; target and text sizes measured in elder mode; screenshots for a person to look at. The
// supervisor console's tabs and editors are checked one by one, each counted as a page (console-views.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, type AxeViolation } from './axe';
import { consoleViews } from './console-views';
import { cutOffElements, measurePage, unreadableText } from './measure';
import { prepareDemoCard, prepareDemoCase, sessionFor, type Session } from './sessions';

export type Role = 'guest' | 'resident' | 'helper' | 'supervisor' | 'enterprise';
const LANGUAGES = ['zh-CN', 'mn'] as const;
const MODES = ['standard', 'elder'] as const;

export interface AuditResult {
  pages: number;
  violations: number;
  minPrimaryTargetPx: number;
  minTargetPx: number;
  minBodyFontPx: number;
  details: { page: string; role: Role; language: string; mode: string; violations: AxeViolation[] }[];
  /** text drawn in (nearly) its background's colour, which axe does not catch inside custom elements */
  unreadable: { page: string; role: Role; language: string; mode: string; texts: string[] }[];
  /** elements running past the right edge of the screen (the page clips them) */
  cutOff: { page: string; role: Role; language: string; mode: string; elements: string[] }[];
  smallest: { page: string; text: string | null } | null;
  screenshots: string[];
}

const CONSOLE = 'supervisor/pages/console/index';

export async function runAudit(baseUrl: string, browser: Browser, screenshotDir: string | null): Promise<AuditResult> {
  const caseId = await prepareDemoCase(baseUrl);
  const cardToken = await prepareDemoCard(baseUrl);
  const pagesByRole: Record<Role, string[]> = {
    guest: ['pages/index/index', 'pages/login/index', 'pages/catalogue/index', 'pages/item/index?id=senior-allowance', `pages/card/index?t=${cardToken}`],
    resident: [
      'pages/index/index',
      'pages/call/index',
      'pages/book/index',
      'pages/apply/index?id=senior-allowance',
      'pages/cases/index',
      `pages/case/index?id=${caseId}`,
      'pages/messages/index',
      'pages/family/index',
      'pages/profile/index',
      'pages/complaint/index',
    ],
    helper: ['pages/index/index', 'helper/pages/workbench/index', `helper/pages/task/index?id=${caseId}`, 'helper/pages/file-for/index'],
    supervisor: ['pages/index/index', CONSOLE, `pages/case/index?id=${caseId}`],
    enterprise: ['pages/index/index', 'pages/enterprise/index'],
  };
  const sessions: Record<Role, Session | null> = {
    guest: null,
    resident: await sessionFor(baseUrl, '13800000001'),
    helper: await sessionFor(baseUrl, '13900000002'),
    supervisor: await sessionFor(baseUrl, '13700000001'),
    enterprise: await sessionFor(baseUrl, '13600000001'),
  };
  const result: AuditResult = { pages: 0, violations: 0, minPrimaryTargetPx: Infinity, minTargetPx: Infinity, minBodyFontPx: Infinity, details: [], unreadable: [], cutOff: [], smallest: null, screenshots: [] };
  if (screenshotDir) fs.mkdirSync(screenshotDir, { recursive: true });

  // Phone width for every role; the console once more at desktop width, where supervisors mostly use it.
  const passes = [
    ...(Object.keys(pagesByRole) as Role[]).map((role) => ({ role, routes: pagesByRole[role], width: 390, suffix: '' })),
    { role: 'supervisor' as const, routes: [CONSOLE], width: 1280, suffix: ' (desktop)' },
  ];
  for (const { role, routes, width, suffix } of passes) {
    for (const language of LANGUAGES) {
      for (const mode of MODES) {
        const context = await browser.newContext({ viewport: { width, height: 844 }, locale: 'zh-CN' });
        // tsx (esbuild keepNames) wraps named functions in __name(); functions we send into the page need it too.
        await context.addInitScript('globalThis.__name = globalThis.__name || ((fn) => fn);');
        await context.addInitScript(seedStorage, { session: sessions[role], language, elder: mode === 'elder' });
        const page = await context.newPage();
        const network = trackRequests(page);
        /** axe on what is on screen now, and in elder mode the smallest target and text. */
        const check = async (name: string) => {
          const violations = await axeViolations(page, { enhancedContrast: mode === 'elder' });
          result.pages += 1;
          result.violations += violations.length;
          if (violations.length) result.details.push({ page: name, role, language, mode, violations });
          const texts = await unreadableText(page);
          if (texts.length) result.unreadable.push({ page: name, role, language, mode, texts });
          const elements = await cutOffElements(page);
          if (elements.length) result.cutOff.push({ page: name, role, language, mode, elements });
          if (mode === 'elder') {
            const m = await measurePage(page);
            if (m.minPrimaryTargetPx !== null) result.minPrimaryTargetPx = Math.min(result.minPrimaryTargetPx, m.minPrimaryTargetPx);
            if (m.minTargetPx !== null) result.minTargetPx = Math.min(result.minTargetPx, m.minTargetPx);
            if (m.minBodyFontPx !== null && m.minBodyFontPx < result.minBodyFontPx) {
              result.minBodyFontPx = m.minBodyFontPx;
              result.smallest = { page: `${name} (${role}, ${language})`, text: m.smallestText };
            }
          }
        };
        for (const route of routes) {
          await open(page, `${baseUrl}/#/${route}`);
          await check(`${route}${suffix}`);
          if (route === CONSOLE) {
            for (const view of consoleViews(language)) {
              await view.open(page);
              await network.quiet();
              await settle(page);
              await check(`${route}${suffix} › ${view.name}`);
            }
          }
          if (mode === 'elder') {
            if (screenshotDir && role === 'resident' && (route.startsWith('pages/index') || route.startsWith('pages/case/'))) {
              const name = `${route.startsWith('pages/index') ? 'home' : 'case'}-elder-${language === 'mn' ? 'mn' : 'zh'}.png`;
              await page.screenshot({ path: path.join(screenshotDir, name), fullPage: true });
              result.screenshots.push(name);
            }
          }
        }
        await context.close();
      }
    }
  }
  return result;
}

/** Runs in the page before the app: the same storage the app itself writes (Taro wraps values as {data}). */
function seedStorage(input: { session: Session | null; language: string; elder: boolean }): void {
  const put = (key: string, state: object) => localStorage.setItem(key, JSON.stringify({ data: JSON.stringify({ state, version: 0 }) }));
  put('bangban.settings', { language: input.language, elderMode: input.elder, fontStep: 0 });
  if (input.session) put('bangban.session', input.session);
}

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('.page').filter({ visible: true }).first().waitFor();
  await settle(page);
}

/**
 * A console view loads its data after the tap, long after the page's own network went idle (which Playwright's
 * 'networkidle' only waits for once per navigation): wait until no request has been in flight for a moment.
 */
function trackRequests(page: Page): { quiet(): Promise<void> } {
  let inFlight = 0;
  page.on('request', () => (inFlight += 1));
  const done = () => (inFlight = Math.max(0, inFlight - 1));
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    async quiet() {
      let calm = 0;
      // React renders and starts its fetches after the tap's event: a few quiet frames in a row mean it is done.
      while (calm < 5) {
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20))));
        calm = inFlight === 0 ? calm + 1 : 0;
      }
    },
  };
}

/** Fonts and data loads settle before axe looks at contrast and names. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}
