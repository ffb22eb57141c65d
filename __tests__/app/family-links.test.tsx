// The family page after the first visit: a pending link can still take its code or get a new one, and either side
// ends a link in two taps (the first says what it means).
import { act } from 'react';
import { FamilyPanel } from '../../src/features/family/FamilyPanel';
import { fakeApi } from './fake-api';
import { eventually, exactly, render, resetStores, screenText, waitForText } from './render';

beforeEach(() => {
  resetStores();
  jest.restoreAllMocks();
});

function typeInto(placeholder: string, value: string, utils: Awaited<ReturnType<typeof render>>): void {
  const el = utils.queries.queryByPlaceholder(placeholder) as Element;
  act(() => {
    el.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }));
  });
}

const link = { id: 'fl-1', member: { id: 'u-qiqige', name: '妈妈' }, relation: '母亲' };

test('a link still waiting, on a later visit: a new code is sent, typed in, and the link is confirmed', async () => {
  let status = 'pending';
  const sent = fakeApi({
    'GET /api/family': () => ({ body: { items: [{ ...link, status }], actingForMe: [] } }),
    'POST /api/family/fl-1/resend': { body: { link: { ...link, status: 'pending' }, devCode: '135790' } },
    'POST /api/family/fl-1/confirm': () => {
      status = 'confirmed';
      return { body: { ...link, status } };
    },
  });
  const utils = await render(FamilyPanel);
  await waitForText(utils, '等待确认');
  utils.fireEvent.click(await waitForText(utils, '重新发验证码给家人'));
  await waitForText(utils, '新的验证码已发到家人的手机，以前的验证码不能再用了。');
  await waitForText(utils, '演示模式：家人的验证码是 135790');
  typeInto('家人收到的验证码', '135790', utils);
  utils.fireEvent.click(await exactly('确认'));
  await waitForText(utils, '已确认，可以代办');
  await eventually(() => expect(sent.find((s) => s.path === '/api/family/fl-1/confirm')?.body).toEqual({ code: '135790' }));
});

test('a pending link takes the code the member read out without sending a new one', async () => {
  const sent = fakeApi({
    'GET /api/family': { body: { items: [{ ...link, status: 'pending' }], actingForMe: [] } },
    'POST /api/family/fl-1/confirm': { body: { ...link, status: 'confirmed' } },
  });
  const utils = await render(FamilyPanel);
  utils.fireEvent.click(await waitForText(utils, '输入家人告诉您的验证码'));
  typeInto('家人收到的验证码', '246810', utils);
  utils.fireEvent.click(await exactly('确认'));
  await eventually(() => expect(sent.find((s) => s.path === '/api/family/fl-1/confirm')?.body).toEqual({ code: '246810' }));
  expect(sent.some((s) => s.path.endsWith('/resend'))).toBe(false);
});

test('the mother sees who may act for her and withdraws it: the first tap only asks, the second ends it', async () => {
  let ended = false;
  const sent = fakeApi({
    'GET /api/family': () => ({
      body: { items: [], actingForMe: ended ? [] : [{ id: 'fl-2', actor: { id: 'u-bateer', name: '巴特尔' }, relation: '母亲', status: 'confirmed' }] },
    }),
    'POST /api/family/fl-2/end': () => {
      ended = true;
      return { body: { ...link, id: 'fl-2', status: 'ended' } };
    },
  });
  const utils = await render(FamilyPanel);
  await waitForText(utils, '谁可以替我办事');
  await waitForText(utils, '可以替您申请、查看您的进度。');
  utils.fireEvent.click(await waitForText(utils, '解除，不让TA再替我办'));
  await waitForText(utils, '确定吗？巴特尔将不能再替您申请，也看不到您的事情了。');
  expect(sent.some((s) => s.path.endsWith('/end'))).toBe(false);
  utils.fireEvent.click(await waitForText(utils, '确定解除'));
  await waitForText(utils, '已解除。');
  await eventually(() => expect(screenText()).not.toContain('巴特尔'));
  expect(sent.filter((s) => s.path === '/api/family/fl-2/end')).toHaveLength(1);
});

test('cancelling the question ends nothing', async () => {
  const sent = fakeApi({ 'GET /api/family': { body: { items: [{ ...link, status: 'confirmed' }], actingForMe: [] } } });
  const utils = await render(FamilyPanel);
  utils.fireEvent.click(await waitForText(utils, '不再代办'));
  await waitForText(utils, '确定吗？之后您不能再替妈妈申请，也看不到妈妈的事情了。');
  utils.fireEvent.click(await exactly('取消'));
  await waitForText(utils, '不再代办');
  expect(sent.some((s) => s.method === 'POST')).toBe(false);
});
