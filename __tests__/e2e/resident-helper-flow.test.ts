// Point 7 of the foundation, as two people would do it: a resident asks for a home visit, the village's grid worker
// accepts it in the helper workbench, and the resident's case page shows who is coming and how to call them.
import { serverAndPhones } from './harness';
import { expectChecked, field, see, signIn as signInAt } from './ui';

jest.setTimeout(120_000);

const env = serverAndPhones();
const newPhone = () => env.phone({ hasTouch: true });

test('a resident asks for help, the grid worker accepts, the resident sees who is coming and can call them', async () => {
  const resident = await newPhone();
  await signInAt(resident, env.url(), '13800000001');
  await see(resident, '您好，其其格');

  await resident.getByRole('button', { name: '预约上门' }).click();
  await field(resident, '也可以写在这里').fill('帮我申请高龄津贴，我腿脚不方便');
  // Her own township and 嘎查 are preselected from her profile; she can still see and change them.
  await expectChecked(resident, '您住在哪个镇（苏木）？', '乌审召镇');
  await expectChecked(resident, '哪个嘎查、村或社区？', '乌审召嘎查');
  await resident.getByRole('radio', { name: /乌日娜/ }).first().click();
  await resident.getByRole('button', { name: '提交预约' }).click();

  await see(resident, '办理进度');
  await see(resident, '已派给帮办员');
  await see(resident, '帮办员确认后会给您打电话。');
  // The dispatch plan in plain words: her booked time is kept, by her own 嘎查's grid worker.
  await resident.locator('.card', { hasText: '上门安排' }).getByText(/^已按您的预约，.*由您村（嘎查）的网格员上门。$/).waitFor();
  const caseUrl = resident.url();

  const helper = await newPhone();
  await signInAt(helper, env.url(), '13900000002');
  await helper.getByRole('button', { name: '帮办员工作台' }).click();
  const offer = helper.locator('.card', { hasText: '帮我申请高龄津贴，我腿脚不方便' });
  await offer.waitFor();
  // The offer card carries the engine's plan: the booked window it keeps.
  await offer.getByText(/派单原因：.*预约/).waitFor();
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

