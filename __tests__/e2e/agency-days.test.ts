// 民生集市 and a cancelled agency day end to end, in the browser: the supervisor publishes a market day for 其其格's
// 嘎查, she books it from her phone; its helper falls ill and the supervisor hands the day to the 嘎查's grid worker
// (her case says so); then a dust-storm warning: the supervisor cancels the day with the reason, and her case says so
// on its timeline and no longer holds the day.
import type { Page } from 'playwright-core';
import { serverAndPhones } from './harness';
import { field, see, signIn } from './ui';

jest.setTimeout(150_000);

const env = serverAndPhones();

const inForm = (page: Page) => page.getByRole('group', { name: '新增民生集市' });

test('a market day is published, booked by a resident, handed to another helper, and cancelled with its reason', async () => {
  const supervisor = await env.phone();
  await signIn(supervisor, env.url(), '13700000001');
  await supervisor.goto(`${env.url()}/#/supervisor/pages/console/index`);
  await supervisor.locator('[role=radio]', { hasText: '流动代办点' }).first().click();
  await supervisor.getByRole('button', { name: '新增民生集市' }).click();
  await inForm(supervisor).getByRole('radio', { name: '乌审召镇' }).click();
  await inForm(supervisor).getByRole('checkbox', { name: '乌审召嘎查' }).click();
  const day = await supervisor.evaluate(() => {
    const d = new Date(Date.now() + 8 * 3600_000 + 4 * 86_400_000);
    return d.toISOString().slice(0, 10);
  });
  await inForm(supervisor).locator('input[type=date]').fill(day);
  await inForm(supervisor).getByRole('radio', { name: '11:00' }).first().click();
  await field(supervisor, '地点（如：图克镇民生集市）').fill('乌审召镇民生集市');
  await inForm(supervisor).getByRole('radio', { name: '王海军' }).click();
  await supervisor.getByRole('button', { name: '发布' }).click();
  await see(supervisor, '已发布，这些嘎查村的居民预约上门时可以选这一天。');
  await see(supervisor, `${day} 11:00–15:00 · 民生集市 · 乌审召镇`);

  const resident = await env.phone();
  await signIn(resident, env.url(), '13800000001');
  await resident.getByRole('button', { name: '预约上门' }).click();
  await field(resident, '也可以写在这里').fill('赶集那天帮我办高龄津贴');
  await resident.getByRole('radio', { name: `${day} 11:00–15:00 民生集市：乌审召镇民生集市` }).click();
  await resident.getByRole('button', { name: '提交预约' }).click();
  await see(resident, `流动代办点：${day} 11:00–15:00，在乌审召镇民生集市`);
  const caseUrl = resident.url();

  await supervisor.reload();
  await supervisor.locator('[role=radio]', { hasText: '流动代办点' }).first().click();
  await see(supervisor, '王海军负责 · 已约1人');
  // 王海军 falls ill: 乌日娜, the 嘎查's grid worker, takes the day and the case booked on it.
  await supervisor.getByRole('button', { name: `换人负责（${day} 乌审召镇民生集市）` }).click();
  await see(supervisor, '已约的1件事项会交给新的帮办员（已在路上的除外），每件的进度里写明原因。');
  await supervisor.getByRole('group', { name: '换人负责' }).getByRole('radio', { name: '乌日娜' }).click();
  await field(supervisor, '换人原因（写进已约事项的进度）').fill('王海军病假');
  await supervisor.getByRole('button', { name: '确定换人' }).click();
  await see(supervisor, '已改由乌日娜负责，1件已约的事项已交给乌日娜。');
  await see(supervisor, '乌日娜负责 · 已约1人');
  await resident.goto(caseUrl);
  await resident.reload();
  await see(resident, `流动代办点${day}（乌审召镇民生集市）改由乌日娜负责：王海军病假`);

  await supervisor.getByRole('button', { name: `取消这一天（${day} 乌审召镇民生集市）` }).click();
  await see(supervisor, '已约的1人会收到通知，事项重新派单，由帮办员另约时间上门。');
  await field(supervisor, '取消原因（会告诉已预约的居民）').fill('沙尘暴预警');
  await supervisor.getByRole('button', { name: '确定取消' }).click();
  await see(supervisor, '已取消，1件已约的事项已重新派单。');
  await see(supervisor, '已取消：沙尘暴预警');

  await resident.goto(caseUrl);
  await resident.reload();
  await see(resident, `流动代办点${day}（乌审召镇民生集市）取消：沙尘暴预警`);
  expect(await resident.getByText(`流动代办点：${day}`).filter({ visible: true }).count()).toBe(0);
});
