// Issue 6 end to end: a resident gives a real-name bad rating; the supervisor verifies it, records the rectification
// and replies; the resident sees the reply on their case.
import type { Page } from 'playwright-core';
import { prepareDeliveredCallback } from '../../scripts/audit/sessions';
import { serverAndPhones } from './harness';
import { field, see, signIn } from './ui';

jest.setTimeout(150_000);

const env = serverAndPhones();
const phone = () => env.phone();

const button = (page: Page, name: string) => page.getByRole('button', { name }).filter({ visible: true }).first();

test('a bad real-name rating is verified, rectified and answered, and the resident sees the answer', async () => {
  const caseId = await prepareDeliveredCallback(env.url());
  const resident = await phone();
  await signIn(resident, env.url(), '13800000001');
  await resident.goto(`${env.url()}/#/pages/case/index?id=${caseId}`);
  await see(resident, '请给这次服务打分');
  await resident.getByRole('radio', { name: /^(✓ )?不满意$/ }).click();
  await field(resident, '想说的话（可以不填）').fill('等了三天才回电');
  await button(resident, '提交评价').click();
  await see(resident, '您的评价：不满意');
  await see(resident, '服务中心正在核实');

  const supervisor = await phone();
  await signIn(supervisor, env.url(), '13700000001');
  await button(supervisor, '督办台').click();
  await supervisor.getByRole('radio', { name: /好差评/ }).click();
  const card = supervisor.locator('.card', { hasText: '等了三天才回电' }).filter({ visible: true });
  await card.getByRole('button', { name: '属实', exact: true }).click();
  await card.locator('input').fill('回电超过承诺时间');
  await card.getByRole('button', { name: '确认' }).click();
  await card.getByText('正在整改').waitFor();
  await card.getByRole('button', { name: '记录整改' }).click();
  await card.locator('input').fill('回电要求当天处理，纳入考核');
  await card.getByRole('button', { name: '确认' }).click();
  await card.getByText('等待答复').waitFor();
  await card.getByRole('button', { name: '答复并回访' }).click();
  await card.locator('input').fill('已整改：回电当天处理。感谢您的意见。');
  await card.getByRole('button', { name: '确认' }).click();
  await card.getByText('已答复').waitFor();

  await resident.reload();
  await see(resident, '服务中心答复：已整改：回电当天处理。感谢您的意见。');
  await see(resident, '整改措施：回电要求当天处理，纳入考核');
});
