// Issue 4 end to end: the grid worker takes a 代办 case from the offer to the result delivered (and rated), signing with the
// mouse, photographing documents, doing the check-in, the 委托书 and the first hand-over without a network, then
// syncing; the resident's case shows the whole custody chain.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { PNG_1X1 } from '../server/fixtures';
import { prepareDelegateCase, sessionFor } from '../../scripts/audit/sessions';
import { launchChromium, startServer, type RunningServer } from './harness';
import { field, see, signIn } from './ui';

jest.setTimeout(180_000);

let server: RunningServer;
let browser: Browser;
let helperContext: BrowserContext;
let helper: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  helperContext = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  helper = await helperContext.newPage();
});

afterAll(async () => {
  await helperContext?.close();
  await browser?.close();
  await server?.stop();
});

async function draw(page: Page, padLabel: string): Promise<void> {
  const canvas = page.getByRole('img', { name: padLabel }).filter({ visible: true });
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error(`no signature pad ${padLabel}`);
  await page.mouse.move(box.x + 20, box.y + 30);
  await page.mouse.down();
  for (let i = 1; i <= 10; i += 1) await page.mouse.move(box.x + 20 + i * 15, box.y + 30 + (i % 2) * 40, { steps: 2 });
  await page.mouse.up();
  await page.locator('.signature-pad', { has: canvas }).getByRole('button', { name: '签好了' }).click();
}

const button = (page: Page, name: string): Locator => page.getByRole('button', { name }).filter({ visible: true }).first();

test('offer to delivery with the offline steps synced once, and the chain visible to the resident', async () => {
  const caseId = await prepareDelegateCase(server.url);
  await signIn(helper, server.url, '13900000002');
  await button(helper, '帮办员工作台').click();
  const offer = helper.locator('.card', { hasText: '代办高龄津贴' });
  await offer.getByRole('button', { name: '接单' }).click();
  // The offer card goes once the accept is through; only then is the card left the task's.
  await offer.getByRole('button', { name: '接单', exact: true }).waitFor({ state: 'detached' });
  await helper.locator('.card', { hasText: '代办高龄津贴' }).getByRole('button').first().click();
  await see(helper, '下一步');
  await button(helper, '已和居民约好时间').click();
  await button(helper, '出发').click();
  // the case's status card says it (the helper's page leaves out the next-step line written to the resident)
  await helper.getByRole('status').filter({ hasText: '帮办员在路上' }).filter({ visible: true }).first().waitFor();

  // In the pasture: no signal.
  await helperContext.setOffline(true);
  await button(helper, '到达签到').click();
  await see(helper, '网络不好，已保存，联网后自动发送');
  await button(helper, '签委托书').click();
  await draw(helper, '委托人（居民）签名');
  await draw(helper, '受托人（帮办员）签名');
  await button(helper, '保存委托书').click();
  await button(helper, '交接单：居民交材料').click();
  await helper.locator('input[type=file][aria-label="拍照留底"]').setInputFiles({ name: 'documents.png', mimeType: 'image/png', buffer: PNG_1X1 });
  await see(helper, '已上传1张照片');
  // 代缴: she also hands over 380 yuan for the processing fee, counted on the same sheet
  await helper.getByRole('switch', { name: '帮居民交钱（代缴）：收了现金' }).click();
  await field(helper, '金额（元）').fill('380');
  await field(helper, '交什么钱（如：2027年度城乡居民医保）').fill('2027年度城乡居民医保');
  await draw(helper, '交出方签名');
  await draw(helper, '接收方签名');
  await button(helper, '保存交接单').click();
  const outbox = helper.locator('.outbox').filter({ visible: true });
  await outbox.filter({ hasText: '等待发送（3）' }).waitFor();
  for (const step of ['到达签到', '签委托书', '交接单：居民交材料']) await outbox.getByText(step).waitFor();

  // Back in signal: everything goes, once, in order.
  await helperContext.setOffline(false);
  await button(helper, '现在发送').click();
  await helper.locator('.outbox').filter({ visible: true }).waitFor({ state: 'hidden' });
  await helper.reload();
  await see(helper, '材料已交接');

  await button(helper, '交接单：递交部门').click();
  await field(helper, '部门受理号').fill('MZ-2026-1127');
  await see(helper, '居民交给您代缴的钱还有 380.00 元：写下实际缴了多少和票据号');
  await field(helper, '金额（元）').fill('360');
  await field(helper, '缴费票据号').fill('PJ-2026-0001');
  await draw(helper, '交出方签名');
  await draw(helper, '接收方签名');
  await button(helper, '保存交接单').click();
  await see(helper, '已送到部门');
  await button(helper, '部门已受理，审核中').click();
  await button(helper, '部门已通过').click();
  await button(helper, '交接单：交还居民').click();
  await see(helper, '交还居民余额 20.00 元，和办理结果一起交接');
  await draw(helper, '交出方签名');
  await draw(helper, '接收方签名');
  await button(helper, '保存交接单').click();
  await see(helper, '结果已送达');

  // The resident sees every step and every hand-over, each recorded once.
  const resident = await sessionFor(server.url, '13800000001');
  const detail = (await (await fetch(`${server.url}/api/requests/${caseId}`, { headers: { authorization: `Bearer ${resident.token}` } })).json()) as {
    status: string;
    timeline: { to: string }[];
    handovers: { kind: string; photos: unknown[] }[];
    authorisations: unknown[];
    checkIns: unknown[];
  };
  expect(detail.status).toBe('result_delivered');
  expect(detail.checkIns).toHaveLength(1);
  expect(detail.authorisations).toHaveLength(1);
  expect(detail.handovers.map((h) => h.kind)).toEqual(['resident_to_helper', 'helper_to_department', 'helper_to_resident']);
  expect(detail.handovers[0]?.photos).toHaveLength(1);
  expect(detail.timeline.map((e) => e.to)).toEqual([
    'submitted', 'triaged', 'offered', 'assigned', 'scheduled', 'en_route', 'on_site', 'authorised',
    'materials_received', 'submitted_to_department', 'under_review', 'approved', 'result_delivered',
  ]);

  const residentContext = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  const residentPage = await residentContext.newPage();
  await signIn(residentPage, server.url, '13800000001');
  await residentPage.goto(`${server.url}/#/pages/case/index?id=${caseId}`);
  await see(residentPage, '材料交接记录');
  await see(residentPage, '其其格 → 乌日娜');
  await see(residentPage, '乌日娜 → 民政窗口');
  await see(residentPage, '部门受理号：MZ-2026-1127');
  await see(residentPage, '代缴：已缴 360.00 元（2027年度城乡居民医保），票据号 PJ-2026-0001');
  await see(residentPage, '代缴对账：收 380.00 元，已缴 360.00 元，已退 20.00 元 · 已结清');
  // The resident rates the finished case, then opens the signed 委托书 as a printable page.
  await see(residentPage, '请给这次服务打分');
  await residentPage.getByRole('radio', { name: /^(✓ )?非常满意$/ }).click();
  await residentPage.getByRole('button', { name: '提交评价' }).filter({ visible: true }).click();
  await see(residentPage, '您的评价：非常满意');
  await residentPage.getByRole('button', { name: /签委托书 ·/ }).click();
  await see(residentPage, '校验码（SHA-256）');
  await residentContext.close();
});
