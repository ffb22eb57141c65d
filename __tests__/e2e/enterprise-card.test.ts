// 企业数字名片 end to end, in the browser: the enterprise's contact issues the card from the archive, someone without
// an account opens the link on another phone and reads the licence and the project's progress; the contact
// withdraws it and the same link then says the card is gone.
import type { Page } from 'playwright-core';
import { serverAndPhones } from './harness';
import { see, signIn } from './ui';

jest.setTimeout(150_000);

const env = serverAndPhones();

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).filter({ visible: true }).first();

test('the contact issues the card, a bank opens the link without an account, the contact withdraws it', async () => {
  const contact = await env.phone();
  await signIn(contact, env.url(), '13600000001');
  await contact.goto(`${env.url()}/#/pages/enterprise/index`);
  await see(contact, '91150626MA0N8D2K3X');
  await see(contact, '企业数字名片');
  await button(contact, '生成名片').click();
  const qr = contact.getByRole('img', { name: /数字名片二维码/ }).filter({ visible: true }).first();
  await qr.waitFor();
  expect(await qr.evaluate((el) => (el instanceof HTMLImageElement ? el.naturalWidth : el.querySelector('img')?.naturalWidth ?? 0))).toBeGreaterThan(0);
  await see(contact, '名片已被打开0次');
  const link = (await contact.getByText(/#\/pages\/card\/index\?t=/).filter({ visible: true }).first().textContent()) ?? '';
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/pages\/card\/index\?t=[A-Za-z0-9_-]{22}$/);

  const bank = await env.phone();
  await bank.goto(link);
  await see(bank, '乌审旗苏里格绿能新材料有限公司（演示）');
  await see(bank, '91150626MA0N8D2K3X');
  await see(bank, '当前环节：施工许可（办理中）');
  await see(bank, '3/7个环节已完成');
  await see(bank, '营业执照 · 2026-03-10取得 · 企业开办');
  expect(await bank.locator('body').innerText()).not.toMatch(/1[3-9]\d{9}/);
  expect(await bank.title()).toBe('乌审旗苏里格绿能新材料有限公司（演示）');

  await contact.reload();
  await see(contact, '名片已被打开1次');
  await button(contact, '停用名片').click();
  await see(contact, '停用以后，链接和二维码都打不开了。需要时可以再生成。');
  await button(contact, '确定停用').click();
  await see(contact, '名片已停用。');
  await see(contact, '生成名片');

  await bank.reload();
  await see(bank, '这张名片已停用或换了新链接，请向企业要一张新的。');
});
