// 代缴 on the custody chain: 380 yuan taken from 其其格 with her documents, 360 paid at the department against a
// receipt, 20 handed back with the result; no more can be paid or handed back than was taken, a payment needs its
// receipt, and the result is not delivered while money is unaccounted for. Everyone who reads the case sees the trail.
import type { ApiErrorBody, CaseBoardResponse, HandoverMoney, RequestDetail, TaskListResponse } from '../../types';
import { caseSteps } from './case-steps';
import { bearer, createTestApp, signInDemo, type DEMO, type TestApp } from './test-app';

let t: TestApp;
let tok: Record<keyof typeof DEMO, string>;
beforeAll(async () => {
  t = await createTestApp();
  tok = await signInDemo(t.app);
});
afterAll(() => t.close());

const items = [{ name: '居民身份证', form: 'original_and_copy', count: 1 }];

test('taken, paid against a receipt, the balance handed back: each step checked against the trail, all of it on the case', async () => {
  const { post, sign, authorisedDelegateCase } = caseSteps(t, tok);
  const id = await authorisedDelegateCase();
  const helper = tok.gridUrina;
  const move = (to: string, note?: string) => post(helper, `/api/requests/${id}/transitions`, { to, ...(note ? { note } : {}) });
  const handover = async (kind: string, extra: object = {}) =>
    post(helper, `/api/requests/${id}/handovers`, { kind, items, fromSignatureId: await sign(helper), toSignatureId: await sign(helper), ...extra });
  const refused = async (kind: string, money: HandoverMoney | undefined, field: string, extra: object = {}) => {
    const res = await handover(kind, { ...(money ? { money } : {}), ...extra });
    expect({ kind, money, status: res.statusCode, error: res.json<ApiErrorBody>().error.code, field: res.json<ApiErrorBody>().error.field }).toEqual({ kind, money, status: 400, error: 'VALIDATION_FAILED', field });
  };

  const premium = '2027年度城乡居民医保';
  await refused('resident_to_helper', { amountFen: 0, purpose: premium }, 'money.amountFen');
  expect((await handover('resident_to_helper', { money: { amountFen: 38000, purpose: premium } })).statusCode).toBe(200);
  // the service centre sees on its board whose hands the money is in
  const board = async () =>
    (await t.app.inject({ method: 'GET', url: '/api/supervision/cases', headers: bearer(tok.supervisorLiu) })).json<CaseBoardResponse>().items.find((r) => r.id === id);
  expect(await board()).toMatchObject({ moneyHeldFen: 38000, helper: { name: '乌日娜' } });

  const caseNo = { departmentCaseNo: 'YB-2026-1127' };
  await refused('helper_to_department', { amountFen: 36000, purpose: premium }, 'money.receiptNo', caseNo);
  await refused('helper_to_department', { amountFen: 38001, purpose: premium, receiptNo: 'PJ-0001' }, 'money.amountFen', caseNo);
  expect((await handover('helper_to_department', { ...caseNo, money: { amountFen: 36000, purpose: premium, receiptNo: 'PJ-0001' } })).statusCode).toBe(200);
  expect((await board())?.moneyHeldFen).toBe(2000);
  await move('under_review');
  await move('approved');
  await refused('department_to_helper', { amountFen: 100, purpose: '退费' }, 'money');
  expect((await handover('department_to_helper')).statusCode).toBe(200);

  // 20 yuan are still hers: the result does not go back without them, nor by post, nor with a different sum
  await refused('helper_to_resident', undefined, 'money');
  await refused('helper_to_resident', { amountFen: 1000, purpose: '余额' }, 'money.amountFen');
  await refused('by_post', undefined, 'money', { trackingNo: 'EMS1234567' });
  const before = (await t.app.db.selectFrom('handovers').select('id').where('request_id', '=', id).execute()).length;
  const delivered = await handover('helper_to_resident', { money: { amountFen: 2000, purpose: '余额' } });
  expect(delivered.statusCode).toBe(200);
  expect(delivered.json<RequestDetail>().status).toBe('result_delivered');
  expect((await t.app.db.selectFrom('handovers').select('id').where('request_id', '=', id).execute()).length).toBe(before + 1);

  // 其其格 reads the whole trail on her case
  const read = (await t.app.inject({ method: 'GET', url: `/api/requests/${id}`, headers: bearer(tok.qiqige) })).json<RequestDetail>();
  expect(read.handovers.map((h) => [h.kind, h.money])).toEqual([
    ['resident_to_helper', { amountFen: 38000, purpose: premium, receiptNo: null }],
    ['helper_to_department', { amountFen: 36000, purpose: premium, receiptNo: 'PJ-0001' }],
    ['department_to_helper', null],
    ['helper_to_resident', { amountFen: 2000, purpose: '余额', receiptNo: null }],
  ]);
  expect(read.moneyLedger).toEqual({ receivedFen: 38000, paidFen: 36000, returnedFen: 2000 });
});

test('a case without 代缴 goes through without a word about money', async () => {
  const { post, sign, authorisedDelegateCase } = caseSteps(t, tok);
  const id = await authorisedDelegateCase();
  const helper = tok.gridUrina;
  const res = await post(helper, `/api/requests/${id}/handovers`, { kind: 'resident_to_helper', items, fromSignatureId: await sign(helper), toSignatureId: await sign(helper) });
  expect(res.json<RequestDetail>().handovers[0]?.money).toBeNull();
  expect(res.json<RequestDetail>().moneyLedger).toBeNull();
});

test('a case withdrawn after the documents and 380 yuan were handed over: the return is the helper’s task until it is recorded', async () => {
  const { post, sign, authorisedDelegateCase } = caseSteps(t, tok);
  const id = await authorisedDelegateCase();
  const helper = tok.gridUrina;
  const handover = async (kind: string, extra: object = {}) =>
    post(helper, `/api/requests/${id}/handovers`, { kind, items, fromSignatureId: await sign(helper), toSignatureId: await sign(helper), ...extra });
  expect((await handover('resident_to_helper', { money: { amountFen: 38000, purpose: '医保' } })).statusCode).toBe(200);
  expect((await post(tok.qiqige, `/api/requests/${id}/transitions`, { to: 'withdrawn', note: '不办了' })).statusCode).toBe(200);

  const tasks = async () => (await t.app.inject({ method: 'GET', url: '/api/tasks', headers: bearer(helper) })).json<TaskListResponse>().items.map((x) => x.request.id);
  expect(await tasks()).toContain(id);
  const noMoney = await handover('helper_to_resident');
  expect(noMoney.json<ApiErrorBody>().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'money' });
  // two devices (or a retry with a new key) at once: one return is recorded, the other refused
  const [one, two] = await Promise.all([0, 1].map(() => handover('helper_to_resident', { money: { amountFen: 38000, purpose: '代缴余额' } })));
  expect([one?.statusCode, two?.statusCode].sort()).toEqual([200, 409]);
  const back = one?.statusCode === 200 ? one : two;
  if (!back) throw new Error('no answer');
  expect(back.json<RequestDetail>()).toMatchObject({ status: 'withdrawn', moneyLedger: { receivedFen: 38000, paidFen: 0, returnedFen: 38000 } });
  expect(await tasks()).not.toContain(id);
  expect((await handover('helper_to_resident')).json<ApiErrorBody>().error.code).toBe('INVALID_TRANSITION');
});
