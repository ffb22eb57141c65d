// 办不成事: who may report (and for whom), triage with a deadline in working days, the answer the resident sees, and
// that nobody else learns a report exists.
import type { ComplaintListResponse, ComplaintView, MessageListResponse, RequestDetail } from '../../types';
import { addWorkingDays, bannerDate } from '../../server/src/lib/working-days';
import { bearer, createTestApp, newKey, DEMO, type TestApp, signInDemo } from './test-app';

let t: TestApp;
const tok = {} as Record<keyof typeof DEMO, string>;
beforeAll(async () => {
  t = await createTestApp();
  Object.assign(tok, await signInDemo(t.app));
});
afterAll(() => t.close());

const post = (token: string, url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: { ...bearer(token), 'idempotency-key': newKey() }, payload });
const get = (token: string, url: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });
const report = (token: string, payload: object) => post(token, '/api/complaints', payload);

test('a resident reports about their case; supervisors hear of it; triage sets a deadline in working days; the answer reaches the resident', async () => {
  const caseId = (await post(tok.qiqige, '/api/requests', { kind: 'callback', villageId: 'wushenzhao-wushenzhao', description: '请回电' })).json<RequestDetail>().id;
  const filed = await report(tok.qiqige, { description: '低保申请跑了三趟还没办成', requestId: caseId });
  expect(filed.statusCode).toBe(201);
  const c = filed.json<ComplaintView>();
  expect(c).toMatchObject({ status: 'submitted', requestId: caseId, resident: { id: 'u-qiqige', name: '其其格' }, filedBy: { id: 'u-qiqige' }, deadline: null, deadlineState: 'none' });
  expect((await get(tok.supervisorLiu, '/api/messages')).json<MessageListResponse>().items.some((m) => m.kind === 'complaint' && m.body === c.id)).toBe(true);

  expect((await post(tok.supervisorLiu, `/api/complaints/${c.id}/answer`, { answer: '已办结', resolved: true })).json().error.code).toBe('INVALID_TRANSITION');
  expect((await post(tok.gridUrina, `/api/complaints/${c.id}/triage`, { dueWorkingDays: 5, note: 'x' })).statusCode).toBe(403);
  expect((await post(tok.supervisorLiu, `/api/complaints/${c.id}/triage`, { dueWorkingDays: 0, note: '民政' })).statusCode).toBe(400);
  const triaged = (await post(tok.supervisorLiu, `/api/complaints/${c.id}/triage`, { dueWorkingDays: 5, note: '转民政局，5个工作日内答复' })).json<ComplaintView>();
  expect(triaged).toMatchObject({ status: 'in_progress', deadline: { date: addWorkingDays(bannerDate(), 5), workingDaysLeft: 5 }, deadlineState: 'on_time', triageNote: '转民政局，5个工作日内答复' });
  // Moving the deadline while open: 2 working days left is due soon.
  expect((await post(tok.supervisorLiu, `/api/complaints/${c.id}/triage`, { dueWorkingDays: 2, note: '加急' })).json<ComplaintView>().deadlineState).toBe('due_soon');

  const answered = (await post(tok.supervisorLiu, `/api/complaints/${c.id}/answer`, { answer: '已协调民政局上门受理', resolved: true })).json<ComplaintView>();
  expect(answered).toMatchObject({ status: 'answered', answer: '已协调民政局上门受理', resolved: true, answeredOnTime: true, deadlineState: 'none' });
  expect((await post(tok.supervisorLiu, `/api/complaints/${c.id}/triage`, { dueWorkingDays: 3, note: 'x' })).statusCode).toBe(409);

  const seen = (await get(tok.qiqige, `/api/complaints/${c.id}`)).json<ComplaintView>();
  expect(seen.answer).toBe('已协调民政局上门受理');
  const inbox = (await get(tok.qiqige, '/api/messages')).json<MessageListResponse>();
  expect(inbox.items.filter((m) => m.kind === 'complaint').map((m) => m.body)).toEqual([`${c.id}|answered`, `${c.id}|in_progress`, `${c.id}|in_progress`]);
});

test('an overdue answer is marked late', async () => {
  const c = (await report(tok.zhangGuilan, { description: '不动产登记办不了' })).json<ComplaintView>();
  await post(tok.supervisorLiu, `/api/complaints/${c.id}/triage`, { dueWorkingDays: 1, note: '不动产中心' });
  await t.app.db.updateTable('complaints').set({ deadline: '2026-01-05' }).where('id', '=', c.id).execute();
  expect((await get(tok.supervisorLiu, `/api/complaints/${c.id}`)).json<ComplaintView>().deadlineState).toBe('overdue');
  const answered = (await post(tok.supervisorLiu, `/api/complaints/${c.id}/answer`, { answer: '材料不全，已一次告知', resolved: false })).json<ComplaintView>();
  expect(answered).toMatchObject({ resolved: false, answeredOnTime: false });
});

test('reporting for someone else: a grid worker for any resident, family only once confirmed, a resident not for strangers', async () => {
  const byGrid = await report(tok.gridUrina, { description: '其其格老人医保备案办不成', forUserId: 'u-qiqige' });
  expect(byGrid.json<ComplaintView>()).toMatchObject({ resident: { id: 'u-qiqige' }, filedBy: { id: 'u-wurina', name: '乌日娜' } });
  expect((await get(tok.qiqige, `/api/complaints/${byGrid.json<ComplaintView>().id}`)).statusCode).toBe(200);
  expect((await get(tok.gridUrina, `/api/complaints/${byGrid.json<ComplaintView>().id}`)).statusCode).toBe(200);
  expect((await report(tok.bateer, { description: '替妈妈反映', forUserId: 'u-qiqige' })).statusCode).toBe(403);
  expect((await report(tok.zhangGuilan, { description: 'x', forUserId: 'u-qiqige' })).statusCode).toBe(403);
  expect((await report(tok.gridUrina, { description: 'x', forUserId: 'u-nobody' })).json().error.field).toBe('forUserId');
  // A case that is not the resident's, or that the reporter cannot see, is refused without saying whether it exists.
  const zhangCase = (await post(tok.zhangGuilan, '/api/requests', { kind: 'callback', villageId: 'galutu-hurehu', description: '请回电' })).json<RequestDetail>().id;
  expect((await report(tok.qiqige, { description: 'x', requestId: zhangCase })).statusCode).toBe(404);
  expect((await report(tok.supervisorLiu, { description: 'x', requestId: zhangCase, forUserId: 'u-qiqige' })).json().error.field).toBe('requestId');
  expect((await report(tok.qiqige, { description: '   ' })).statusCode).toBe(400);
  expect((await report(tok.qiqige, { description: 'x', urgent: true })).statusCode).toBe(400);
});

test('who sees which report', async () => {
  const c = (await report(tok.qiqige, { description: '养老金认证办不成' })).json<ComplaintView>();
  for (const who of ['zhangGuilan', 'bateer', 'helperWang'] as const) expect((await get(tok[who], `/api/complaints/${c.id}`)).statusCode).toBe(404);
  expect((await get(tok.supervisorLiu, `/api/complaints/${c.id}`)).statusCode).toBe(200);
  const zhang = (await get(tok.zhangGuilan, '/api/complaints')).json<ComplaintListResponse>().items;
  expect(zhang.every((x) => x.resident.id === 'u-zhangguilan' || x.filedBy.id === 'u-zhangguilan')).toBe(true);
  expect((await get(tok.qiqige, '/api/complaints')).json<ComplaintListResponse>().items.map((x) => x.id)).toContain(c.id);
  const open = (await get(tok.supervisorLiu, '/api/complaints?status=submitted')).json<ComplaintListResponse>().items;
  expect(open.map((x) => x.id)).toContain(c.id);
  expect(open.every((x) => x.status === 'submitted')).toBe(true);
  expect((await get(tok.supervisorLiu, '/api/complaints?status=closed')).statusCode).toBe(400);
  expect((await post(tok.qiqige, `/api/complaints/${c.id}/answer`, { answer: '自己答复', resolved: true })).statusCode).toBe(403);
});
