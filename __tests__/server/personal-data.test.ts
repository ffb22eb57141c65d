import type { AccessLogResponse, ExportResponse, IdentityView, OfferListResponse, ProfileView, RequestDetail } from '../../types';
import { isValidIdNumber } from '../../server/src/lib/pii-crypto';
import { bearer, createTestApp, newKey, DEMO, type TestApp, signInDemo } from './test-app';

let t: TestApp;
const tok: Record<keyof typeof DEMO, string> = {} as Record<keyof typeof DEMO, string>;
const base = '15062619450301002';
const idNumber = `${base}${'0123456789X'.split('').find((c) => isValidIdNumber(`${base}${c}`))}`;

beforeAll(async () => {
  t = await createTestApp();
  Object.assign(tok, await signInDemo(t.app));
});
afterAll(() => t.close());

const post = (token: string, url: string, payload: object = {}) => t.app.inject({ method: 'POST', url, headers: { ...bearer(token), 'idempotency-key': newKey() }, payload });
const get = (token: string, url: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });

test('sensitive data needs its own consent first, is sealed at rest and masked when shown', async () => {
  expect((await post(tok.qiqige, '/api/me/profile', { idNumber })).statusCode).toBe(403);
  expect((await post(tok.qiqige, '/api/me/consent', { granted: true })).json<ProfileView>().sensitiveConsentAt).toBeTruthy();
  expect((await post(tok.qiqige, '/api/me/profile', { idNumber: '150626194503010020' === idNumber ? '150626194503010021' : '150626194503010020' })).statusCode).toBe(400);
  const saved = (await post(tok.qiqige, '/api/me/profile', { idNumber, disability: '肢体三级' })).json<ProfileView>();
  expect(saved.idNumber).toBe(`1506${'*'.repeat(10)}${idNumber.slice(-4)}`);
  const row = await t.app.db.selectFrom('resident_profiles').selectAll().where('user_id', '=', 'u-qiqige').executeTakeFirstOrThrow();
  expect(row.id_number_sealed).toMatch(/^v1\./);
  expect(row.id_number_sealed).not.toContain(idNumber.slice(6, 14));
  expect(row.disability_sealed).not.toContain('肢体');
});

test('living alone is said once, sealed, shown back to the resident and in the export', async () => {
  expect((await get(tok.qiqige, '/api/me/profile')).json<ProfileView>().livesAlone).toBeNull();
  expect((await post(tok.qiqige, '/api/me/profile', { livesAlone: 'yes' })).statusCode).toBe(400);
  const saved = (await post(tok.qiqige, '/api/me/profile', { livesAlone: true })).json<ProfileView>();
  expect(saved).toMatchObject({ livesAlone: true, disability: '肢体三级' });
  const row = await t.app.db.selectFrom('resident_profiles').selectAll().where('user_id', '=', 'u-qiqige').executeTakeFirstOrThrow();
  expect(row.lives_alone_sealed).toMatch(/^v1\./);
  expect((await get(tok.qiqige, '/api/me/export')).json<ExportResponse>().profile.livesAlone).toBe(true);
});

test('the helper carrying a 代办 case sees the full ID, the read is logged, and nobody else sees it', async () => {
  const materials = ['居民身份证', '居民户口簿', '社会保障卡或本人银行卡', '《高龄津贴申请审批表》', '近期一寸免冠彩色照片'].map((name) => ({ name, status: 'provided' }));
  const id = (await post(tok.qiqige, '/api/requests', { kind: 'delegate', villageId: 'wushenzhao-wushenzhao', description: '代办', serviceItemId: 'senior-allowance', materials })).json<RequestDetail>().id;
  const offer = (await get(tok.gridUrina, '/api/offers')).json<OfferListResponse>().items.find((o) => o.request.id === id);
  await post(tok.gridUrina, `/api/offers/${offer?.id}/accept`);

  const full = await get(tok.gridUrina, `/api/requests/${id}/identity`);
  expect(full.json<IdentityView>()).toEqual({ name: '其其格', idNumber, disability: '肢体三级' });
  expect((await get(tok.zhangGuilan, `/api/requests/${id}/identity`)).statusCode).toBe(404);
  expect((await get(tok.helperWang, `/api/requests/${id}/identity`)).statusCode).toBe(404);
  expect((await get(tok.qiqige, `/api/requests/${id}/identity`)).statusCode).toBe(403);
  const detail = (await get(tok.gridUrina, `/api/requests/${id}`)).body;
  expect(detail).not.toContain(idNumber);

  expect((await get(tok.gridUrina, '/api/access-log')).statusCode).toBe(403);
  const log = (await get(tok.supervisorLiu, '/api/access-log')).json<AccessLogResponse>();
  expect(log.items[0]).toMatchObject({ viewerName: '乌日娜', subjectName: '其其格', purpose: `case ${id}` });
});

test('a resident can export everything held about them and ask for deletion', async () => {
  const exported = (await get(tok.qiqige, '/api/me/export')).json<ExportResponse>();
  expect(exported.profile.idNumber).toBe(idNumber);
  expect(exported.requests.length).toBeGreaterThan(0);
  const asked = await post(tok.qiqige, '/api/me/deletion-request', { reason: '不再需要服务' });
  expect(asked.json()).toMatchObject({ received: true });
});
