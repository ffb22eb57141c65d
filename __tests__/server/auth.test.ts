import { bearer, createTestApp, signIn, DEMO, type TestApp } from './test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ codeTtlSeconds: 1 });
});
afterAll(() => t.close());

const askCode = (phone: string) => t.app.inject({ method: 'POST', url: '/api/auth/code', payload: { phone } });
const verify = (phone: string, code: string) => t.app.inject({ method: 'POST', url: '/api/auth/verify', payload: { phone, code } });

test('a demo account signs in with the code from the demo banner and gets its roles', async () => {
  const sent = await askCode(DEMO.gridUrina);
  expect(sent.statusCode).toBe(200);
  const { devCode, expiresInSeconds } = sent.json<{ devCode: string; expiresInSeconds: number }>();
  expect(devCode).toMatch(/^\d{6}$/);
  expect(expiresInSeconds).toBe(1);
  const res = await verify(DEMO.gridUrina, devCode);
  expect(res.statusCode).toBe(200);
  const { token, user } = res.json<{ token: string; user: { name: string; roles: string[]; phone: string } }>();
  expect(user).toMatchObject({ name: '乌日娜', roles: ['grid_worker'], phone: DEMO.gridUrina });
  const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer(token) });
  expect(me.json().name).toBe('乌日娜');
});

test('a wrong code is refused, the right one still works, and a used code cannot be reused', async () => {
  const { devCode } = (await askCode(DEMO.zhangGuilan)).json<{ devCode: string }>();
  const wrong = devCode === '000000' ? '111111' : '000000';
  const bad = await verify(DEMO.zhangGuilan, wrong);
  expect(bad.statusCode).toBe(400);
  expect(bad.json().error.code).toBe('CODE_INVALID');
  expect((await verify(DEMO.zhangGuilan, devCode)).statusCode).toBe(200);
  const again = await verify(DEMO.zhangGuilan, devCode);
  expect(again.json().error.code).toBe('CODE_EXPIRED');
});

test('five wrong guesses use a code up', async () => {
  const { devCode } = (await askCode(DEMO.bateer)).json<{ devCode: string }>();
  const wrong = devCode === '000000' ? '111111' : '000000';
  for (let i = 0; i < 5; i += 1) expect((await verify(DEMO.bateer, wrong)).json().error.code).toBe('CODE_INVALID');
  expect((await verify(DEMO.bateer, devCode)).json().error.code).toBe('CODE_EXPIRED');
});

test('a code expires', async () => {
  const { devCode } = (await askCode(DEMO.helperWang)).json<{ devCode: string }>();
  await new Promise((resolve) => setTimeout(resolve, 1100));
  const res = await verify(DEMO.helperWang, devCode);
  expect(res.statusCode).toBe(400);
  expect(res.json().error.code).toBe('CODE_EXPIRED');
});

test('codes per number are rate limited', async () => {
  const phone = '13512345678';
  for (let i = 0; i < 5; i += 1) expect((await askCode(phone)).statusCode).toBe(200);
  const sixth = await askCode(phone);
  expect(sixth.statusCode).toBe(429);
  expect(sixth.json().error.code).toBe('RATE_LIMITED');
});

test('an unknown number gets the same answer as a known one, and signing in creates a resident', async () => {
  const known = (await askCode(DEMO.supervisorLiu)).json<Record<string, unknown>>();
  const unknown = (await askCode('13612345678')).json<Record<string, unknown>>();
  expect(Object.keys(unknown).sort()).toEqual(Object.keys(known).sort());
  const token = await signIn(t.app, '13612345678');
  const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer(token) });
  expect(me.json()).toMatchObject({ roles: ['resident'], phone: '13612345678' });
});

test('no token, a forged token and an invalid phone are refused', async () => {
  expect((await t.app.inject({ method: 'GET', url: '/api/me' })).json().error.code).toBe('UNAUTHENTICATED');
  const forged = await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1LWxpdW1pbiJ9.x') });
  expect(forged.statusCode).toBe(401);
  const badPhone = await askCode('12345');
  expect(badPhone.statusCode).toBe(400);
  expect(badPhone.json().error.field).toBe('phone');
});

test('roles come from the account, not the token: a revoked role ends its powers at once', async () => {
  const token = await signIn(t.app, DEMO.helperWang);
  expect((await t.app.inject({ method: 'GET', url: '/api/offers', headers: bearer(token) })).statusCode).toBe(200);
  await t.app.db.updateTable('users').set({ roles: JSON.stringify(['resident']) }).where('phone', '=', DEMO.helperWang).execute();
  expect((await t.app.inject({ method: 'GET', url: '/api/offers', headers: bearer(token) })).statusCode).toBe(403);
});
