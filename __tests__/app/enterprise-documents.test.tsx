// 一企一档 documents outside the console: the enterprise contact opens a milestone's scan with 查看 (fetched with the
// session, shown in a new tab in H5), and a helper updates the milestones assigned to them from the workbench —
// status, note and a PDF scan, only the changes sent, by POST with an idempotency key.
import { EnterpriseArchiveView } from '../../src/features/enterprise/EnterpriseArchiveView';
import { MyMilestones } from '../../src/features/workbench/MyMilestones';
import type { EnterpriseArchive, MilestoneView, MyMilestoneView, UploadView } from '../../types';
import { fakeApi } from './fake-api';
import { tapLabelled, typeInto } from './console-input';
import { eventually, render, resetStores, screenText, waitForText } from './render';

const realFetch = globalThis.fetch;
const realOpen = window.open;
const realObjectUrl = URL.createObjectURL;
beforeEach(() => {
  resetStores();
  jest.restoreAllMocks();
});
afterEach(() => {
  globalThis.fetch = realFetch;
  window.open = realOpen;
  URL.createObjectURL = realObjectUrl;
});

const file = { id: 'f-licence', mime: 'application/pdf', size: 900, url: '/api/enterprise-milestones/11/files/f-licence' };
const milestone = (id: number, name: string, patch: Partial<MilestoneView> = {}): MilestoneView => ({
  id, kind: 'enterprise_setup', name, status: 'not_started', helper: { id: 'u-bayaer', name: '巴雅尔' }, plannedOn: null, startedOn: null, completedOn: null, documents: [], note: null, updatedAt: '2026-11-01T00:00:00.000Z', ...patch,
});
const archive: EnterpriseArchive = {
  id: 'e-1', name: '苏里格绿能科技有限公司', creditCode: '91150626MA0R7T4P2Q', legalPerson: '张伟', industry: '新能源', townshipId: 'sulige', townshipName: '苏里格经济开发区',
  address: '苏里格经济开发区', contactName: '李娜', contactPhone: '13600000001', createdAt: '2026-03-01T00:00:00.000Z', access: 'contact',
  projects: [
    {
      id: 'p-1', name: '光伏制氢一体化项目', investment: '5.2亿元', site: '苏里格', description: '', createdAt: '2026-03-01T00:00:00.000Z', done: 1, total: 2,
      milestones: [
        milestone(11, '企业开办', { status: 'done', completedOn: '2026-03-10', documents: [{ name: '营业执照', number: null, issuedOn: '2026-03-10', file }, { name: '章程', number: null, issuedOn: null, file: null }] }),
        milestone(12, '施工许可', { status: 'in_progress', startedOn: '2026-08-01' }),
      ],
    },
  ],
};
const mine = (m: MilestoneView): MyMilestoneView => ({ ...m, enterpriseId: 'e-1', enterpriseName: archive.name, projectName: '光伏制氢一体化项目' });

test('the enterprise contact opens a document’s scan with 查看; a document without a file has no 查看', async () => {
  fakeApi({
    'GET /api/enterprises': { body: { items: [{ id: 'e-1', name: archive.name, creditCode: archive.creditCode, industry: '新能源', townshipName: '苏里格经济开发区', contactName: '李娜', projects: 1, milestonesDone: 1, milestonesTotal: 2 }] } },
    'GET /api/enterprises/e-1': { body: archive },
  });
  const fetched: { url: string; auth: string | null }[] = [];
  globalThis.fetch = jest.fn((input: RequestInfo | URL, init?: RequestInit) => {
    fetched.push({ url: String(input), auth: new Headers(init?.headers).get('authorization') });
    return Promise.resolve(new Response('%PDF-1.4', { status: 200, headers: { 'content-type': 'application/pdf' } }));
  });
  URL.createObjectURL = jest.fn(() => 'blob:licence');
  const opened = jest.fn(() => null);
  window.open = opened;
  const utils = await render(EnterpriseArchiveView);
  await waitForText(utils, '光伏制氢一体化项目（1/2）');
  expect(screenText()).toContain('营业执照');
  expect(screenText()).toContain('章程');
  expect(utils.queries.queryByAttribute('aria-label', '查看“章程”的扫描件')).toBeNull();
  tapLabelled(utils, '查看“营业执照”的扫描件');
  await eventually(() => expect(opened).toHaveBeenCalledWith('blob:licence', '_blank', 'noopener'));
  expect(fetched).toEqual([{ url: expect.stringContaining('/api/enterprise-milestones/11/files/f-licence'), auth: expect.stringMatching(/^Bearer /) }]);
});

test('a scan that cannot be fetched says so', async () => {
  fakeApi({
    'GET /api/enterprises': { body: { items: [{ id: 'e-1', name: archive.name, creditCode: archive.creditCode, industry: '新能源', townshipName: '苏里格经济开发区', contactName: '李娜', projects: 1, milestonesDone: 1, milestonesTotal: 2 }] } },
    'GET /api/enterprises/e-1': { body: archive },
  });
  globalThis.fetch = jest.fn(() => Promise.reject(new TypeError('offline')));
  const utils = await render(EnterpriseArchiveView);
  await waitForText(utils, '光伏制氢一体化项目（1/2）');
  tapLabelled(utils, '查看“营业执照”的扫描件');
  await waitForText(utils, '文件暂时打不开，请稍后再试');
});

test('a helper sees their milestones and updates one: status, note and a PDF scan, only the changes, by POST', async () => {
  let saved = false;
  const updated = mine(milestone(12, '施工许可', { status: 'done', startedOn: '2026-08-01', completedOn: '2026-11-27', note: '证已领取', documents: [{ name: '施工许可证', number: null, issuedOn: null, file: { id: 'f-new', mime: 'application/pdf', size: 1200, url: '/api/enterprise-milestones/12/files/f-new' } }] }));
  const sent = fakeApi({
    'GET /api/me/milestones': () => ({ body: { items: saved ? [mine(archive.projects[0]?.milestones[0] as MilestoneView), updated] : archive.projects[0]?.milestones.map(mine) } }),
    'POST /api/enterprise-milestones/12': () => {
      saved = true;
      return { body: archive };
    },
  });
  const uploaded: UploadView = { id: 'f-new', kind: 'document', mime: 'application/pdf', size: 1200, sha256: 'x', url: '/api/uploads/f-new' };
  globalThis.fetch = jest.fn(() => Promise.resolve(new Response(JSON.stringify(uploaded), { status: 201 })));
  const utils = await render(MyMilestones);
  await waitForText(utils, '我负责的一企一档事项');
  expect(screenText()).toContain('苏里格绿能科技有限公司 · 光伏制氢一体化项目');
  expect(screenText()).toContain('办理中 · 2026-08-01开始');
  tapLabelled(utils, '更新“施工许可”');
  await waitForText(utils, '文件和扫描件');
  utils.fireEvent.click(await waitForText(utils, '保存'));
  await waitForText(utils, '没有改动');
  utils.fireEvent.click(utils.queries.queryAllByText('已完成').at(-1) as Element);
  await waitForText(utils, '完成日期');
  typeInto(utils, '备注', '证已领取');
  typeInto(utils, '文件名称（如：施工许可证）', '施工许可证');
  const input = utils.queries.queryByAttribute('aria-label', '选择扫描件或照片（PDF、图片）') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File(['%PDF-1.4'], 'permit.pdf', { type: 'application/pdf' })] });
  utils.fireEvent.change(input);
  await waitForText(utils, '扫描件已上传，加入列表后随保存一起提交');
  utils.fireEvent.click(await waitForText(utils, '添加这份文件'));
  utils.fireEvent.click(await waitForText(utils, '保存'));
  await eventually(() => {
    const post = sent.find((s) => s.method === 'POST');
    expect(post?.path).toBe('/api/enterprise-milestones/12');
    expect(post?.headers['idempotency-key']).toEqual(expect.any(String));
    expect(post?.body).toEqual({ status: 'done', note: '证已领取', documents: [{ name: '施工许可证', uploadId: 'f-new' }] });
  });
  await waitForText(utils, '已保存');
  await waitForText(utils, '已完成 · 2026-11-27完成 · 文件1份 · 证已领取');
});

test('a helper who holds no milestone sees nothing of it', async () => {
  const sent = fakeApi({ 'GET /api/me/milestones': { body: { items: [] } } });
  await render(MyMilestones);
  await eventually(() => expect(sent.map((s) => s.path)).toEqual(['/api/me/milestones']));
  expect(screenText()).not.toContain('我负责的一企一档事项');
});
