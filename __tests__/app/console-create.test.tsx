// Creating from the console: a new grid worker, a new enterprise and a project for it, and a milestone's documents
// (listed, removed, a PDF scan uploaded and added) — what is sent, and what the supervisor is told.
import { EnterpriseAdmin } from '../../src/features/console/EnterpriseAdmin';
import { HelperAdmin } from '../../src/features/console/HelperAdmin';
import type { EnterpriseArchive, HelperAdminView, MilestoneView, ServiceItemView, TownshipView, UploadView } from '../../types';
import { fakeApi } from './fake-api';
import { tapLabelled, typeInto } from './console-input';
import { eventually, render, resetStores, screenText, waitForText } from './render';

const realFetch = globalThis.fetch;
beforeEach(() => {
  resetStores();
  jest.restoreAllMocks();
});
afterEach(() => {
  globalThis.fetch = realFetch;
});

const places: TownshipView[] = [
  { id: 'wushenzhao', name: '乌审召镇', villages: [{ id: 'wushenzhao-wushenzhao', name: '乌审召嘎查', kind: 'gacha' }, { id: 'wushenzhao-buridu', name: '布日都嘎查', kind: 'gacha' }] },
  { id: 'galutu', name: '嘎鲁图镇', villages: [{ id: 'galutu-hurehu', name: '呼热胡社区', kind: 'community' }] },
];
const item = (department: string): ServiceItemView => ({
  id: `item-${department}`, name: `${department}事项`, department, timeLimitDays: 20, fee: '免费', promiseAllowed: false, deferralAllowed: false, online: false, guide: '', keywords: [], materials: [],
});
const created: HelperAdminView = {
  id: 'u-new', name: '斯琴', phone: '13900000077', kind: 'grid_worker', townshipId: 'wushenzhao', skills: ['民政'], gridVillageIds: ['wushenzhao-buridu'], languages: ['zh', 'mn'], onDuty: true, capacityPerDay: 5, openTasks: 0,
};

describe('a new helper or grid worker', () => {
  function helperRoutes(answer: { status?: number; body: unknown }) {
    return fakeApi({
      'GET /api/supervision/helpers': { body: { items: [] } },
      'GET /api/catalogue': { body: [item('民政'), item('医保')] },
      'GET /api/places': { body: places },
      'POST /api/supervision/helpers': answer,
    });
  }

  async function fillGridWorker(utils: Awaited<ReturnType<typeof render>>) {
    utils.fireEvent.click(await waitForText(utils, '新增帮办员或网格员'));
    await waitForText(utils, '身份');
    typeInto(utils, '姓名', '斯琴');
    typeInto(utils, '手机号（用来登录）', '13900000077');
    utils.fireEvent.click(await waitForText(utils, '乌审召镇'));
    utils.fireEvent.click(await waitForText(utils, '布日都嘎查'));
    utils.fireEvent.click(await waitForText(utils, '民政'));
    utils.fireEvent.click(await waitForText(utils, '蒙古语'));
  }

  test('name, phone, kind, township, grid village, skill and languages go in one POST, and the list reloads', async () => {
    const sent = helperRoutes({ status: 201, body: created });
    const utils = await render(HelperAdmin);
    await fillGridWorker(utils);
    utils.fireEvent.click(await waitForText(utils, '创建'));
    await eventually(() =>
      expect(sent.find((s) => s.method === 'POST')).toMatchObject({
        path: '/api/supervision/helpers',
        body: { name: '斯琴', phone: '13900000077', kind: 'grid_worker', townshipId: 'wushenzhao', gridVillageIds: ['wushenzhao-buridu'], skills: ['民政'], languages: ['zh', 'mn'], onDuty: true, capacityPerDay: 5 },
        headers: expect.objectContaining({ 'idempotency-key': expect.any(String) }),
      }),
    );
    await eventually(() => expect(sent.filter((s) => s.path === '/api/supervision/helpers' && s.method === 'GET')).toHaveLength(2));
    await waitForText(utils, '新增帮办员或网格员');
  });

  test('a bad phone or a missing grid is said before sending; a phone already a helper is said in words', async () => {
    const sent = helperRoutes({ status: 409, body: { error: { code: 'ALREADY_EXISTS', message: 'this phone number already belongs to a helper', field: 'phone' } } });
    const utils = await render(HelperAdmin);
    utils.fireEvent.click(await waitForText(utils, '新增帮办员或网格员'));
    await waitForText(utils, '身份');
    typeInto(utils, '姓名', '斯琴');
    typeInto(utils, '手机号（用来登录）', '1390000');
    utils.fireEvent.click(await waitForText(utils, '创建'));
    await waitForText(utils, '手机号应为11位数字，以1开头');
    typeInto(utils, '手机号（用来登录）', '13900000077');
    utils.fireEvent.click(await waitForText(utils, '乌审召镇'));
    utils.fireEvent.click(await waitForText(utils, '创建'));
    await waitForText(utils, '网格员至少要负责一个嘎查、村或社区');
    expect(sent.some((s) => s.method === 'POST')).toBe(false);
    utils.fireEvent.click(await waitForText(utils, '布日都嘎查'));
    utils.fireEvent.click(await waitForText(utils, '创建'));
    await waitForText(utils, '已经登记过了，不能重复添加。');
  });
});

const milestone = (id: number, name: string, patch: Partial<MilestoneView> = {}): MilestoneView => ({
  id, kind: 'construction_permit', name, status: 'in_progress', helper: null, plannedOn: null, startedOn: '2026-08-01', completedOn: null, documents: [], note: null, updatedAt: '2026-11-01T00:00:00.000Z', ...patch,
});
const archive: EnterpriseArchive = {
  id: 'e-1', name: '苏里格绿能科技有限公司', creditCode: '91150626MA0R7T4P2Q', legalPerson: '张伟', industry: '新能源', townshipId: 'sulige', townshipName: '苏里格经济开发区',
  address: '苏里格经济开发区', contactName: '李娜', contactPhone: '13600000001', createdAt: '2026-03-01T00:00:00.000Z', access: 'supervisor',
  projects: [
    {
      id: 'p-1', name: '光伏制氢一体化项目', investment: '5.2亿元', site: '苏里格', description: '', createdAt: '2026-03-01T00:00:00.000Z', done: 0, total: 1,
      milestones: [
        milestone(11, '施工许可', {
          documents: [
            { name: '用地规划许可证', number: '地字第2026-3号', issuedOn: '2026-05-01', file: { id: 'f-old', mime: 'application/pdf', size: 900, url: '/api/enterprise-milestones/11/files/f-old' } },
            { name: '环评批复', number: null, issuedOn: null, file: null },
          ],
        }),
      ],
    },
  ],
};
const summary = { id: 'e-1', name: archive.name, creditCode: archive.creditCode, industry: '新能源', townshipName: '苏里格经济开发区', contactName: '李娜', projects: 1, milestonesDone: 0, milestonesTotal: 1 };

describe('一企一档 from the console', () => {
  test('a new enterprise: checked before sending, then its profile and contact go in one POST', async () => {
    const sent = fakeApi({
      'GET /api/enterprises': { body: { items: [] } },
      'GET /api/supervision/helpers': { body: { items: [] } },
      'GET /api/places': { body: places },
      'POST /api/enterprises': { status: 201, body: { ...archive, projects: [] } },
    });
    const utils = await render(EnterpriseAdmin);
    await waitForText(utils, '没有可以查看的企业档案。');
    utils.fireEvent.click(await waitForText(utils, '新建企业档案'));
    await waitForText(utils, '企业名称');
    const fields: [string, string][] = [
      ['企业名称', '乌审旗沙地生态农牧有限公司'], ['统一社会信用代码（18位）', '91150626ma0r7t4p3a'], ['法定代表人', '乌力吉'], ['所属行业', '农牧'],
      ['地址', '嘎鲁图镇'], ['联系人姓名', '萨仁'], ['联系人手机号（用来查看档案）', '13600000088'],
    ];
    for (const [label, value] of fields) typeInto(utils, label, value);
    utils.fireEvent.click(await waitForText(utils, '创建'));
    await waitForText(utils, '请选择所在镇（苏木）');
    utils.fireEvent.click(await waitForText(utils, '嘎鲁图镇'));
    utils.fireEvent.click(await waitForText(utils, '创建'));
    await eventually(() =>
      expect(sent.find((s) => s.method === 'POST')?.body).toEqual({
        name: '乌审旗沙地生态农牧有限公司', creditCode: '91150626MA0R7T4P3A', legalPerson: '乌力吉', industry: '农牧', townshipId: 'galutu', address: '嘎鲁图镇', contactName: '萨仁', contactPhone: '13600000088',
      }),
    );
    await eventually(() => expect(sent.filter((s) => s.path === '/api/enterprises' && s.method === 'GET')).toHaveLength(2));
  });

  test('a new project for an enterprise: name, investment and site are needed; the archive that comes back shows it', async () => {
    const project = { ...archive.projects[0], id: 'p-2', name: '有机饲草基地', investment: '3000万元', site: '嘎鲁图镇', milestones: [milestone(21, '企业开办', { status: 'not_started', startedOn: null })] };
    const sent = fakeApi({
      'GET /api/enterprises': { body: { items: [summary] } },
      'GET /api/enterprises/e-1': { body: archive },
      'GET /api/supervision/helpers': { body: { items: [] } },
      'GET /api/places': { body: places },
      'POST /api/enterprises/e-1/projects': { status: 201, body: { ...archive, projects: [...archive.projects, project] } },
    });
    const utils = await render(EnterpriseAdmin);
    await waitForText(utils, '光伏制氢一体化项目（0/1）');
    tapLabelled(utils, '为苏里格绿能科技有限公司添加重大项目');
    await waitForText(utils, '项目名称');
    typeInto(utils, '项目名称', '有机饲草基地');
    utils.fireEvent.click(await waitForText(utils, '创建'));
    await waitForText(utils, '请填写项目名称、总投资和建设地点');
    typeInto(utils, '总投资（如：5.2亿元）', '3000万元');
    typeInto(utils, '建设地点', '嘎鲁图镇');
    utils.fireEvent.click(await waitForText(utils, '创建'));
    await eventually(() => expect(sent.find((s) => s.method === 'POST')?.body).toEqual({ name: '有机饲草基地', investment: '3000万元', site: '嘎鲁图镇', description: '' }));
    await waitForText(utils, '有机饲草基地（0/1）');
  });

  test('a milestone’s documents: listed, one removed, a PDF scan uploaded and added; the list goes with the save', async () => {
    const sent = fakeApi({
      'GET /api/enterprises': { body: { items: [summary] } },
      'GET /api/enterprises/e-1': { body: archive },
      'GET /api/supervision/helpers': { body: { items: [] } },
      'POST /api/enterprise-milestones/11': { body: archive },
    });
    const uploaded: UploadView = { id: 'f-new', kind: 'document', mime: 'application/pdf', size: 1200, sha256: 'x', url: '/api/uploads/f-new' };
    const uploads: string[] = [];
    globalThis.fetch = jest.fn((input: RequestInfo | URL) => {
      uploads.push(String(input));
      return Promise.resolve(new Response(JSON.stringify(uploaded), { status: 201 }));
    });
    const utils = await render(EnterpriseAdmin);
    await waitForText(utils, '光伏制氢一体化项目（0/1）');
    expect(screenText()).toContain('文件2份');
    tapLabelled(utils, '更新“施工许可”');
    await waitForText(utils, '文件和扫描件');
    expect(screenText()).toContain('用地规划许可证 · 地字第2026-3号 · 2026-05-01发');
    expect(screenText()).toContain('环评批复 · 未附扫描件');
    expect(utils.queries.queryByAttribute('aria-label', '查看“用地规划许可证”的扫描件')).not.toBeNull();
    tapLabelled(utils, '删除“环评批复”');
    await eventually(() => expect(screenText()).not.toContain('环评批复'));

    utils.fireEvent.click(await waitForText(utils, '添加这份文件'));
    await waitForText(utils, '请填写文件名称');
    typeInto(utils, '文件名称（如：施工许可证）', '施工许可证');
    typeInto(utils, '文号或证书编号（可不填）', '乌建施〔2026〕12号');
    const input = utils.queries.queryByAttribute('aria-label', '选择扫描件或照片（PDF、图片）') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['%PDF-1.4'], 'permit.pdf', { type: 'application/pdf' })] });
    utils.fireEvent.change(input);
    await waitForText(utils, '扫描件已上传，加入列表后随保存一起提交');
    await eventually(() => expect(screenText()).not.toContain('正在上传…'));
    expect(uploads).toEqual([expect.stringContaining('/api/uploads?kind=document')]);
    utils.fireEvent.click(await waitForText(utils, '添加这份文件'));
    await waitForText(utils, '施工许可证 · 乌建施〔2026〕12号');
    utils.fireEvent.click(await waitForText(utils, '保存'));
    await eventually(() =>
      expect(sent.find((s) => s.method === 'POST')?.body).toEqual({
        documents: [
          { name: '用地规划许可证', number: '地字第2026-3号', issuedOn: '2026-05-01', uploadId: 'f-old' },
          { name: '施工许可证', number: '乌建施〔2026〕12号', uploadId: 'f-new' },
        ],
      }),
    );
  });
});
