import { CaseTable } from '../../src/features/console/CaseTable';
import type { CaseBoardResponse } from '../../types';
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
      dispatch: null,
    },
  ],
};

test('the board says in words how overdue a case is, counts each state, and reassignment asks why', async () => {
  const sent = fakeApi({ 'GET /api/supervision/cases': { body: board }, 'POST /api/supervision/cases/r-9/reassign': { body: {} } });
  const utils = await render(CaseTable, { onOpen: jest.fn() });
  await waitForText(utils, '张桂兰：残疾人证申领');
  const text = screenText();
  expect(text).toContain('超期 · 已超过法定时限2个工作日');
  expect(text).toContain('超期 1');
  expect(text).toContain('临期 1');
  utils.fireEvent.click(await waitForText(utils, '退回重新派单'));
  const input = utils.queries.queryByPlaceholder('请写明原因') as Element;
  input.dispatchEvent(new CustomEvent('input', { detail: { value: '帮办员请假' }, bubbles: true }));
  utils.fireEvent.click(await waitForText(utils, '确认'));
  await eventually(() => expect(sent.find((s) => s.method === 'POST')?.body).toEqual({ reason: '帮办员请假' }));
});
