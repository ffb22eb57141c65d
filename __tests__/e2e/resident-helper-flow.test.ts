// Point 7 of the foundation, as two people would do it: a resident asks for a home visit, the village's grid worker
// accepts it in the helper workbench, and the resident's case page shows who is coming and how to call them.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, startServer, type RunningServer } from './harness';

jest.setTimeout(120_000);

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
});

async function newPhone(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', hasTouch: true });
  contexts.push(context);
  return context.newPage();
}

async function signIn(page: Page, phone: string): Promise<void> {
  await page.goto(`${server.url}/#/pages/index/index`);
  await page.getByRole('button', { name: '登录 / 注册' }).click();
  await field(page, '请输入11位手机号').fill(phone);
  await page.getByRole('button', { name: '获取验证码' }).click();
  const banner = page.getByText(/演示模式：验证码是 \d{6}/);
  await banner.waitFor();
  const code = /(\d{6})/.exec((await banner.textContent()) ?? '')?.[1] ?? '';
  await field(page, '请输入6位验证码').fill(code);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

test('a resident asks for help, the grid worker accepts, the resident sees who is coming and can call them', async () => {
  const resident = await newPhone();
  await signIn(resident, '13800000001');
  await see(resident, '您好，其其格');

  await resident.getByRole('button', { name: '请帮我' }).click();
  await field(resident, '例如：帮我办高龄津贴').fill('帮我申请高龄津贴，我腿脚不方便');
  // Her own township and 嘎查 are preselected from her profile; she can still see and change them.
  await expectChecked(resident, '乌审召镇');
  await expectChecked(resident, '乌审召嘎查');
  await resident.getByRole('button', { name: '提交，请人上门' }).click();

  await see(resident, '办理进度');
  await see(resident, '已派给帮办员');
  await see(resident, '帮办员确认后会给您打电话。');
  const caseUrl = resident.url();

  const helper = await newPhone();
  await signIn(helper, '13900000002');
  await helper.getByRole('button', { name: '帮办员工作台' }).click();
  const offer = helper.locator('.card', { hasText: '帮我申请高龄津贴，我腿脚不方便' });
  await offer.waitFor();
  await offer.getByText('派单原因：本村（嘎查）网格员').waitFor();
  await offer.getByRole('button', { name: '接单' }).click();
  await see(helper, '我的任务');
  await helper.locator('.card', { hasText: '帮办员已接单' }).waitFor();

  await resident.goto(caseUrl);
  await resident.reload();
  await see(resident, '帮办员已接单');
  const call = resident.getByText('给乌日娜打电话');
  await call.waitFor();
  expect(await call.getAttribute('href')).toBe('tel:13900000002');
  const timeline = await resident.locator('.timeline__status').allTextContents();
  expect(timeline).toEqual(['帮办员已接单', '已派给帮办员', '已受理，正在派单', '已提交']);
  await resident.locator('.timeline__item', { hasText: '帮办员已接单' }).getByText(/乌日娜/).waitFor();
});

/** Taro keeps earlier pages of the stack in the DOM, hidden: a person only sees the visible one. */
async function see(page: Page, text: string): Promise<void> {
  await page.getByText(text).filter({ visible: true }).first().waitFor();
}

/** The native input or textarea inside Taro's H5 form component, found by its placeholder as a person sees it. */
function field(page: Page, placeholder: string) {
  return page.locator(`input[placeholder="${placeholder}"], textarea[placeholder="${placeholder}"]`);
}

async function expectChecked(page: Page, label: string): Promise<void> {
  const choice = page.getByRole('radio', { name: label });
  await choice.waitFor();
  expect(await choice.getAttribute('aria-checked')).toBe('true');
}
