// Mini-program sign-in against a local stand-in for WeChat's API (real HTTP): the openid-only sign-in (code2session),
// 微信手机号一键登录 (the phone WeChat vouches for lands in the same account a text code to that number would), and
// linking WeChat to an account signed in with a text code, so subscribe messages can reach it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SubscriptionsResponse } from '../../types';
import { bearer, createTestApp, DEMO, signIn, type TestApp } from './test-app';

let stub: http.Server;
let t: TestApp;
let tokensIssued = 0;
const phoneCalls: { token: string | null; code: unknown }[] = [];

const PHONES: Record<string, { purePhoneNumber: string; countryCode: string }> = {
  'phone-qiqige': { purePhoneNumber: DEMO.qiqige, countryCode: '86' },
  'phone-new': { purePhoneNumber: '13655550009', countryCode: '86' },
  'phone-hk': { purePhoneNumber: '91234567', countryCode: '852' },
};

beforeAll(async () => {
  stub = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stub');
    res.setHeader('content-type', 'application/json');
    const reply = (body: unknown) => void res.end(JSON.stringify(body));
    if (url.pathname === '/sns/jscode2session') {
      const code = url.searchParams.get('js_code') ?? '';
      const ours = url.searchParams.get('appid') === 'wx-test-app' && url.searchParams.get('secret') === 'wx-secret' && url.searchParams.get('grant_type') === 'authorization_code';
      return reply(ours && code.startsWith('login-') ? { openid: `openid-${code}`, session_key: 'k' } : { errcode: 40029, errmsg: 'invalid code' });
    }
    if (url.pathname === '/cgi-bin/token') {
      tokensIssued += 1;
      return reply({ access_token: `token-${tokensIssued}`, expires_in: 7200 });
    }
    if (url.pathname === '/wxa/business/getuserphonenumber' && req.method === 'POST') {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      req.on('end', () => {
        const { code } = JSON.parse(raw) as { code: unknown };
        phoneCalls.push({ token: url.searchParams.get('access_token'), code });
        const phone = typeof code === 'string' ? PHONES[code] : undefined;
        if (!phone) return reply({ errcode: 40029, errmsg: 'invalid code' });
        reply({ errcode: 0, errmsg: 'ok', phone_info: { phoneNumber: phone.purePhoneNumber, ...phone, watermark: { appid: 'wx-test-app', timestamp: 0 } } });
      });
      return;
    }
    res.writeHead(404).end('{}');
  });
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
  const { port } = stub.address() as AddressInfo;
  t = await createTestApp({ wechat: { appId: 'wx-test-app', secret: 'wx-secret', apiBase: `http://127.0.0.1:${port}` } });
});

afterAll(async () => {
  await t.close();
  await new Promise((resolve) => stub.close(resolve));
});

const phoneSignIn = (loginCode: string, phoneCode: string) => t.app.inject({ method: 'POST', url: '/api/auth/wechat-phone', payload: { loginCode, phoneCode } });
const wechatAvailable = async (token: string) =>
  (await t.app.inject({ method: 'GET', url: '/api/notifications/subscriptions', headers: bearer(token) })).json<SubscriptionsResponse>().wechatAvailable;
const userCount = async () => (await t.app.db.selectFrom('users').select('id').execute()).length;

test('a mini-program login code becomes a session; the same openid is the same user next time', async () => {
  const first = await t.app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code: 'login-herder' } });
  expect(first.statusCode).toBe(200);
  const { token, user } = first.json<{ token: string; user: { id: string; roles: string[] } }>();
  expect(user.roles).toEqual(['resident']);
  const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer(token) });
  expect(me.json().id).toBe(user.id);
  const second = await t.app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code: 'login-herder' } });
  expect(second.json().user.id).toBe(user.id);
  const refused = await t.app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code: 'stale' } });
  expect(refused.statusCode).toBe(400);
  expect(refused.json().error.code).toBe('CODE_INVALID');
});

test('one tap with 其其格’s number signs her into her own account and links this WeChat for subscribe messages', async () => {
  const res = await phoneSignIn('login-qiqige', 'phone-qiqige');
  expect(res.statusCode).toBe(200);
  const { token, user } = res.json<{ token: string; user: { id: string; name: string; phone: string } }>();
  expect(user).toMatchObject({ id: 'u-qiqige', name: '其其格', phone: DEMO.qiqige });
  expect(phoneCalls.at(-1)).toEqual({ token: 'token-1', code: 'phone-qiqige' });
  expect(await wechatAvailable(token)).toBe(true);
  // The openid-only sign-in now finds the same account.
  expect((await t.app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code: 'login-qiqige' } })).json().user.id).toBe('u-qiqige');
});

test('a number new to the service becomes a resident account with that number, the same one next time', async () => {
  const before = await userCount();
  const first = (await phoneSignIn('login-new-1', 'phone-new')).json<{ user: { id: string; phone: string; roles: string[] } }>();
  expect(first.user).toMatchObject({ phone: '13655550009', roles: ['resident'] });
  expect(await userCount()).toBe(before + 1);
  const again = (await phoneSignIn('login-new-2', 'phone-new')).json<{ user: { id: string } }>();
  expect(again.user.id).toBe(first.user.id);
  // The access token is fetched once and reused.
  expect(new Set(phoneCalls.map((c) => c.token))).toEqual(new Set(['token-1']));
});

test('codes WeChat refuses and numbers outside the mainland are the client’s errors and create nothing', async () => {
  const before = await userCount();
  const badLogin = await phoneSignIn('stale', 'phone-new');
  expect(badLogin.statusCode).toBe(400);
  expect(badLogin.json().error.code).toBe('CODE_INVALID');
  const badPhone = await phoneSignIn('login-x', 'stale-phone-code');
  expect(badPhone.statusCode).toBe(400);
  expect(badPhone.json().error).toMatchObject({ code: 'CODE_INVALID', field: 'phoneCode' });
  const abroad = await phoneSignIn('login-y', 'phone-hk');
  expect(abroad.statusCode).toBe(400);
  expect(abroad.json().error).toMatchObject({ code: 'VALIDATION_FAILED', message: 'only mainland China mobile numbers can sign in' });
  expect(await userCount()).toBe(before);
  expect((await t.app.inject({ method: 'POST', url: '/api/auth/wechat-phone', payload: { loginCode: 'login-z' } })).statusCode).toBe(400);
});

test('an account signed in with a text code links the WeChat it runs in; the WeChat moves from an old WeChat-only account', async () => {
  const old = (await t.app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code: 'login-zhang' } })).json<{ user: { id: string } }>();
  expect(old.user.id).not.toBe('u-zhangguilan');
  const zhang = await signIn(t.app, DEMO.zhangGuilan);
  expect(await wechatAvailable(zhang)).toBe(false);
  const bound = await t.app.inject({ method: 'POST', url: '/api/me/wechat', headers: bearer(zhang), payload: { code: 'login-zhang' } });
  expect(bound.json()).toEqual({ bound: true });
  expect(await wechatAvailable(zhang)).toBe(true);
  const owners = await t.app.db.selectFrom('users').select('id').where('wechat_openid', '=', 'openid-login-zhang').execute();
  expect(owners.map((o) => o.id)).toEqual([(await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer(zhang) })).json().id]);
  expect((await t.app.inject({ method: 'POST', url: '/api/me/wechat', payload: { code: 'login-zhang' } })).statusCode).toBe(401);
  expect((await t.app.inject({ method: 'POST', url: '/api/me/wechat', headers: bearer(zhang), payload: { code: 'stale' } })).json().error.code).toBe('CODE_INVALID');
});

test('without WECHAT_APPID/WECHAT_SECRET every WeChat sign-in says WeChat is not set up', async () => {
  const plain = await createTestApp();
  try {
    const openidOnly = await plain.app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code: 'login-a' } });
    expect(openidOnly.statusCode).toBe(501);
    expect(openidOnly.json().error.code).toBe('WECHAT_NOT_CONFIGURED');
    const phone = await plain.app.inject({ method: 'POST', url: '/api/auth/wechat-phone', payload: { loginCode: 'login-a', phoneCode: 'phone-new' } });
    expect(phone.statusCode).toBe(501);
    const token = await signIn(plain.app, DEMO.bateer);
    const bind = await plain.app.inject({ method: 'POST', url: '/api/me/wechat', headers: bearer(token), payload: { code: 'login-a' } });
    expect(bind.json().error.code).toBe('WECHAT_NOT_CONFIGURED');
  } finally {
    await plain.close();
  }
});
