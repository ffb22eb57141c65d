import { CatalogueAdmin } from '../../src/features/console/CatalogueAdmin';
import type { ServiceItemBody, ServiceItemView } from '../../types';
import { fakeApi } from './fake-api';
import { tapLabelled, typeInto } from './console-input';
import { eventually, render, resetStores, screenText, waitForText } from './render';

beforeEach(() => {
  resetStores();
  jest.restoreAllMocks();
});

const senior: ServiceItemView = {
  id: 'senior-allowance', name: '高龄津贴申领', department: '民政', timeLimitDays: 20, fee: '免费', promiseAllowed: true, deferralAllowed: true, online: false,
  guide: '年满80周岁的本旗户籍老年人。', keywords: ['高龄', '津贴'],
  materials: [
    { name: '居民身份证', form: 'original', count: 1, deferrable: false, note: null },
    { name: '户口簿', form: 'original_and_copy', count: 1, deferrable: true, note: '首页和本人页' },
  ],
};
const disability: ServiceItemView = { ...senior, id: 'disability-cert-apply', name: '残疾人证申领', department: '残联', materials: [senior.materials[0] as ServiceItemView['materials'][number]], deferralAllowed: false };

test('a new item: name, department, time limit checked before sending, materials with copies and 容缺, which sets the item’s 容缺', async () => {
  const sent = fakeApi({
    'GET /api/catalogue': { body: [senior, disability] },
    'POST /api/supervision/catalogue': (s) => ({ status: 201, body: { ...senior, ...(s.body as ServiceItemBody), id: 'item-new' } }),
  });
  const utils = await render(CatalogueAdmin);
  await waitForText(utils, '高龄津贴申领 · 民政');
  utils.fireEvent.click(await waitForText(utils, '新增事项'));
  await waitForText(utils, '办理部门');
  utils.fireEvent.click(await waitForText(utils, '保存'));
  await waitForText(utils, '请填写事项名称');

  typeInto(utils, '事项名称', '残疾人机动轮椅车燃油补贴');
  utils.fireEvent.click(await waitForText(utils, '残联'));
  typeInto(utils, '办理时限（工作日，1到365）', '400');
  typeInto(utils, '费用（如：免费）', '免费');
  typeInto(utils, '办事指南', '持证肢体残疾人可申领。');
  typeInto(utils, '搜索词（用“、”隔开）', '燃油、轮椅车');
  utils.fireEvent.click(await waitForText(utils, '保存'));
  await waitForText(utils, '办理时限要在1到365个工作日之间');
  typeInto(utils, '办理时限（工作日，1到365）', '10');

  typeInto(utils, '材料1名称', '残疾人证');
  utils.fireEvent.click(await waitForText(utils, '原件和复印件'));
  tapLabelled(utils, '份数加一');
  utils.fireEvent.click(await waitForText(utils, '添加一项材料'));
  typeInto(utils, '材料2名称', '机动轮椅车行驶证');
  typeInto(utils, '材料2备注', '可以后补');
  utils.fireEvent.click(utils.queries.queryAllByText('可以后补（容缺）')[1] as Element);
  expect(screenText()).toContain('可以容缺受理');
  utils.fireEvent.click(await waitForText(utils, '保存'));
  await eventually(() =>
    expect(sent.find((s) => s.method === 'POST')?.body).toEqual({
      name: '残疾人机动轮椅车燃油补贴', department: '残联', timeLimitDays: 10, fee: '免费', promiseAllowed: false, deferralAllowed: true, online: false,
      guide: '持证肢体残疾人可申领。', keywords: ['燃油', '轮椅车'],
      materials: [
        { name: '残疾人证', form: 'original_and_copy', count: 2, deferrable: false },
        { name: '机动轮椅车行驶证', form: 'original', count: 1, deferrable: true, note: '可以后补' },
      ],
    }),
  );
});

test('editing an item: the materials list shrinks, 容缺 follows it, and a name clash from the server is said in words', async () => {
  const sent = fakeApi({
    'GET /api/catalogue': { body: [senior, disability] },
    'PUT /api/supervision/catalogue/senior-allowance': { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: 'the catalogue already has an item named 残疾人证申领', field: 'name' } } },
  });
  const utils = await render(CatalogueAdmin);
  await waitForText(utils, '高龄津贴申领 · 民政');
  tapLabelled(utils, '修改“高龄津贴申领”');
  await waitForText(utils, '材料2名称');
  tapLabelled(utils, '删除材料2');
  expect(screenText()).toContain('不可容缺');
  utils.fireEvent.click(await waitForText(utils, '可以告知承诺'));
  utils.fireEvent.click(await waitForText(utils, '保存'));
  await waitForText(utils, '填写的内容有误，请检查后再提交。');
  const body = sent.find((s) => s.method === 'PUT')?.body as ServiceItemBody;
  expect(body).toMatchObject({ name: '高龄津贴申领', promiseAllowed: false, deferralAllowed: false, keywords: ['高龄', '津贴'] });
  expect(body.materials).toEqual([{ name: '居民身份证', form: 'original', count: 1, deferrable: false }]);
});
