// 微信手机号一键登录: the getPhoneNumber button's code and a Taro.login code go to the server together; saying no in
// WeChat's sheet points to the text-code form instead of failing silently.
import Taro from '@tarojs/taro';
import { act } from 'react';
import { WechatPhoneSignIn } from '../../src/features/auth/WechatPhoneSignIn';
import { useSession } from '../../src/stores/session';
import { fakeApi } from './fake-api';
import { eventually, render, resetStores, waitForText } from './render';

beforeEach(resetStores);
afterEach(() => jest.restoreAllMocks());

function phoneEvent(button: Element, detail: { errMsg: string; code?: string }): void {
  act(() => {
    button.dispatchEvent(new CustomEvent('getphonenumber', { detail, bubbles: true }));
  });
}

test('one tap: both codes go to the server and the person is signed in', async () => {
  jest.spyOn(Taro, 'login').mockResolvedValue({ errMsg: 'login:ok', code: 'login-code-1' });
  const user = { id: 'u-qiqige', name: '其其格', phone: '13800000001', roles: ['resident'], villageId: 'wushenzhao-wushenzhao' };
  const sent = fakeApi({ 'POST /api/auth/wechat-phone': { body: { token: 'tok-1', user } } });
  const onSignedIn = jest.fn();
  const utils = await render(WechatPhoneSignIn, { onSignedIn });
  await waitForText(utils, '不用等短信，不用输验证码');
  phoneEvent(await waitForText(utils, '微信手机号一键登录'), { errMsg: 'getPhoneNumber:ok', code: 'phone-code-1' });
  await eventually(() => expect(onSignedIn).toHaveBeenCalled());
  expect(sent.find((s) => s.path === '/api/auth/wechat-phone')?.body).toEqual({ loginCode: 'login-code-1', phoneCode: 'phone-code-1' });
  expect(useSession.getState().user?.id).toBe('u-qiqige');
});

test('saying no in WeChat’s sheet sends nothing and points to the text code', async () => {
  const login = jest.spyOn(Taro, 'login');
  const sent = fakeApi({});
  const onSignedIn = jest.fn();
  const utils = await render(WechatPhoneSignIn, { onSignedIn });
  phoneEvent(await waitForText(utils, '微信手机号一键登录'), { errMsg: 'getPhoneNumber:fail user deny' });
  await waitForText(utils, '没有拿到手机号。也可以在下面用短信验证码登录。');
  expect(sent).toEqual([]);
  expect(login).not.toHaveBeenCalled();
  expect(onSignedIn).not.toHaveBeenCalled();
});

test('a refusal by the server is said in plain words', async () => {
  jest.spyOn(Taro, 'login').mockResolvedValue({ errMsg: 'login:ok', code: 'login-code-2' });
  fakeApi({ 'POST /api/auth/wechat-phone': { status: 501, body: { error: { code: 'WECHAT_NOT_CONFIGURED', message: 'not set up' } } } });
  const utils = await render(WechatPhoneSignIn, { onSignedIn: jest.fn() });
  phoneEvent(await waitForText(utils, '微信手机号一键登录'), { errMsg: 'getPhoneNumber:ok', code: 'phone-code-2' });
  await waitForText(utils, '暂不能用微信登录，请用手机号登录。');
});
