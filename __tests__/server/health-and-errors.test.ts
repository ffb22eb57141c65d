import { bearer, createTestApp, signIn, DEMO, type TestApp } from './test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

test('health answers ok once the database is reachable', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/api/health' });
  expect(res.statusCode).toBe(200);
  expect(res.json()).toEqual({ status: 'ok' });
});

test('the OpenAPI document is generated from the route schemas', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
  expect(res.statusCode).toBe(200);
  const doc = res.json<{ openapi: string; paths: Record<string, Record<string, { requestBody?: unknown }>> }>();
  expect(doc.openapi).toBe('3.1.0');
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining(['/api/health', '/api/auth/code', '/api/requests', '/api/requests/{id}', '/api/offers/{id}/accept']),
  );
  expect(doc.paths['/api/requests']?.post?.requestBody).toBeDefined();
});

test('an unknown route gets a coded 404', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
  expect(res.statusCode).toBe(404);
  expect(res.json().error.code).toBe('NOT_FOUND');
});

describe('bad input gets a typed 400 and writes nothing', () => {
  const countRequests = async () => (await t.app.db.selectFrom('requests').select('id').execute()).length;
  let token: string;
  beforeAll(async () => {
    token = await signIn(t.app, DEMO.qiqige);
  });

  test.each([
    ['malformed JSON', '{"kind": "home_visit",', 'MALFORMED_JSON'],
    ['a wrong type', JSON.stringify({ kind: 'home_visit', villageId: 42, description: 'x' }), 'VALIDATION_FAILED'],
    ['an unknown field', JSON.stringify({ kind: 'home_visit', villageId: 'wushenzhao-wushenzhao', description: 'x', admin: true }), 'VALIDATION_FAILED'],
    ['a missing field', JSON.stringify({ kind: 'home_visit', villageId: 'wushenzhao-wushenzhao' }), 'VALIDATION_FAILED'],
    ['an unknown kind', JSON.stringify({ kind: 'teleport', villageId: 'wushenzhao-wushenzhao', description: 'x' }), 'VALIDATION_FAILED'],
    ['an unknown village', JSON.stringify({ kind: 'home_visit', villageId: 'atlantis', description: 'x' }), 'VALIDATION_FAILED'],
  ])('%s', async (_name, payload, code) => {
    const before = await countRequests();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/requests',
      headers: { ...bearer(token), 'content-type': 'application/json', 'idempotency-key': `bad-input-${code}-${payload.length}` },
      payload,
    });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ error: { code: string; message: string } }>();
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(5);
    expect(await countRequests()).toBe(before);
  });

  test('a write without an Idempotency-Key is refused', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/requests',
      headers: bearer(token),
      payload: { kind: 'home_visit', villageId: 'wushenzhao-wushenzhao', description: '帮我办高龄津贴' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('Idempotency-Key');
  });

  test('a body that is not JSON is 415', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/code',
      headers: { 'content-type': 'text/xml' },
      payload: '<phone>13800000001</phone>',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});

test('readiness: ready once every migration has run', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/api/ready' });
  expect(res.json()).toEqual({ status: 'ok' });
});
