// Issue 3 end to end: a resident books a home visit with a voice note (Chromium's fake microphone), applies for an
// item with a photo of a document and one material promised later (容缺), and sees both on their cases.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PNG_1X1 } from '../server/fixtures';
import { launchChromium, startServer, type RunningServer } from './harness';
import { field, see, signIn } from './ui';

jest.setTimeout(150_000);

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  await context.grantPermissions(['microphone']);
  page = await context.newPage();
  await signIn(page, server.url, '13800000001');
  await see(page, '您好，其其格');
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

test('booking a visit with a voice note instead of typing', async () => {
  await page.getByRole('button', { name: '预约上门' }).click();
  await page.getByRole('button', { name: '开始录音' }).click();
  await page.waitForTimeout(1500);
  await page.getByRole('button', { name: '停止录音' }).click();
  await see(page, '已录好一段语音');
  await field(page, '例如：嘎查委员会往北两公里，红色屋顶').fill('嘎查委员会往北两公里，红色屋顶');
  await page.getByRole('radio', { name: /流动代办点到/ }).first().click();
  await page.getByRole('button', { name: '提交预约' }).click();

  await see(page, '办理进度');
  await see(page, '流动代办点：');
  await see(page, '路标：嘎查委员会往北两公里，红色屋顶');
  await see(page, '语音留言');
  const audio = page.locator('audio').filter({ visible: true });
  await audio.waitFor();
  expect(await audio.getAttribute('src')).toMatch(/^blob:/);
});

test('applying with a photo of the ID card and the household register promised later (容缺)', async () => {
  await page.goto(`${server.url}/#/pages/index/index`);
  await page.getByRole('button', { name: '我要办事' }).click();
  await field(page, '搜索，如：养老、残疾、ylbx').fill('gljt');
  await page.getByText('高龄津贴申领').filter({ visible: true }).first().click();
  await see(page, '要准备的材料（一次告知）');
  await see(page, '可以后补（容缺）');
  await page.getByRole('button', { name: '我要申请' }).click();

  const materials = ['居民身份证', '居民户口簿', '社会保障卡或本人银行卡', '《高龄津贴申请审批表》', '近期一寸免冠彩色照片'];
  for (const m of materials) {
    const choice = m === '居民户口簿' ? '后补' : '我有';
    await page.getByRole('radiogroup', { name: m }).getByRole('radio', { name: choice }).click();
  }
  await page.locator('input[type=file][aria-label="拍照或选照片：居民身份证"]').setInputFiles({ name: 'id-card.png', mimeType: 'image/png', buffer: PNG_1X1 });
  await see(page, '已上传1张照片');
  const supplyBy = await page.locator('input[type=date]').evaluate((el) => (el as HTMLInputElement).min);
  await page.locator('input[type=date][aria-label="哪天能补上？：居民户口簿"]').fill(supplyBy);
  await page.getByRole('button', { name: '提交申请' }).click();

  await see(page, '办理进度');
  await see(page, `后补，请在${supplyBy}前补上`);
  await see(page, '已有 · 已上传1张照片');
  await see(page, '还有20个工作日');

  await page.goto(`${server.url}/#/pages/cases/index`);
  await see(page, '高龄津贴申领');
  await see(page, '上门服务');
});
