// Verified tokens are remembered (plugins/auth.ts); remembering must not widen what is accepted: an expired token,
// one signed with another secret or altered, and a changed role all take effect on the very next request.
import { createSigner } from 'fast-jwt';
import { bearer, createTestApp, signIn, DEMO, type TestApp } from './test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
afterEach(() => jest.restoreAllMocks());

const me = (token: string) => t.app.inject({ method: 'GET', url: '/api/me', headers: bearer(token) });

async function userId(token: string): Promise<string> {
  const res = await me(token);
  expect(res.statusCode).toBe(200);
  return res.json<{ id: string }>().id;
}

test('a remembered token stops working when it expires', async () => {
  const id = await userId(await signIn(t.app, DEMO.zhangGuilan));
  const token = t.app.jwt.sign({ sub: id, roles: ['resident'] }, { expiresIn: 60 });
  expect((await me(token)).statusCode).toBe(200);
  expect((await me(token)).statusCode).toBe(200);
  const later = Date.now() + 61_000;
  jest.spyOn(Date, 'now').mockReturnValue(later);
  const res = await me(token);
  expect(res.statusCode).toBe(401);
  expect(res.json().error.code).toBe('TOKEN_EXPIRED');
});

test('the same claims signed with another secret, or an altered signature, are refused after the real token was seen', async () => {
  const token = await signIn(t.app, DEMO.gridUrina);
  const id = await userId(token);
  const forged = createSigner({ key: 'another-secret-another-secret-xx', expiresIn: 60_000 })({ sub: id, roles: ['grid_worker'] });
  const forgedRes = await me(forged);
  expect(forgedRes.statusCode).toBe(401);
  expect(forgedRes.json().error.code).toBe('UNAUTHENTICATED');
  const [head, body, signature] = token.split('.');
  const flipped = `${head}.${body}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
  expect((await me(flipped)).statusCode).toBe(401);
  expect((await me(token)).statusCode).toBe(200);
});

test('a role changed in the database applies to the next request of a remembered token', async () => {
  const token = await signIn(t.app, DEMO.helperWang);
  const id = await userId(token);
  const before = (await me(token)).json<{ roles: string[] }>().roles;
  expect(before).toContain('helper');
  await t.app.db.updateTable('users').set({ roles: JSON.stringify(['resident']) }).where('id', '=', id).execute();
  expect((await me(token)).json<{ roles: string[] }>().roles).toEqual(['resident']);
});
