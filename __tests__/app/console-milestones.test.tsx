import { EnterpriseAdmin } from '../../src/features/console/EnterpriseAdmin';
import type { EnterpriseArchive, HelperAdminView, MilestoneView } from '../../types';
import { fakeApi } from './fake-api';
import { tapLabelled, typeInto } from './console-input';
import { eventually, render, resetStores, screenText, waitForText } from './render';

beforeEach(() => {
  resetStores();
  jest.restoreAllMocks();
});

const milestone = (id: number, name: string, patch: Partial<MilestoneView> = {}): MilestoneView => ({
  id, kind: 'construction_permit', name, status: 'not_started', helper: null, plannedOn: null, startedOn: null, completedOn: null, documents: [], note: null, updatedAt: '2026-11-01T00:00:00.000Z', ...patch,
});
const archive: EnterpriseArchive = {
  id: 'e-1', name: '苏里格绿能科技有限公司', creditCode: '91150626MA0R7T4P2Q', legalPerson: '张伟', industry: '新能源', townshipId: 'sulige', townshipName: '苏里格经济开发区',
  address: '苏里格经济开发区', contactName: '李娜', contactPhone: '13600000001', createdAt: '2026-03-01T00:00:00.000Z', access: 'supervisor',
  projects: [
    {
      id: 'p-1', name: '光伏制氢一体化项目', investment: '5.2亿元', site: '苏里格', description: '', createdAt: '2026-03-01T00:00:00.000Z', done: 0, total: 2,
      milestones: [milestone(11, '施工许可', { status: 'in_progress', startedOn: '2026-08-01', helper: { id: 'u-bayaer', name: '巴雅尔' } }), milestone(12, '开工')],
    },
  ],
};
const helper = (id: string, name: string): HelperAdminView => ({
  id, name, phone: null, kind: 'blue_vest', townshipId: 'sulige', skills: [], gridVillageIds: [], languages: ['zh'], onDuty: true, capacityPerDay: 5, openTasks: 0,
});

function routes() {
  return fakeApi({
    'GET /api/enterprises': { body: { items: [{ id: 'e-1', name: archive.name, creditCode: archive.creditCode, industry: '新能源', townshipName: '苏里格经济开发区', contactName: '李娜', projects: 1, milestonesDone: 0, milestonesTotal: 2 }] } },
    'GET /api/enterprises/e-1': { body: archive },
    'GET /api/supervision/helpers': { body: { items: [helper('u-bayaer', '巴雅尔'), helper('u-menghe', '孟和')] } },
    'POST /api/enterprise-milestones/12': {
      body: { ...archive, projects: [{ ...archive.projects[0], milestones: [archive.projects[0]?.milestones[0], milestone(12, '开工', { status: 'in_progress', startedOn: '2026-11-27', helper: { id: 'u-menghe', name: '孟和' }, note: '已进场' })] }] },
    },
  });
}

test('a supervisor updates a milestone’s status, helper and note; only the changes go, by POST, and the new archive shows', async () => {
  const sent = routes();
  const utils = await render(EnterpriseAdmin);
  await waitForText(utils, '光伏制氢一体化项目（0/2）');
  expect(screenText()).toContain('帮办员：巴雅尔 · 2026-08-01开始');
  tapLabelled(utils, '更新“开工”');
  await waitForText(utils, '负责的帮办员');
  utils.fireEvent.click(await waitForText(utils, '保存'));
  await waitForText(utils, '没有改动');
  utils.fireEvent.click(utils.queries.queryAllByText('办理中').at(-1) as Element);
  utils.fireEvent.click(await waitForText(utils, '孟和（蓝马甲）'));
  typeInto(utils, '备注', '已进场');
  utils.fireEvent.click(await waitForText(utils, '保存'));
  await eventually(() => {
    const post = sent.find((s) => s.path === '/api/enterprise-milestones/12');
    expect(post?.method).toBe('POST');
    expect(post?.body).toEqual({ status: 'in_progress', helperId: 'u-menghe', note: '已进场' });
  });
  await waitForText(utils, '帮办员：孟和 · 2026-11-27开始 · 已进场');
});

test('a completion date is asked only for a milestone that is done', async () => {
  routes();
  const utils = await render(EnterpriseAdmin);
  await waitForText(utils, '光伏制氢一体化项目（0/2）');
  tapLabelled(utils, '更新“开工”');
  await waitForText(utils, '开始日期');
  expect(screenText()).not.toContain('完成日期');
  utils.fireEvent.click(utils.queries.queryAllByText('已完成').at(-1) as Element);
  await waitForText(utils, '完成日期');
});
