import { act } from 'react';
import { ApplicationForm } from '../../src/features/apply/ApplicationForm';
import { CatalogueList } from '../../src/features/apply/CatalogueList';
import type { ServiceItemView } from '../../types';
import { fakeApi } from './fake-api';
import { eventually, render, resetStores, screenText, waitForText } from './render';
import { translate } from '../../src/i18n';
import { useSettings } from '../../src/stores/settings';

const item: ServiceItemView = {
  id: 'senior-allowance',
  name: '高龄津贴申领',
  department: '民政',
  timeLimitDays: 20,
  fee: '免费',
  promiseAllowed: false,
  deferralAllowed: true,
  online: false,
  guide: '80周岁及以上老人可以申领。',
  keywords: [],
  materials: [
    { name: '居民身份证', form: 'original_and_copy', count: 1, deferrable: false, note: null },
    { name: '居民户口簿', form: 'original_and_copy', count: 1, deferrable: true, note: null },
  ],
};

beforeEach(() => {
  resetStores();
  jest.restoreAllMocks();
});

function radio(group: string, label: string): Element {
  const g = Array.from(document.querySelectorAll('[role=radiogroup]')).find((el) => el.getAttribute('aria-label') === group);
  const r = Array.from(g?.querySelectorAll('[role=radio]') ?? []).find((el) => el.textContent === label);
  if (!r) throw new Error(`no radio ${label} in ${group}`);
  return r;
}

test('the search box asks the server with what the person typed and lists the items', async () => {
  const sent = fakeApi({ 'GET /api/catalogue': { body: [item] } });
  const onOpen = jest.fn();
  const utils = await render(CatalogueList, { onOpen });
  await waitForText(utils, '高龄津贴申领');
  const input = utils.queries.queryByPlaceholder('搜索，如：养老、残疾、ylbx') as Element;
  act(() => {
    input.dispatchEvent(new CustomEvent('input', { detail: { value: 'gljt' }, bubbles: true }));
  });
  await eventually(() => expect(sent.some((s) => s.path === '/api/catalogue?q=gljt')).toBe(true));
  utils.fireEvent.click(await waitForText(utils, '高龄津贴申领'));
  expect(onOpen).toHaveBeenCalledWith(item);
  expect(screenText()).toContain('民政 · 20个工作日 · 免费');
});

test('容缺 is offered only for materials that allow it, and every material must be answered before sending', async () => {
  const sent = fakeApi({});
  const utils = await render(ApplicationForm, { item, defaultVillageId: 'wushenzhao-wushenzhao', family: [], onSubmitted: jest.fn() });
  await waitForText(utils, '居民身份证（原件和复印件 · 1份）');
  const idGroup = Array.from(document.querySelectorAll('[role=radiogroup]')).find((g) => g.getAttribute('aria-label') === '居民身份证');
  expect(Array.from(idGroup?.querySelectorAll('[role=radio]') ?? []).map((r) => r.textContent)).toEqual(['我有']);
  utils.fireEvent.click(await waitForText(utils, '提交申请'));
  await waitForText(utils, '请把每样材料选“我有”或“后补”');
  expect(sent.filter((s) => s.method === 'POST')).toHaveLength(0);
});

test('a deferred material needs its date, and the application carries it with one idempotency key', async () => {
  const onSubmitted = jest.fn();
  const sent = fakeApi({ 'POST /api/requests': { status: 201, body: { id: 'r-1' } } });
  const utils = await render(ApplicationForm, { item, defaultVillageId: 'wushenzhao-wushenzhao', family: [], onSubmitted });
  await waitForText(utils, '居民户口簿（原件和复印件 · 1份）');
  utils.fireEvent.click(radio('居民身份证', '我有'));
  utils.fireEvent.click(radio('居民户口簿', '后补'));
  utils.fireEvent.click(await waitForText(utils, '提交申请'));
  await waitForText(utils, '请选后补的日期');
  const date = document.querySelector('input[type=date]') as HTMLInputElement;
  act(() => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setter?.call(date, date.min);
    date.dispatchEvent(new Event('input', { bubbles: true }));
    date.dispatchEvent(new Event('change', { bubbles: true }));
  });
  utils.fireEvent.click(await waitForText(utils, '提交申请'));
  await eventually(() => expect(onSubmitted).toHaveBeenCalled());
  const post = sent.find((s) => s.method === 'POST');
  expect(post?.body).toMatchObject({
    kind: 'delegate',
    serviceItemId: 'senior-allowance',
    materials: [
      { name: '居民身份证', status: 'provided' },
      { name: '居民户口簿', status: 'deferred', supplyBy: date.min },
    ],
  });
  expect(post?.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
});

const mnItem: ServiceItemView = {
  ...item,
  nameMn: 'ᠥᠨᠳᠥᠷ ᠨᠠᠰᠤᠨ ᠤ ᠲᠡᠳᠭᠦᠯᠭᠡ',
  departmentMn: 'ᠢᠷᠭᠡᠨ ᠦ ᠬᠡᠷᠡᠭ',
  materials: [{ name: '居民身份证', nameMn: 'ᠢᠷᠭᠡᠨ ᠦ ᠭᠡᠷᠡᠴᠡᠭᠡ', form: 'original_and_copy', count: 1, deferrable: false, note: null }],
};

test('a Mongolian reader sees the catalogue in Mongolian', async () => {
  useSettings.setState({ language: 'mn' });
  fakeApi({ 'GET /api/catalogue': { body: [mnItem] } });
  const list = await render(CatalogueList, { onOpen: jest.fn() });
  await waitForText(list, 'ᠥᠨᠳᠥᠷ ᠨᠠᠰᠤᠨ ᠤ ᠲᠡᠳᠭᠦᠯᠭᠡ');
  expect(screenText()).toContain('ᠢᠷᠭᠡᠨ ᠦ ᠬᠡᠷᠡᠭ');
  expect(screenText()).not.toContain('高龄津贴申领');
});

test('a Mongolian reader answers for each material in Mongolian; the application still names it by its identity', async () => {
  useSettings.setState({ language: 'mn' });
  const onSubmitted = jest.fn();
  const sent = fakeApi({ 'POST /api/requests': { status: 201, body: { id: 'r-1' } } });
  const form = await render(ApplicationForm, { item: mnItem, defaultVillageId: 'wushenzhao-wushenzhao', family: [], onSubmitted });
  await eventually(() => expect(document.querySelector('[role=radiogroup][aria-label="ᠢᠷᠭᠡᠨ ᠦ ᠭᠡᠷᠡᠴᠡᠭᠡ"]')).not.toBeNull());
  const provided = document.querySelector('[role=radiogroup][aria-label="ᠢᠷᠭᠡᠨ ᠦ ᠭᠡᠷᠡᠴᠡᠭᠡ"] [role=radio]');
  if (!provided) throw new Error('no choice');
  form.fireEvent.click(provided);
  form.fireEvent.click(await waitForText(form, translate('mn', 'apply.submit')));
  await eventually(() => expect(onSubmitted).toHaveBeenCalled());
  expect(sent.find((s) => s.method === 'POST')?.body).toMatchObject({ materials: [{ name: '居民身份证', status: 'provided' }] });
});
