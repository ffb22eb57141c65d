import { act } from 'react';
import { SignInForm } from '../../src/features/auth/SignInForm';
import { fakeApi } from './fake-api';
import { eventually, render, resetStores, screenText, waitForText } from './render';

beforeEach(resetStores);

/** Taro's Input reports typing as an `input` event whose detail carries the value. */
function type(element: Element, value: string): void {
  act(() => {
    element.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }));
  });
}

test('a phone number that is not 11 digits is explained before anything is sent', async () => {
  const onSignedIn = jest.fn();
  const utils = await render(SignInForm, { onSignedIn });
  const input = utils.queries.queryByPlaceholder('请输入11位手机号');
  expect(input).not.toBeNull();
  type(input as Element, '1380000');
  utils.fireEvent.click(await waitForText(utils, '获取验证码'));
  await waitForText(utils, '手机号应为11位数字，以1开头');
  expect(screenText()).not.toContain('请输入6位验证码');
  expect(onSignedIn).not.toHaveBeenCalled();
});

test('a valid number is sent; with no network the person is told so in plain words', async () => {
  const utils = await render(SignInForm, { onSignedIn: jest.fn() });
  type(utils.queries.queryByPlaceholder('请输入11位手机号') as Element, '13800000001');
  utils.fireEvent.click(await waitForText(utils, '获取验证码'));
  await waitForText(utils, '网络连不上，请检查信号后再试。');
  expect(screenText()).not.toContain('手机号应为11位数字');
});

test('after a code is sent, asking again waits a minute, counted down on the button', async () => {
  jest.useFakeTimers({ advanceTimers: true });
  try {
    const sent = fakeApi({ 'POST /api/auth/code': { body: { sent: true, expiresInSeconds: 300 } } });
    const utils = await render(SignInForm, { onSignedIn: jest.fn() });
    type(utils.queries.queryByPlaceholder('请输入11位手机号') as Element, '13800000001');
    utils.fireEvent.click(await waitForText(utils, '获取验证码'));
    await waitForText(utils, '验证码已发送');
    const waiting = await waitForText(utils, '60秒后可重发');
    utils.fireEvent.click(waiting);
    for (let i = 0; i < 30; i++) act(() => void jest.advanceTimersByTime(1000));
    await waitForText(utils, '30秒后可重发');
    expect(sent.filter((s) => s.path === '/api/auth/code')).toHaveLength(1);
    for (let i = 0; i < 30; i++) act(() => void jest.advanceTimersByTime(1000));
    utils.fireEvent.click(await waitForText(utils, '获取验证码'));
    await eventually(() => expect(sent.filter((s) => s.path === '/api/auth/code')).toHaveLength(2));
  } finally {
    jest.useRealTimers();
  }
});
