import { CaseTable } from '../../src/features/console/CaseTable';
import type { CaseBoardResponse } from '../../types';
import { typeInto } from './console-input';
import { fakeApi } from './fake-api';
import { eventually, render, resetStores, screenText, waitForText } from './render';

beforeEach(() => {
  resetStores();
  jest.restoreAllMocks();
});

const board: CaseBoardResponse = {
  today: '2026-11-27',
  counts: { on_time: 3, due_soon: 1, overdue: 1, none: 2 },
  items: [
    {
      id: 'r-9',
      kind: 'delegate',
      status: 'under_review',
      description: '代办残疾人证',
      villageId: 'galutu-hurehu',
      villageName: '呼热胡社区',
      townshipName: '嘎鲁图镇',
      townshipId: 'galutu',
      serviceItemId: 'disability-cert-apply',
      serviceItemName: '残疾人证申领',
      createdAt: '2026-10-20T02:00:00.000Z',
      updatedAt: '2026-11-20T02:00:00.000Z',
      department: '残联',
      residentName: '张桂兰',
      helper: { id: 'u-wanghaijun', name: '王海军' },
      legalDeadline: { date: '2026-11-25', workingDaysLeft: -2 },
      deadlineState: 'overdue',
      escalated: false,
      urgent: false,
      urgentReason: null, urgencyAsked: null,
      dispatch: null,
      moneyHeldFen: 2000,
    },
  ],
};

test('the board says in words how overdue a case is, counts each state, and reassignment asks why', async () => {
  const sent = fakeApi({ 'GET /api/supervision/cases': { body: board }, 'POST /api/supervision/cases/r-9/reassign': { body: {} } });
  const utils = await render(CaseTable, { onOpen: jest.fn() });
  await waitForText(utils, '张桂兰：残疾人证申领');
  const text = screenText();
  expect(text).toContain('超期 · 已超过法定时限2个工作日');
  expect(text).toContain('代缴：王海军手里有居民的 20.00 元未缴、未退');
  expect(text).toContain('超期 1');
  expect(text).toContain('临期 1');
  await withReason(utils, '退回重新派单', '请写明原因', '帮办员请假');
  await eventually(() => expect(sent.find((s) => s.method === 'POST')?.body).toEqual({ reason: '帮办员请假' }));
});

/** Taps a NoteAction's button, types the reason and confirms: what every board action asks for. */
async function withReason(utils: Awaited<ReturnType<typeof render>>, button: string, placeholder: string, reason: string): Promise<void> {
  utils.fireEvent.click(await waitForText(utils, button));
  typeInto(utils, placeholder, reason);
  utils.fireEvent.click(await waitForText(utils, '确认'));
}

test('加急 asks why and sends it', async () => {
  const sent = fakeApi({ 'GET /api/supervision/cases': { body: board }, 'POST /api/supervision/cases/r-9/urgency': { body: {} } });
  const utils = await render(CaseTable, { onOpen: jest.fn() });
  await waitForText(utils, '张桂兰：残疾人证申领');
  await withReason(utils, '加急', '为什么加急（居民和帮办员都能看到）', '老人下周住院');
  await eventually(() => expect(sent.find((s) => s.method === 'POST')?.body).toEqual({ urgent: true, reason: '老人下周住院' }));
});

test('an urgent case on the board: the reason in words, and the button lifts it', async () => {
  const [row] = board.items;
  const urgentBoard: CaseBoardResponse = { ...board, items: row ? [{ ...row, urgent: true, urgentReason: '老人下周住院' }] : [] };
  const sent = fakeApi({ 'GET /api/supervision/cases': { body: urgentBoard }, 'POST /api/supervision/cases/r-9/urgency': { body: {} } });
  const utils = await render(CaseTable, { onOpen: jest.fn() });
  await waitForText(utils, '加急：老人下周住院');
  await withReason(utils, '取消加急', '为什么取消加急', '住院推迟');
  await eventually(() => expect(sent.find((s) => s.method === 'POST')?.body).toEqual({ urgent: false, reason: '住院推迟' }));
});

test('a resident’s ask for 加急 shows their words; the supervisor grants it or says why not', async () => {
  const [row] = board.items;
  const askedBoard: CaseBoardResponse = { ...board, items: row ? [{ ...row, urgencyAsked: '下周三住院' }] : [] };
  const sent = fakeApi({ 'GET /api/supervision/cases': { body: askedBoard }, 'POST /api/supervision/cases/r-9/urgency': { body: {} } });
  const utils = await render(CaseTable, { onOpen: jest.fn() });
  await waitForText(utils, '居民申请加急：下周三住院');
  await withReason(utils, '不加急', '为什么不加急（居民能看到）', '按时限办理，周二上门');
  await eventually(() => expect(sent.find((s) => s.method === 'POST')?.body).toEqual({ urgent: false, reason: '按时限办理，周二上门' }));
});

test('once 加急 is confirmed the form closes: the row’s next action is a button again, not a filled-in form', async () => {
  const [row] = board.items;
  let urgent = false;
  const api = fakeApi({
    'GET /api/supervision/cases': () => ({ body: { ...board, items: row ? [{ ...row, urgent, urgentReason: urgent ? '老人下周住院' : null }] : [] } }),
    'POST /api/supervision/cases/r-9/urgency': () => {
      urgent = true;
      return { body: {} };
    },
  });
  const utils = await render(CaseTable, { onOpen: jest.fn() });
  await waitForText(utils, '张桂兰：残疾人证申领');
  await withReason(utils, '加急', '为什么加急（居民和帮办员都能看到）', '老人下周住院');
  await waitForText(utils, '加急：老人下周住院');
  expect(utils.queries.queryByPlaceholder('为什么取消加急')).toBeNull();
  expect(api.filter((s) => s.method === 'POST')).toHaveLength(1);
});
