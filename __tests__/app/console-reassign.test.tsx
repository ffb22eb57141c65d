import { CaseTable } from '../../src/features/console/CaseTable';
import type { CaseBoardResponse, ReassignCandidatesResponse } from '../../types';
import { fakeApi } from './fake-api';
import { typeInto } from './console-input';
import { eventually, render, resetStores, screenText, waitForText } from './render';

beforeEach(() => {
  resetStores();
  jest.restoreAllMocks();
});

const board: CaseBoardResponse = {
  today: '2026-11-27',
  counts: { on_time: 1, due_soon: 0, overdue: 0, none: 0 },
  items: [
    {
      id: 'r-7', kind: 'home_visit', status: 'offered', description: '上门办高龄津贴', villageId: 'wushenzhao-wushenzhao', villageName: '乌审召嘎查', townshipName: '乌审召镇',
      townshipId: 'wushenzhao', serviceItemId: 'senior-allowance', serviceItemName: '高龄津贴申领', createdAt: '2026-11-20T02:00:00.000Z', updatedAt: '2026-11-20T02:00:00.000Z',
      department: '民政', residentName: '其其格', helper: null, legalDeadline: { date: '2026-12-18', workingDaysLeft: 15 }, deadlineState: 'on_time', escalated: false,
      urgent: false, urgentReason: null, urgencyAsked: null,
      dispatch: { day: '2026-11-30', stopNumber: 2, note: '→乌日娜 周一第2站 · +8公里 · 本网格' },
      moneyHeldFen: 0,
    },
  ],
};
const candidates: ReassignCandidatesResponse = {
  items: [
    { id: 'u-wurina', name: '乌日娜', kind: 'grid_worker', townshipName: '乌审召镇', openTasks: 5, capacityPerDay: 5, ownGrid: true, sameTownship: true, hasSkill: true, distanceKm: 0 },
    { id: 'u-wanghaijun', name: '王海军', kind: 'blue_vest', townshipName: '乌审召镇', openTasks: 2, capacityPerDay: 6, ownGrid: false, sameTownship: true, hasSkill: true, distanceKm: 3.2 },
    { id: 'u-bayaer', name: '巴雅尔', kind: 'blue_vest', townshipName: '苏里格经济开发区', openTasks: 0, capacityPerDay: 4, ownGrid: false, sameTownship: false, hasSkill: false, distanceKm: 61.5 },
  ],
};

test('the candidates come with their fit and load (a full one says so); the pick and the reason are sent', async () => {
  const sent = fakeApi({
    'GET /api/supervision/cases': { body: board },
    'GET /api/supervision/cases/r-7/candidates': { body: candidates },
    'POST /api/supervision/cases/r-7/reassign': { body: {} },
  });
  const utils = await render(CaseTable, { onOpen: jest.fn() });
  utils.fireEvent.click(await waitForText(utils, '指派给帮办员'));
  await waitForText(utils, '乌日娜（网格员） · 本村网格员 · 在办5件 / 每天5件 · 已满 · 约0公里');
  const text = screenText();
  // The board shows the engine's plan for the case, so the supervisor knows what reassigning would override.
  expect(text).toContain('派单计划（2026-11-30）：→乌日娜 周一第2站 · +8公里 · 本网格');
  expect(text).toContain('王海军（蓝马甲） · 同镇 · 在办2件 / 每天6件 · 约3.2公里');
  expect(text).toContain('巴雅尔（蓝马甲） · 苏里格经济开发区 · 不熟悉这个部门 · 在办0件 / 每天4件 · 约61.5公里');
  utils.fireEvent.click(await waitForText(utils, '确认指派'));
  await waitForText(utils, '请选一位帮办员');
  utils.fireEvent.click(await waitForText(utils, '王海军（蓝马甲） · 同镇 · 在办2件 / 每天6件 · 约3.2公里'));
  utils.fireEvent.click(await waitForText(utils, '确认指派'));
  await waitForText(utils, '请写明原因');
  typeInto(utils, '请写明原因', '居民点名要他');
  utils.fireEvent.click(await waitForText(utils, '确认指派'));
  await eventually(() => expect(sent.find((s) => s.method === 'POST')?.body).toEqual({ helperId: 'u-wanghaijun', reason: '居民点名要他' }));
});

test('a helper who went off duty meanwhile: the refusal says so and the picker stays open', async () => {
  fakeApi({
    'GET /api/supervision/cases': { body: board },
    'GET /api/supervision/cases/r-7/candidates': { body: candidates },
    'POST /api/supervision/cases/r-7/reassign': { status: 409, body: { error: { code: 'HELPER_OFF_DUTY', message: 'off duty', field: 'helperId' } } },
  });
  const utils = await render(CaseTable, { onOpen: jest.fn() });
  utils.fireEvent.click(await waitForText(utils, '指派给帮办员'));
  utils.fireEvent.click(await waitForText(utils, '巴雅尔（蓝马甲） · 苏里格经济开发区 · 不熟悉这个部门 · 在办0件 / 每天4件 · 约61.5公里'));
  typeInto(utils, '请写明原因', '就近');
  utils.fireEvent.click(await waitForText(utils, '确认指派'));
  await waitForText(utils, '这位帮办员现在不在岗，请先让他上岗，或换一位。');
  expect(screenText()).toContain('确认指派');
});
