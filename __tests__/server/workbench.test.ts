import type { RequestDetail, TaskListResponse, MessageListResponse } from '../../types';
import { bearer, createTestApp, DEMO, type TestApp, signInDemo } from './test-app';
import { caseSteps } from './case-steps';

let t: TestApp;
const tok: Record<keyof typeof DEMO, string> = {} as Record<keyof typeof DEMO, string>;
beforeAll(async () => {
  t = await createTestApp();
  Object.assign(tok, await signInDemo(t.app));
});
afterAll(() => t.close());

const village = 'wushenzhao-wushenzhao';
const read = async (token: string, id: string) => (await t.app.inject({ method: 'GET', url: `/api/requests/${id}`, headers: bearer(token) })).json<RequestDetail>();
const steps = () => caseSteps(t, tok);
const post = (token: string, url: string, payload: object = {}) => steps().post(token, url, payload);
const sign = (token: string) => steps().sign(token);
const photo = (token: string) => steps().photo(token);
const assignedDelegateCase = () => steps().assignedDelegateCase();

test('a 代办 case from acceptance to delivery: check-in, signed 委托书, every hand-over, the department’s number, 补正', async () => {
  const id = await assignedDelegateCase();
  const move = (to: string, note?: string) => post(tok.gridUrina, `/api/requests/${id}/transitions`, { to, ...(note ? { note } : {}) });
  expect((await move('scheduled', '周二上午')).statusCode).toBe(200);
  expect((await move('en_route')).statusCode).toBe(200);

  // Only the assigned helper checks in; a check-in 5 km away is flagged.
  expect((await post(tok.helperWang, `/api/requests/${id}/check-in`, {})).statusCode).toBe(404);
  const checkIn = (await post(tok.gridUrina, `/api/requests/${id}/check-in`, { location: { lat: 39.08, lng: 108.9127 } })).json<RequestDetail>();
  expect(checkIn.status).toBe('on_site');
  expect(checkIn.checkIns[0]).toMatchObject({ far: true });
  expect(checkIn.timeline.at(-1)?.note).toContain('请核实');

  // 代办: no documents change hands before the 委托书 is signed.
  const items = [{ name: '居民身份证', form: 'original_and_copy', count: 1 }, { name: '居民户口簿', form: 'original_and_copy', count: 1 }];
  const early = await post(tok.gridUrina, `/api/requests/${id}/handovers`, { kind: 'resident_to_helper', items, fromSignatureId: await sign(tok.gridUrina), toSignatureId: await sign(tok.gridUrina) });
  expect(early.json().error.code).toBe('INVALID_TRANSITION');

  const letter = (await t.app.inject({ method: 'GET', url: `/api/requests/${id}/authorisation-letter?kind=authorisation`, headers: bearer(tok.gridUrina) })).json<{ letter: string }>();
  expect(letter.letter).toContain('委托人：其其格');
  expect(letter.letter).toContain('受托人：乌日娜');
  expect(letter.letter).toContain('高龄津贴申领');
  const authorised = (await post(tok.gridUrina, `/api/requests/${id}/authorisations`, { kind: 'authorisation', residentSignatureId: await sign(tok.gridUrina), helperSignatureId: await sign(tok.gridUrina) })).json<RequestDetail>();
  expect(authorised.status).toBe('authorised');
  expect(authorised.authorisations[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);

  const handover = (kind: string, extra: object = {}) =>
    post(tok.gridUrina, `/api/requests/${id}/handovers`, { kind, items, ...extra });
  const first = await handover('resident_to_helper', { photoIds: [await photo(tok.gridUrina)], fromSignatureId: await sign(tok.gridUrina), toSignatureId: await sign(tok.gridUrina), place: '其其格家' });
  expect(first.json<RequestDetail>().status).toBe('materials_received');

  // 补正 loop: the department wants a correction; the resident supplies it; it goes back.
  expect((await move('awaiting_supplement', '缺户口簿复印件')).statusCode).toBe(200);
  expect((await move('materials_received', '已补齐')).statusCode).toBe(200);
  const noNumber = await handover('helper_to_department', { fromSignatureId: await sign(tok.gridUrina), toSignatureId: await sign(tok.gridUrina) });
  expect(noNumber.json().error.field).toBe('departmentCaseNo');
  const submitted = (await handover('helper_to_department', { fromSignatureId: await sign(tok.gridUrina), toSignatureId: await sign(tok.gridUrina), departmentCaseNo: 'MZ-2026-0815' })).json<RequestDetail>();
  expect(submitted).toMatchObject({ status: 'submitted_to_department', departmentCaseNo: 'MZ-2026-0815' });
  expect((await move('under_review')).statusCode).toBe(200);
  expect((await move('awaiting_supplement', '部门要求补正：照片')).statusCode).toBe(200);
  expect((await move('materials_received')).statusCode).toBe(200);
  await handover('helper_to_department', { fromSignatureId: await sign(tok.gridUrina), toSignatureId: await sign(tok.gridUrina), departmentCaseNo: 'MZ-2026-0815' });
  await move('under_review');
  expect((await move('rejected')).json().error.field).toBe('note');
  expect((await move('approved')).statusCode).toBe(200);
  expect((await handover('department_to_helper', { fromSignatureId: await sign(tok.gridUrina), toSignatureId: await sign(tok.gridUrina) })).json<RequestDetail>().status).toBe('approved');
  const delivered = (await handover('helper_to_resident', { fromSignatureId: await sign(tok.gridUrina), toSignatureId: await sign(tok.gridUrina) })).json<RequestDetail>();
  expect(delivered.status).toBe('result_delivered');

  // The resident sees the whole chain: who handed what to whom, when, with signatures.
  const seen = await read(tok.qiqige, id);
  expect(seen.handovers.map((h) => [h.kind, h.fromParty, h.toParty])).toEqual([
    ['resident_to_helper', '其其格', '乌日娜'],
    ['helper_to_department', '乌日娜', '民政窗口'],
    ['helper_to_department', '乌日娜', '民政窗口'],
    ['department_to_helper', '民政窗口', '乌日娜'],
    ['helper_to_resident', '乌日娜', '其其格'],
  ]);
  expect(seen.handovers[0]?.photos).toHaveLength(1);
  expect(seen.handovers.every((h) => h.fromSignature && h.toSignature)).toBe(true);
  expect(seen.emergencyContacts).toEqual([]); // residents do not get their own emergency-contact block
  expect((await post(tok.qiqige, `/api/requests/${id}/transitions`, { to: 'rated' })).statusCode).toBe(409);
  expect((await post(tok.qiqige, `/api/requests/${id}/rating`, { level: 'very_satisfied', anonymous: false })).statusCode).toBe(201);
  expect((await post(tok.supervisorLiu, `/api/requests/${id}/transitions`, { to: 'archived' })).statusCode).toBe(200);
});

test('suspension needs a reason and resumes only with a signed 续办委托书', async () => {
  const id = await assignedDelegateCase();
  const move = (to: string, note?: string) => post(tok.gridUrina, `/api/requests/${id}/transitions`, { to, ...(note ? { note } : {}) });
  expect((await move('suspended')).json().error.field).toBe('note');
  expect((await move('suspended', '居民住院，暂缓')).statusCode).toBe(200);
  expect((await move('assigned')).json().error.code).toBe('INVALID_TRANSITION');
  const resumed = (await post(tok.gridUrina, `/api/requests/${id}/authorisations`, { kind: 'continuation', residentSignatureId: await sign(tok.gridUrina), helperSignatureId: await sign(tok.gridUrina) })).json<RequestDetail>();
  expect(resumed.status).toBe('assigned');
  expect(resumed.authorisations[0]?.letter).toContain('续办委托书');
});

test('no answer at the door: each welfare step is recorded and the last alerts the supervisors', async () => {
  const id = await assignedDelegateCase();
  for (const [step, outcome] of [['call_resident', 'no_answer'], ['call_emergency_contact', 'no_answer'], ['alert_supervisor', 'done']] as const) {
    expect((await post(tok.gridUrina, `/api/requests/${id}/welfare`, { step, outcome, note: '敲门无人应答' })).statusCode).toBe(200);
  }
  const detail = await read(tok.supervisorLiu, id);
  expect(detail.welfareSteps.map((w) => w.step)).toEqual(['call_resident', 'call_emergency_contact', 'alert_supervisor']);
  const inbox = (await t.app.inject({ method: 'GET', url: '/api/messages', headers: bearer(tok.supervisorLiu) })).json<MessageListResponse>();
  expect(inbox.items.some((m) => m.kind === 'welfare_alert' && m.requestId === id)).toBe(true);
  expect((await post(tok.qiqige, `/api/requests/${id}/welfare`, { step: 'call_resident', outcome: 'reached' })).statusCode).toBe(403);
});

test('offline captures keep their time, within reason', async () => {
  const id = await assignedDelegateCase();
  await post(tok.gridUrina, `/api/requests/${id}/transitions`, { to: 'en_route' });
  const future = await post(tok.gridUrina, `/api/requests/${id}/check-in`, { capturedAt: new Date(Date.now() + 3_600_000).toISOString() });
  expect(future.json().error.field).toBe('capturedAt');
  const earlier = new Date(Date.now() - 3_600_000).toISOString();
  const ok = (await post(tok.gridUrina, `/api/requests/${id}/check-in`, { capturedAt: earlier })).json<RequestDetail>();
  expect(ok.checkIns[0]?.at).toBe(earlier);
  expect(ok.timeline.at(-1)?.at).toBe(earlier);
});

test('duty and the day’s tasks in visiting order', async () => {
  expect((await post(tok.helperWang, '/api/me/duty', { onDuty: false })).json()).toEqual({ onDuty: false });
  expect((await t.app.inject({ method: 'GET', url: '/api/me/duty', headers: bearer(tok.helperWang) })).json()).toEqual({ onDuty: false });
  expect((await post(tok.qiqige, '/api/me/duty', { onDuty: true })).statusCode).toBe(403);
  await post(tok.helperWang, '/api/me/duty', { onDuty: true });
  const tasks = (await t.app.inject({ method: 'GET', url: '/api/tasks', headers: bearer(tok.gridUrina) })).json<TaskListResponse>();
  expect(tasks.items.length).toBeGreaterThan(0);
  expect(tasks.items.every((task) => task.legKm >= 0)).toBe(true);
});

test('网格+代办: the grid worker files for a resident met at the door; nothing moves until the resident confirms', async () => {
  const lookup = await post(tok.gridUrina, '/api/residents/lookup', { phone: '13655556666' });
  expect(lookup.statusCode).toBe(404);
  // a helper's number is not a resident to file for, looked up or named
  expect((await post(tok.gridUrina, '/api/residents/lookup', { phone: DEMO.helperWang })).json().error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/staff or enterprise account/) });
  const forStaff = await post(tok.gridUrina, '/api/requests', { kind: 'callback', villageId: village, description: '请回电', forUserId: 'u-wanghaijun' });
  expect(forStaff.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'forUserId' });
  expect((await post(tok.qiqige, '/api/residents/lookup', { phone: DEMO.zhangGuilan })).statusCode).toBe(403);
  const noConsent = await post(tok.gridUrina, '/api/residents', { phone: '13655556666', name: '额尔敦', villageId: village, consent: false });
  expect(noConsent.statusCode).toBe(400);
  const resident = (await post(tok.gridUrina, '/api/residents', { phone: '13655556666', name: '额尔敦', villageId: village, consent: true })).json<{ id: string }>();
  const filed = (await post(tok.gridUrina, '/api/requests', { kind: 'home_visit', villageId: village, description: '帮老人办残疾人证', forUserId: resident.id })).json<RequestDetail>();
  expect(filed).toMatchObject({ status: 'submitted', awaitingResidentConfirmation: true });
  expect(filed.timeline[0]).toMatchObject({ actor: 'helper', actorName: '乌日娜', note: '网格员代为提交，待居民确认' });

  const { devCode } = (await post(tok.gridUrina, `/api/requests/${filed.id}/confirmation-code`)).json<{ devCode: string }>();
  expect((await post(tok.helperWang, `/api/requests/${filed.id}/confirm`, { code: devCode })).statusCode).toBe(404);
  const wrong = devCode === '000000' ? '111111' : '000000';
  expect((await post(tok.gridUrina, `/api/requests/${filed.id}/confirm`, { code: wrong })).json().error.code).toBe('CODE_INVALID');
  const confirmed = (await post(tok.gridUrina, `/api/requests/${filed.id}/confirm`, { code: devCode })).json<RequestDetail>();
  expect(confirmed.awaitingResidentConfirmation).toBe(false);
  expect(confirmed.timeline.map((e) => e.to)).toEqual(['submitted', 'triaged', 'offered']);
  expect(confirmed.timeline[1]?.note).toBe('居民用手机验证码确认');

  // Or by a signature on the spot.
  const second = (await post(tok.gridUrina, '/api/requests', { kind: 'callback', villageId: village, description: '请回电', forUserId: resident.id })).json<RequestDetail>();
  const bySignature = (await post(tok.gridUrina, `/api/requests/${second.id}/confirm`, { signatureId: await sign(tok.gridUrina) })).json<RequestDetail>();
  expect(bySignature.timeline[1]?.note).toBe('居民当面签名确认');
});
