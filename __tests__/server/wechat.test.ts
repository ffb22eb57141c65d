import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { bearer, createTestApp, type TestApp } from './test-app';

// A local stand-in for WeChat's code2session endpoint: the real client code talks real HTTP to it.
let stub: http.Server;
const seen: URLSearchParams[] = [];
let t: TestApp;

beforeAll(async () => {
  stub = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stub');
    seen.push(url.searchParams);
    res.setHeader('content-type', 'application/json');
    if (url.pathname !== '/sns/jscode2session') return void res.writeHead(404).end('{}');
    const code = url.searchParams.get('js_code');
    if (code === 'good-code') return void res.end(JSON.stringify({ openid: 'openid-herder-1', session_key: 'k' }));
    res.end(JSON.stringify({ errcode: 40029, errmsg: 'invalid code' }));
  });
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
  const { port } = stub.address() as AddressInfo;
  t = await createTestApp({ wechat: { appId: 'wx-test-app', secret: 'wx-secret', apiBase: `http://127.0.0.1:${port}` } });
});

afterAll(async () => {
  await t.close();
  await new Promise((resolve) => stub.close(resolve));
});

test('a mini-program login code becomes a session; the same openid is the same user next time', async () => {
  const first = await t.app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code: 'good-code' } });
  expect(first.statusCode).toBe(200);
  const { token, user } = first.json<{ token: string; user: { id: string; roles: string[] } }>();
  expect(user.roles).toEqual(['resident']);
  expect(seen.at(-1)?.get('appid')).toBe('wx-test-app');
  expect(seen.at(-1)?.get('grant_type')).toBe('authorization_code');
  const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer(token) });
  expect(me.json().id).toBe(user.id);
  const second = await t.app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code: 'good-code' } });
  expect(second.json().user.id).toBe(user.id);
});

test('a code WeChat rejects is the client’s error (400), not the server’s', async () => {
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code: 'stale' } });
  expect(res.statusCode).toBe(400);
  expect(res.json().error.code).toBe('CODE_INVALID');
});

test('without WECHAT_APPID/WECHAT_SECRET the server says WeChat sign-in is not set up', async () => {
  const plain = await createTestApp();
  try {
    const res = await plain.app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code: 'good-code' } });
    expect(res.statusCode).toBe(501);
    expect(res.json().error.code).toBe('WECHAT_NOT_CONFIGURED');
  } finally {
    await plain.close();
  }
});
