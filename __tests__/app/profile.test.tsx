import { ProfilePanel } from '../../src/features/profile/ProfilePanel';
import { fakeApi } from './fake-api';
import { eventually, render, resetStores, screenText, waitForText } from './render';

beforeEach(() => {
  resetStores();
  jest.restoreAllMocks();
});

/** The save button (its label also occurs inside the summary line, so find it by role). */
const saveButton = (): Element => Array.from(document.querySelectorAll('[role="button"]')).find((b) => b.textContent?.trim() === '保存') as Element;

const profile = { idNumber: null, disability: null, livesAlone: null, sensitiveConsentAt: '2026-11-27T08:00:00.000Z' };

test('living alone is one large switch, sent only when the resident changed it', async () => {
  const sent = fakeApi({ 'GET /api/me/profile': { body: profile }, 'POST /api/me/profile': { body: { ...profile, livesAlone: true } } });
  const utils = await render(ProfilePanel);
  await waitForText(utils, '导出我的全部信息');
  expect(screenText()).toContain('我是独居老人（60岁以上，一个人生活）：有事优先安排上门');
  const toggle = document.querySelector('[role="switch"]') as Element;
  expect(toggle.getAttribute('aria-checked')).toBe('false');
  utils.fireEvent.click(saveButton());
  await eventually(() => expect(sent.filter((s) => s.method === 'POST')).toHaveLength(1));
  expect(sent.find((s) => s.method === 'POST')?.body).toEqual({});
  utils.fireEvent.click(toggle);
  await eventually(() => expect(toggle.getAttribute('aria-checked')).toBe('true'));
  utils.fireEvent.click(saveButton());
  await eventually(() => expect(sent.filter((s) => s.method === 'POST')).toHaveLength(2));
  expect(sent.filter((s) => s.method === 'POST')[1].body).toEqual({ livesAlone: true });
});
