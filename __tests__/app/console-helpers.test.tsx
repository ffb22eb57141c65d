import { HelperAdmin } from '../../src/features/console/HelperAdmin';
import type { HelperAdminView, ServiceItemView, TownshipView } from '../../types';
import { fakeApi } from './fake-api';
import { tapLabelled } from './console-input';
import { eventually, render, resetStores, screenText, waitForText } from './render';

beforeEach(() => {
  resetStores();
  jest.restoreAllMocks();
});

const places: TownshipView[] = [
  { id: 'wushenzhao', name: '乌审召镇', villages: [{ id: 'wushenzhao-wushenzhao', name: '乌审召嘎查', kind: 'gacha' }, { id: 'wushenzhao-buridu', name: '布日都嘎查', kind: 'gacha' }] },
  { id: 'galutu', name: '嘎鲁图镇', villages: [{ id: 'galutu-hurehu', name: '呼热胡社区', kind: 'community' }] },
];
const item = (department: string): ServiceItemView => ({
  id: `item-${department}`, name: `${department}事项`, department, timeLimitDays: 20, fee: '免费', promiseAllowed: false, deferralAllowed: false, online: false, guide: '', keywords: [], materials: [],
});
const urina: HelperAdminView = {
  id: 'u-wurina', name: '乌日娜', phone: '13900000002', kind: 'grid_worker', townshipId: 'wushenzhao', skills: ['民政'], gridVillageIds: ['wushenzhao-wushenzhao', 'wushenzhao-buridu'],
  languages: ['zh', 'mn'], onDuty: true, capacityPerDay: 5, openTasks: 2,
};

function routes() {
  return fakeApi({
    'GET /api/supervision/helpers': { body: { items: [urina] } },
    'GET /api/catalogue': { body: [item('民政'), item('残联'), item('医保')] },
    'GET /api/places': { body: places },
    'POST /api/supervision/helpers/u-wurina': (s) => ({ body: { ...urina, ...(s.body as object) } }),
  });
}

test('a supervisor edits a grid worker’s villages, skills, languages and capacity, and saves them in one request', async () => {
  const sent = routes();
  const utils = await render(HelperAdmin);
  await waitForText(utils, '乌日娜 · 网格员');
  expect(screenText()).toContain('乌审召镇 · 乌审召嘎查 · 布日都嘎查');
  tapLabelled(utils, '修改乌日娜的信息');
  await waitForText(utils, '负责的嘎查、村、社区');
  utils.fireEvent.click(await waitForText(utils, '布日都嘎查')); // off
  utils.fireEvent.click(await waitForText(utils, '残联')); // on
  utils.fireEvent.click(await waitForText(utils, '汉语')); // off: Mongolian only
  tapLabelled(utils, '每天最多接加一');
  utils.fireEvent.click(await waitForText(utils, '保存'));
  await eventually(() =>
    expect(sent.find((s) => s.method === 'POST')?.body).toEqual({
      townshipId: 'wushenzhao', gridVillageIds: ['wushenzhao-wushenzhao'], skills: ['民政', '残联'], languages: ['mn'], onDuty: true, capacityPerDay: 6,
    }),
  );
});

test('a grid worker without a village, or anyone without a language, is not sent; a new township starts the grid afresh', async () => {
  const sent = routes();
  const utils = await render(HelperAdmin);
  await waitForText(utils, '乌日娜 · 网格员');
  tapLabelled(utils, '修改乌日娜的信息');
  utils.fireEvent.click(await waitForText(utils, '嘎鲁图镇'));
  await waitForText(utils, '呼热胡社区');
  expect(screenText()).not.toContain('布日都嘎查');
  utils.fireEvent.click(await waitForText(utils, '保存'));
  await waitForText(utils, '网格员至少要负责一个嘎查、村或社区');
  utils.fireEvent.click(await waitForText(utils, '呼热胡社区'));
  utils.fireEvent.click(await waitForText(utils, '汉语'));
  utils.fireEvent.click(await waitForText(utils, '蒙古语'));
  utils.fireEvent.click(await waitForText(utils, '保存'));
  await waitForText(utils, '至少选一种语言');
  expect(sent.some((s) => s.method === 'POST')).toBe(false);
  utils.fireEvent.click(await waitForText(utils, '蒙古语'));
  utils.fireEvent.click(await waitForText(utils, '保存'));
  await eventually(() => expect(sent.find((s) => s.method === 'POST')?.body).toMatchObject({ townshipId: 'galutu', gridVillageIds: ['galutu-hurehu'], languages: ['mn'] }));
});

test('duty is one tap on the card; a refusal is said in words', async () => {
  const sent = fakeApi({
    'GET /api/supervision/helpers': { body: { items: [urina] } },
    'GET /api/catalogue': { body: [] },
    'GET /api/places': { body: places },
    'POST /api/supervision/helpers/u-wurina': { status: 403, body: { error: { code: 'FORBIDDEN', message: 'no' } } },
  });
  const utils = await render(HelperAdmin);
  utils.fireEvent.click(await waitForText(utils, '在岗（接收派单）'));
  await waitForText(utils, '您的账号不能做这件事。');
  expect(sent.find((s) => s.method === 'POST')?.body).toEqual({ onDuty: false });
});
