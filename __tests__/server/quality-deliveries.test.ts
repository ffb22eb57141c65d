// Failed notification deliveries in the console: listed for supervisors (phone masked, WeChat's error, the time),
// sent again on request through the same channel, once; nobody else may see or retry them. WeChat is a local
// stand-in over real HTTP that refuses sends while told to (45009: daily quota reached).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DeliveryListResponse, DeliveryView, RequestDetail } from '../../types';
import { bearer, createTestApp, newKey, DEMO, type TestApp, signInDemo } from './test-app';

let stub: http.Server;
let failSends = 0;
const delivered: string[] = [];
let t: TestApp;
const tok = {} as Record<keyof typeof DEMO | 'herder', string>;

beforeAll(async () => {
  stub = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stub');
    res.setHeader('content-type', 'application/json');
    if (url.pathname === '/sns/jscode2session') return void res.end(JSON.stringify({ openid: `openid-${url.searchParams.get('js_code')}`, session_key: 'k' }));
    if (url.pathname === '/cgi-bin/token') return void res.end(JSON.stringify({ access_token: 'token', expires_in: 7200 }));
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      if (failSends > 0) {
        failSends -= 1;
        return void res.end(JSON.stringify({ errcode: 45009, errmsg: 'reach max api daily quota limit' }));
      }
      delivered.push((JSON.parse(raw) as { template_id: string }).template_id);
      res.end(JSON.stringify({ errcode: 0, errmsg: 'ok' }));
    });
  });
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
  const { port } = stub.address() as AddressInfo;
  process.env.WECHAT_TEMPLATE_ASSIGNED = 'tpl-assigned';
  t = await createTestApp({ wechat: { appId: 'wx-test-app', secret: 'wx-secret', apiBase: `http://127.0.0.1:${port}` } });
  Object.assign(tok, await signInDemo(t.app));
  tok.herder = (await t.app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code: 'herder' } })).json<{ token: string }>().token;
  const herder = (await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer(tok.herder) })).json<{ id: string }>().id;
  // A herder who signed in with WeChat and later gave the service centre a phone number.
  await t.app.db.updateTable('users').set({ phone: '13812345678' }).where('id', '=', herder).execute();
});
afterAll(async () => {
  await t.close();
  delete process.env.WECHAT_TEMPLATE_ASSIGNED;
  await new Promise((resolve) => stub.close(resolve));
});

const post = (token: string, url: string, payload: object = {}) => t.app.inject({ method: 'POST', url, headers: { ...bearer(token), 'idempotency-key': newKey() }, payload });
const get = (token: string, url: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });
const failures = async () => (await get(tok.supervisorLiu, '/api/notifications/failures')).json<DeliveryListResponse>().items;

/** A case of the herder's, assigned by the supervisor, pushed while WeChat refuses `refusals` sends. */
async function failedAssignment(refusals: number): Promise<{ caseId: string; failure: DeliveryView }> {
  await post(tok.herder, '/api/notifications/subscriptions', { wechat: [{ event: 'assigned', accepted: true }] });
  const caseId = (await post(tok.herder, '/api/requests', { kind: 'callback', villageId: 'wushenzhao-wushenzhao', description: '请帮我问问草原补奖' })).json<RequestDetail>().id;
  expect((await post(tok.supervisorLiu, `/api/supervision/cases/${caseId}/reassign`, { helperId: 'u-wanghaijun', reason: '督办指定' })).statusCode).toBe(200);
  failSends = refusals;
  await t.app.notifier.flush();
  const failure = (await failures()).find((f) => f.requestId === caseId);
  if (!failure) throw new Error('the refused send was not listed as failed');
  return { caseId, failure };
}

test('a refused send is listed with the event, the recipient, the masked phone, WeChat’s error and the time; a retry sends it', async () => {
  const { failure } = await failedAssignment(1);
  expect(failure).toMatchObject({ event: 'assigned', channel: 'wechat', status: 'failed', phone: '138****5678', error: '45009 reach max api daily quota limit' });
  expect(failure.recipient.name).toBeTruthy();
  expect(Number.isNaN(Date.parse(failure.at))).toBe(false);

  const before = delivered.length;
  const retried = await post(tok.supervisorLiu, `/api/notifications/failures/${failure.id}/retry`);
  expect(retried.statusCode).toBe(200);
  expect(retried.json<DeliveryView>()).toMatchObject({ id: failure.id, status: 'sent', channel: 'wechat', error: null });
  expect(delivered.slice(before)).toEqual(['tpl-assigned']);
  expect((await failures()).some((f) => f.id === failure.id)).toBe(false);
  // Sent once: a second tap finds nothing to send.
  const again = await post(tok.supervisorLiu, `/api/notifications/failures/${failure.id}/retry`);
  expect(again.statusCode).toBe(409);
  expect(again.json().error.code).toBe('INVALID_TRANSITION');
  expect(delivered.length).toBe(before + 1);
});

test('a retry that fails again stays listed, with the new error and the time of the new attempt', async () => {
  const { failure } = await failedAssignment(2);
  const retried = (await post(tok.supervisorLiu, `/api/notifications/failures/${failure.id}/retry`)).json<DeliveryView>();
  expect(retried).toMatchObject({ id: failure.id, status: 'failed', error: '45009 reach max api daily quota limit' });
  expect(retried.at >= failure.at).toBe(true);
  expect((await failures()).find((f) => f.id === failure.id)?.status).toBe('failed');
});

test('supervisors only; unknown and malformed ids are refused with a code', async () => {
  const { failure } = await failedAssignment(1);
  for (const who of ['qiqige', 'herder', 'helperWang', 'gridUrina'] as const) {
    const list = await get(tok[who], '/api/notifications/failures');
    expect([list.statusCode, list.json().error.code]).toEqual([403, 'FORBIDDEN']);
    const retry = await post(tok[who], `/api/notifications/failures/${failure.id}/retry`);
    expect([retry.statusCode, retry.json().error.code]).toEqual([403, 'FORBIDDEN']);
  }
  expect((await t.app.inject({ method: 'GET', url: '/api/notifications/failures' })).statusCode).toBe(401);
  const unknown = await post(tok.supervisorLiu, '/api/notifications/failures/999999/retry');
  expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, 'NOT_FOUND']);
  const malformed = await post(tok.supervisorLiu, '/api/notifications/failures/abc/retry');
  expect([malformed.statusCode, malformed.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
  expect((await failures()).find((f) => f.id === failure.id)?.status).toBe('failed');
});
