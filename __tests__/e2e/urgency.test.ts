// 加急 end to end: a resident asks for it on her case page, the supervisor grants it from the board, the helper's task
// card says 加急, and the resident sees the decision on her case.
import type { Page } from 'playwright-core';
import { prepareDemoCase } from '../../scripts/audit/sessions';
import { serverAndPhones } from './harness';
import { field, see, signIn } from './ui';

jest.setTimeout(150_000);

const env = serverAndPhones();

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).filter({ visible: true }).first();

test('a resident asks for 加急, the supervisor grants it, the helper and the resident see it', async () => {
  const caseId = await prepareDemoCase(env.url());
  const resident = await env.phone();
  await signIn(resident, env.url(), '13800000001');
  await resident.goto(`${env.url()}/#/pages/case/index?id=${caseId}`);
  await button(resident, '我有急事，申请加急').click();
  await field(resident, '什么事急？比如：下周住院、补贴快到期').fill('下周三住院，想先办好');
  await button(resident, '确认').click();
  await see(resident, '已申请加急，服务中心会尽快答复');
  await see(resident, '居民申请加急：下周三住院，想先办好');

  const supervisor = await env.phone();
  await signIn(supervisor, env.url(), '13700000001');
  await button(supervisor, '督办台').click();
  const card = supervisor.locator('.card', { hasText: '居民申请加急：下周三住院，想先办好' }).filter({ visible: true });
  await card.getByRole('button', { name: '加急', exact: true }).click();
  await card.locator('input').fill('核实属实，住院前办好');
  await card.getByRole('button', { name: '确认' }).click();
  await supervisor.locator('.card', { hasText: '加急：核实属实，住院前办好' }).filter({ visible: true }).getByRole('button', { name: '取消加急' }).waitFor();

  const helper = await env.phone();
  await signIn(helper, env.url(), '13900000002');
  await button(helper, '帮办员工作台').click();
  await see(helper, '【加急】帮我申请高龄津贴');

  await resident.reload();
  await see(resident, '服务中心已加急办理');
  await see(resident, '督办加急：核实属实，住院前办好');
  expect(await button(resident, '我有急事，申请加急').count()).toBe(0);
});
