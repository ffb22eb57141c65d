import { act } from 'react';
import { BookingForm } from '../../src/features/booking/BookingForm';
import { FamilyPanel } from '../../src/features/family/FamilyPanel';
import type { AvailabilityResponse, TownshipView } from '../../types';
import { fakeApi } from './fake-api';
import { eventually, render, resetStores, screenText, waitForText } from './render';

beforeEach(() => {
  resetStores();
  jest.restoreAllMocks();
});

const places: TownshipView[] = [{ id: 'wushenzhao', name: '乌审召镇', villages: [{ id: 'wushenzhao-wushenzhao', name: '乌审召嘎查', kind: 'gacha' }] }];
const availability: AvailabilityResponse = {
  slots: [{ id: 's-1', day: '2026-11-30', start: '09:00', end: '10:30', helperName: '乌日娜', helperKind: 'grid_worker' }],
  agencyVisits: [{ id: 'av-1', day: '2026-12-02', place: '乌审召嘎查党群服务中心', kind: 'round', start: null, end: null }],
};

function typeInto(placeholder: string, value: string, utils: Awaited<ReturnType<typeof render>>): void {
  const el = utils.queries.queryByPlaceholder(placeholder) as Element;
  act(() => {
    el.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }));
  });
}

test('booking asks for a time, offers the free slots and the agency point day, and a taken slot is explained', async () => {
  const sent = fakeApi({
    'GET /api/places': { body: places },
    'GET /api/catalogue': { body: [] },
    'GET /api/availability': { body: availability },
    'POST /api/requests': { status: 409, body: { error: { code: 'SLOT_TAKEN', message: 'taken' } } },
  });
  const utils = await render(BookingForm, { defaultVillageId: 'wushenzhao-wushenzhao', family: [], onBooked: jest.fn() });
  await waitForText(utils, '2026-11-30 09:00–10:30 乌日娜');
  expect(screenText()).toContain('2026-12-02 流动代办点到乌审召嘎查党群服务中心');
  typeInto('也可以写在这里', '帮我看看要办什么', utils);
  utils.fireEvent.click(await waitForText(utils, '提交预约'));
  await waitForText(utils, '请选择上门的时间');
  utils.fireEvent.click(await waitForText(utils, '2026-11-30 09:00–10:30 乌日娜'));
  utils.fireEvent.click(await waitForText(utils, '提交预约'));
  await waitForText(utils, '这个时间刚被别人约走了，请换一个时间。');
  expect(sent.find((s) => s.method === 'POST')?.body).toMatchObject({ kind: 'home_visit', villageId: 'wushenzhao-wushenzhao', slotId: 's-1', description: '帮我看看要办什么' });
});

test('adding a family member sends a code to them; once they tell it, the link is confirmed', async () => {
  let confirmed = false;
  const link = { id: 'fl-1', member: { id: 'u-qiqige', name: '妈妈' }, relation: '母亲' };
  const sent = fakeApi({
    'GET /api/family': () => ({ body: { items: confirmed ? [{ ...link, status: 'confirmed' }] : [] } }),
    'POST /api/family': { body: { link: { ...link, status: 'pending' }, devCode: '246810' } },
    'POST /api/family/fl-1/confirm': () => {
      confirmed = true;
      return { body: { ...link, status: 'confirmed' } };
    },
  });
  const utils = await render(FamilyPanel);
  await waitForText(utils, '还没有添加家人。');
  typeInto('家人的手机号', '13800000001', utils);
  typeInto('怎么称呼', '妈妈', utils);
  typeInto('和您的关系（如：母亲）', '母亲', utils);
  utils.fireEvent.click(await waitForText(utils, '添加，发验证码给家人'));
  await waitForText(utils, '演示模式：家人的验证码是 246810');
  typeInto('家人收到的验证码', '246810', utils);
  utils.fireEvent.click(await waitForText(utils, '确认'));
  await waitForText(utils, '已确认，可以代办');
  await eventually(() => expect(sent.find((s) => s.path === '/api/family/fl-1/confirm')?.body).toEqual({ code: '246810' }));
});
