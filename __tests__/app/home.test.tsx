import Taro from '@tarojs/taro';
import HomePage from '../../src/pages/index/index';
import { useSession } from '../../src/stores/session';
import { useSettings } from '../../src/stores/settings';
import type { UserView } from '../../types';
import { render, resetStores, screenText, waitForText } from './render';
import { fakeApi } from './fake-api';

const user = (roles: UserView['roles'], name: string): UserView => ({ id: `u-${name}`, name, phone: null, roles, villageId: null });

beforeEach(() => {
  resetStores();
  jest.restoreAllMocks();
  // Signed-in home screens ask who the grid worker is and how many messages are unread.
  fakeApi({ 'GET /api/me/contacts': { body: { helpLine: '12345', gridWorkers: [], currentHelper: null, nextAgencyDay: null } }, 'GET /api/messages': { body: { items: [], unread: 0 } } });
});

test('a visitor sees four large actions — call, book a visit, apply, my cases — and how to sign in', async () => {
  const utils = await render(HomePage);
  await waitForText(utils, '一键呼叫');
  const text = screenText();
  expect(text).toContain('打电话，或请我们给您回电');
  for (const action of ['预约上门', '我要办事', '我的进度']) expect(text).toContain(action);
  expect(document.querySelectorAll('.big-button__control')).toHaveLength(5); // the four actions and sign-in
  expect(text).toContain('登录 / 注册');
  expect(text).not.toContain('帮办员工作台');
});

test('a signed-in resident is greeted by name and sees no staff entrances', async () => {
  useSession.setState({ token: 't', user: user(['resident'], '其其格') });
  const utils = await render(HomePage);
  await waitForText(utils, '您好，其其格');
  expect(screenText()).not.toContain('帮办员工作台');
  expect(screenText()).not.toContain('督办台');
  expect(screenText()).toContain('退出登录');
});

test('a grid worker gets the workbench entrance; a supervisor the console', async () => {
  useSession.setState({ token: 't', user: user(['grid_worker'], '乌日娜') });
  const first = await render(HomePage);
  await waitForText(first, '帮办员工作台');
  first.unmout();
  document.body.innerHTML = '';
  useSession.setState({ token: 't', user: user(['supervisor'], '刘敏') });
  const second = await render(HomePage);
  await waitForText(second, '督办台');
  expect(screenText()).not.toContain('帮办员工作台');
});

test('the language switch turns the screen to traditional Mongolian and back', async () => {
  const utils = await render(HomePage);
  const toMongolian = await waitForText(utils, 'ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ');
  utils.fireEvent.click(toMongolian);
  const back = await waitForText(utils, '中文');
  expect(screenText()).not.toContain('一键呼叫');
  expect(screenText()).toMatch(/[\u1820-\u18AA]/);
  utils.fireEvent.click(back);
  await waitForText(utils, '一键呼叫');
});

test('elder mode is one tap from the first screen, is remembered, and offers larger text', async () => {
  const utils = await render(HomePage);
  const toggle = await waitForText(utils, '长辈模式');
  expect(toggle.getAttribute('aria-checked')).toBe('false');
  expect(document.querySelector('.page.elder')).toBeNull();
  utils.fireEvent.click(toggle);
  await waitForText(utils, '字大一点');
  expect(document.querySelector('.page.elder')).not.toBeNull();
  expect(useSettings.getState().elderMode).toBe(true);
  utils.fireEvent.click(await waitForText(utils, '字大一点'));
  expect(useSettings.getState().fontStep).toBe(1);
  const page = document.querySelector('.page.elder') as HTMLElement;
  expect(page.style.getPropertyValue('--scale')).toBe('1.2');
});

test('a resident sees when the 民生集市 next serves her village, and one tap takes her to book it', async () => {
  fakeApi({
    'GET /api/me/contacts': {
      body: {
        helpLine: '12345', gridWorkers: [], currentHelper: null,
        nextAgencyDay: { id: 'am-1-wsz', day: '2026-12-01', place: '乌审召镇民生集市', kind: 'market', start: '10:00', end: '15:00' },
      },
    },
    'GET /api/messages': { body: { items: [], unread: 0 } },
  });
  const navigated = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' });
  useSession.setState({ token: 't', user: user(['resident'], '其其格') });
  const utils = await render(HomePage);
  await waitForText(utils, '民生集市帮办：2026-12-01 10:00–15:00，在乌审召镇民生集市');
  utils.fireEvent.click(await waitForText(utils, '预约那天办'));
  expect(navigated).toHaveBeenCalledWith({ url: '/pages/book/index' });
});
