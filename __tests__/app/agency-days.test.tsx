// The console's agency point tab: a day is cancelled only with a reason (told to whoever booked it), and a market day
// is checked before it is sent: villages, a day, hours that end after they start, a place, and someone who serves
// those villages; then exactly what was chosen is sent.
import { AgencyDays } from '../../src/features/console/AgencyDays';
import type { AgencyDayView, HelperAdminView, TownshipView } from '../../types';
import { tapLabelled, typeInto } from './console-input';
import { fakeApi } from './fake-api';
import { eventually, exactly, render, resetStores, waitForText } from './render';

beforeEach(() => {
  resetStores();
  jest.restoreAllMocks();
});

const places: TownshipView[] = [
  { id: 'wushenzhao', name: '乌审召镇', villages: [{ id: 'wsz-1', name: '乌审召嘎查', kind: 'gacha' }, { id: 'wsz-2', name: '布日都嘎查', kind: 'gacha' }] },
];
const helper = (id: string, name: string, patch: Partial<HelperAdminView>): HelperAdminView => ({
  id, name, phone: null, kind: 'blue_vest', townshipId: 'wushenzhao', skills: [], gridVillageIds: [], languages: ['zh'], onDuty: true, capacityPerDay: 5, openTasks: 0, ...patch,
});
const helpers = [
  helper('u-wang', '王海军', {}),
  helper('u-urina', '乌日娜', { kind: 'grid_worker', gridVillageIds: ['wsz-1'] }),
  helper('u-off', '休假的人', { onDuty: false }),
];
const round: AgencyDayView = {
  id: 'av-wsz-1-2026-12-01', kind: 'round', day: '2026-12-01', start: null, end: null, place: '乌审召嘎查党群服务中心', townshipName: '乌审召镇',
  villages: [{ id: 'wsz-1', name: '乌审召嘎查' }], helper: { id: 'u-wang', name: '王海军' }, booked: 2, cancelled: null,
};

test('cancelling a day asks for the reason and sends it; the day then shows why it was cancelled', async () => {
  let day = round;
  const sent = fakeApi({
    'GET /api/supervision/agency-days': () => ({ body: { items: [day] } }),
    'GET /api/supervision/helpers': { body: { items: helpers } },
    'GET /api/places': { body: places },
    'POST /api/supervision/agency-days/av-wsz-1-2026-12-01/cancel': () => {
      day = { ...round, booked: 0, cancelled: { at: '2026-11-28T01:00:00.000Z', reason: '沙尘暴预警' } };
      return { body: { day, redispatched: 2, underWay: 1 } };
    },
  });
  const utils = await render(AgencyDays);
  await waitForText(utils, '王海军负责 · 已约2人');
  tapLabelled(utils, '取消这一天（2026-12-01 乌审召嘎查党群服务中心）');
  await waitForText(utils, '已约的2人会收到通知，事项重新派单，由帮办员另约时间上门。');
  utils.fireEvent.click(await exactly('确定取消'));
  await waitForText(utils, '请写取消原因');
  expect(sent.filter((s) => s.method === 'POST')).toEqual([]);
  typeInto(utils, '取消原因（会告诉已预约的居民）', '沙尘暴预警');
  utils.fireEvent.click(await exactly('确定取消'));
  await waitForText(utils, '已取消，2件已约的事项已重新派单。 另有1件帮办员已在路上：已通知帮办员和居民，请帮办员和居民电话联系。');
  await waitForText(utils, '已取消：沙尘暴预警');
  expect(sent.find((s) => s.method === 'POST')?.body).toEqual({ reason: '沙尘暴预警' });
});

test('a market day is checked before it is sent, and offers only helpers who serve every chosen village', async () => {
  const sent = fakeApi({
    'GET /api/supervision/agency-days': { body: { items: [] } },
    'GET /api/supervision/helpers': { body: { items: helpers } },
    'GET /api/places': { body: places },
    'POST /api/supervision/agency-days': (req) => ({ status: 201, body: { ...round, id: 'am-1', kind: 'market', ...(req.body as object) } }),
  });
  const utils = await render(AgencyDays);
  utils.fireEvent.click(await exactly('新增民生集市'));
  utils.fireEvent.click(await exactly('发布'));
  await waitForText(utils, '请选苏木/镇和至少一个嘎查村');
  const form = () => document.querySelector('[aria-label="新增民生集市"]') as Element;
  await eventually(() => expect(form()).not.toBeNull());
  const inForm = (text: string) => Array.from(form().querySelectorAll('[role=radio], [role=checkbox]')).find((el) => el.textContent?.trim() === text) as Element;
  utils.fireEvent.click(inForm('乌审召镇'));
  await eventually(() => expect(inForm('布日都嘎查')).toBeDefined());
  utils.fireEvent.click(inForm('乌审召嘎查'));
  utils.fireEvent.click(inForm('布日都嘎查'));
  // 乌日娜's grid is only 乌审召嘎查, and the helper on leave runs nothing
  await eventually(() => expect(inForm('王海军')).toBeDefined());
  expect(inForm('乌日娜')).toBeUndefined();
  expect(inForm('休假的人')).toBeUndefined();
  utils.fireEvent.click(await exactly('发布'));
  await waitForText(utils, '请选日期');
  const date = form().querySelector('input[type=date]') as HTMLInputElement;
  // as the browser does when a date is picked: the value changes, then an input event (React reads it from there)
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(date, '2026-12-05');
  date.dispatchEvent(new Event('input', { bubbles: true }));
  const inGroup = (group: string, text: string) =>
    Array.from(form().querySelectorAll(`[aria-label="${group}"] [role=radio]`)).find((el) => el.textContent?.trim() === text) as Element;
  utils.fireEvent.click(inGroup('开始时间', '14:00'));
  utils.fireEvent.click(inGroup('结束时间', '11:00'));
  utils.fireEvent.click(await exactly('发布'));
  await waitForText(utils, '结束时间要晚于开始时间');
  utils.fireEvent.click(inGroup('开始时间', '09:00'));
  utils.fireEvent.click(await exactly('发布'));
  await waitForText(utils, '请写地点');
  typeInto(utils, '地点（如：图克镇民生集市）', '乌审召镇民生集市');
  utils.fireEvent.click(await exactly('发布'));
  await waitForText(utils, '请选负责的帮办员');
  utils.fireEvent.click(inForm('王海军'));
  utils.fireEvent.click(await exactly('发布'));
  await waitForText(utils, '已发布，这些嘎查村的居民预约上门时可以选这一天。');
  expect(sent.filter((s) => s.method === 'POST').map((s) => s.body)).toEqual([
    { day: '2026-12-05', start: '09:00', end: '11:00', place: '乌审召镇民生集市', villageIds: ['wsz-1', 'wsz-2'], helperId: 'u-wang' },
  ]);
});

test('changing who runs a day offers only on-duty helpers serving its villages, needs a reason, and says what was handed over', async () => {
  let day = round;
  const sent = fakeApi({
    'GET /api/supervision/agency-days': () => ({ body: { items: [day] } }),
    'GET /api/supervision/helpers': { body: { items: helpers } },
    'GET /api/places': { body: places },
    'POST /api/supervision/agency-days/av-wsz-1-2026-12-01/helper': () => {
      day = { ...round, helper: { id: 'u-urina', name: '乌日娜' } };
      return { body: { day, handedOver: 1, underWay: 1 } };
    },
  });
  const utils = await render(AgencyDays);
  await waitForText(utils, '王海军负责 · 已约2人');
  tapLabelled(utils, '换人负责（2026-12-01 乌审召嘎查党群服务中心）');
  await waitForText(utils, '已约的2件事项会交给新的帮办员（已在路上的除外），每件的进度里写明原因。');
  const form = () => document.querySelector('[aria-label="换人负责"][role=group]') as Element;
  const inForm = (text: string) => Array.from(form().querySelectorAll('[role=radio]')).find((el) => el.textContent?.trim() === text);
  // the one running it now and the one on leave are not offered
  await eventually(() => expect(inForm('乌日娜')).toBeDefined());
  expect(inForm('王海军')).toBeUndefined();
  expect(inForm('休假的人')).toBeUndefined();
  utils.fireEvent.click(await exactly('确定换人'));
  await waitForText(utils, '请选负责的帮办员');
  utils.fireEvent.click(inForm('乌日娜') as Element);
  utils.fireEvent.click(await exactly('确定换人'));
  await waitForText(utils, '请写换人原因');
  expect(sent.filter((s) => s.method === 'POST')).toEqual([]);
  typeInto(utils, '换人原因（写进已约事项的进度）', '王海军病假');
  utils.fireEvent.click(await exactly('确定换人'));
  await waitForText(utils, '已改由乌日娜负责，1件已约的事项已交给乌日娜。 另有1件原帮办员已在路上，仍由原帮办员办。');
  await waitForText(utils, '乌日娜负责 · 已约2人');
  // done: the form closes (it would otherwise offer 王海军 back)
  await eventually(() => expect(form()).toBeNull());
  expect(sent.find((s) => s.method === 'POST')?.body).toEqual({ helperId: 'u-urina', reason: '王海军病假' });
});

test('moving a day needs the new place and a reason, and says how many were told', async () => {
  let day = round;
  const sent = fakeApi({
    'GET /api/supervision/agency-days': () => ({ body: { items: [day] } }),
    'GET /api/supervision/helpers': { body: { items: helpers } },
    'GET /api/places': { body: places },
    'POST /api/supervision/agency-days/av-wsz-1-2026-12-01/place': () => {
      day = { ...round, place: '乌审召镇文化站' };
      return { body: { day, told: 3 } };
    },
  });
  const utils = await render(AgencyDays);
  await waitForText(utils, '王海军负责 · 已约2人');
  tapLabelled(utils, '换地点（2026-12-01 乌审召嘎查党群服务中心）');
  await waitForText(utils, '已约的2件事项的居民和帮办员会马上收到新地点。');
  utils.fireEvent.click(await exactly('确定换地点'));
  await waitForText(utils, '请写新地点');
  typeInto(utils, '新地点（如：乌审召镇文化站）', '乌审召镇文化站');
  utils.fireEvent.click(await exactly('确定换地点'));
  await waitForText(utils, '请写换地点的原因');
  expect(sent.filter((s) => s.method === 'POST')).toEqual([]);
  typeInto(utils, '换地点的原因（会告诉已预约的居民）', '党群服务中心装修');
  utils.fireEvent.click(await exactly('确定换地点'));
  await waitForText(utils, '已改到乌审召镇文化站，已通知3人。');
  await eventually(() => expect(document.querySelector('[aria-label="换地点"][role=group]')).toBeNull());
  expect(sent.find((s) => s.method === 'POST')?.body).toEqual({ place: '乌审召镇文化站', reason: '党群服务中心装修' });
});
