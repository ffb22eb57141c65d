// The console's management gaps: whom a case may be given to (and an off-duty helper refused), helper skills and
// grids checked against the catalogue and the township, catalogue items with unique names and ranges, milestone
// updates by POST for the mini-program; each route for supervisors only, with a code on every refusal.
import type { ComplaintView, EnterpriseArchive, HelperAdminView, ReassignCandidatesResponse, RequestDetail, ServiceItemView } from '../../types';
import { bearer, createTestApp, newKey, signIn, DEMO, type TestApp, signInDemo } from './test-app';

let t: TestApp;
const tok = {} as Record<keyof typeof DEMO | 'contact', string>;
beforeAll(async () => {
  t = await createTestApp();
  Object.assign(tok, await signInDemo(t.app));
  tok.contact = await signIn(t.app, '13600000001');
});
afterAll(() => t.close());

const send = (method: 'POST' | 'PATCH' | 'PUT', token: string, url: string, payload: object, key = newKey()) =>
  t.app.inject({ method, url, headers: { ...bearer(token), 'idempotency-key': key }, payload });
const get = (token: string, url: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });
const errorOf = (res: { statusCode: number; json(): unknown }) => ({ status: res.statusCode, ...(res.json() as { error: { code: string; field?: string } }).error });

async function file(): Promise<string> {
  const res = await send('POST', tok.qiqige, '/api/requests', { kind: 'callback', villageId: 'wushenzhao-wushenzhao', description: '请回电' });
  expect(res.statusCode).toBe(201);
  return res.json<RequestDetail>().id;
}

describe('reassigning to a named helper', () => {
  test('candidates: on duty only, the village’s own grid worker first, with load, skill and distance', async () => {
    const id = await file();
    await t.app.db.updateTable('requests').set({ service_item_id: 'senior-allowance' }).where('id', '=', id).execute();
    const res = await get(tok.supervisorLiu, `/api/supervision/cases/${id}/candidates`);
    expect(res.statusCode).toBe(200);
    const { items } = res.json<ReassignCandidatesResponse>();
    const ids = items.map((c) => c.id);
    expect(ids).not.toContain('u-zhaoli'); // off duty
    expect(ids).not.toContain('u-yangfan'); // off duty
    expect(items[0]).toMatchObject({ id: 'u-wurina', ownGrid: true, sameTownship: true, hasSkill: true });
    expect(items.find((c) => c.id === 'u-wanghaijun')).toMatchObject({ kind: 'blue_vest', townshipName: '乌审召镇', sameTownship: true, ownGrid: false, hasSkill: true, capacityPerDay: 6 });
    expect(items.find((c) => c.id === 'u-bayaer')).toMatchObject({ sameTownship: false, hasSkill: false });
    for (const c of items) expect(c.openTasks).toBeGreaterThanOrEqual(0);
    // Township first: every same-township helper comes before any other.
    const firstElsewhere = items.findIndex((c) => !c.sameTownship);
    expect(items.slice(firstElsewhere).every((c) => !c.sameTownship)).toBe(true);
    const plain = (await get(tok.supervisorLiu, `/api/supervision/cases/${await file()}/candidates`)).json<ReassignCandidatesResponse>();
    expect(plain.items.every((c) => c.hasSkill === null)).toBe(true);
  });

  test('candidates: supervisors only; an unknown case is not found', async () => {
    const id = await file();
    for (const who of ['qiqige', 'helperWang', 'gridUrina'] as const) {
      expect(errorOf(await get(tok[who], `/api/supervision/cases/${id}/candidates`))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    }
    expect(errorOf(await get(tok.supervisorLiu, '/api/supervision/cases/no-such-case/candidates'))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  test('an off-duty helper is refused with its own code; an unknown one as bad input; an on-duty one gets the case', async () => {
    const id = await file();
    const reassign = (helperId: string) => send('POST', tok.supervisorLiu, `/api/supervision/cases/${id}/reassign`, { helperId, reason: '督办指定' });
    expect(errorOf(await reassign('u-zhaoli'))).toMatchObject({ status: 409, code: 'HELPER_OFF_DUTY', field: 'helperId' });
    expect(errorOf(await reassign('u-nobody'))).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', field: 'helperId' });
    const ok = await reassign('u-naren');
    expect(ok.json<RequestDetail>()).toMatchObject({ status: 'assigned', helper: { id: 'u-naren' } });
    // Now the case is Naren's: he is no longer offered as a candidate for it.
    expect((await get(tok.supervisorLiu, `/api/supervision/cases/${id}/candidates`)).json<ReassignCandidatesResponse>().items.map((c) => c.id)).not.toContain('u-naren');
  });
});

describe('helper management', () => {
  const update = (token: string, id: string, payload: object) => send('POST', token, `/api/supervision/helpers/${id}`, payload);

  test('skills come from the catalogue; grid villages lie in the township; the base follows a move', async () => {
    expect(errorOf(await update(tok.supervisorLiu, 'u-naren', { skills: ['民政', '算命'] }))).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', field: 'skills' });
    expect(errorOf(await update(tok.supervisorLiu, 'u-naren', { gridVillageIds: ['galutu-hurehu'] }))).toMatchObject({ status: 400, field: 'gridVillageIds' });
    expect(errorOf(await update(tok.supervisorLiu, 'u-naren', { languages: [] }))).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(errorOf(await update(tok.supervisorLiu, 'u-naren', { capacityPerDay: 31 }))).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });

    const moved = await update(tok.supervisorLiu, 'u-naren', { townshipId: 'galutu', gridVillageIds: ['galutu-hurehu', 'galutu-sibukou'], skills: ['残联', '医保'], languages: ['mn'], onDuty: false, capacityPerDay: 7 });
    expect(moved.statusCode).toBe(200);
    expect(moved.json<HelperAdminView>()).toMatchObject({ townshipId: 'galutu', gridVillageIds: ['galutu-hurehu', 'galutu-sibukou'], skills: ['残联', '医保'], languages: ['mn'], onDuty: false, capacityPerDay: 7 });
    const row = await t.app.db.selectFrom('helpers').select(['base_lat', 'base_lng']).where('user_id', '=', 'u-naren').executeTakeFirstOrThrow();
    expect(row).toEqual({ base_lat: 38.6031, base_lng: 108.8465 }); // 呼热胡社区
    // Only the duty changes: the base stays where it is.
    await update(tok.supervisorLiu, 'u-naren', { onDuty: true });
    expect(await t.app.db.selectFrom('helpers').select(['base_lat', 'base_lng']).where('user_id', '=', 'u-naren').executeTakeFirstOrThrow()).toEqual(row);
  });

  test('a new helper with an unknown skill is refused; residents and helpers may not manage helpers', async () => {
    const body = { phone: '13900000088', name: '其木格', kind: 'blue_vest', townshipId: 'tuke', skills: ['占卜'], gridVillageIds: [], languages: ['zh'], capacityPerDay: 3 };
    expect(errorOf(await send('POST', tok.supervisorLiu, '/api/supervision/helpers', body))).toMatchObject({ status: 400, field: 'skills' });
    for (const who of ['qiqige', 'helperWang', 'gridUrina'] as const) {
      expect(errorOf(await update(tok[who], 'u-wurina', { onDuty: false }))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
      expect(errorOf(await get(tok[who], '/api/supervision/helpers'))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    }
  });
});

describe('catalogue management', () => {
  const item = {
    name: '残疾人机动轮椅车燃油补贴',
    department: '残联',
    timeLimitDays: 10,
    fee: '免费',
    promiseAllowed: false,
    deferralAllowed: false,
    online: true,
    guide: '持证肢体残疾人可申领。',
    keywords: ['燃油补贴'],
    materials: [{ name: '残疾人证', form: 'original_and_copy', count: 2, deferrable: false, note: '第二代' }],
  };
  const create = (token: string, payload: object) => send('POST', token, '/api/supervision/catalogue', payload);

  test('a new item with its materials; names are unique across the catalogue, also on edit', async () => {
    const created = await create(tok.supervisorLiu, item);
    expect(created.statusCode).toBe(201);
    const view = created.json<ServiceItemView>();
    expect(view.materials).toEqual([{ name: '残疾人证', form: 'original_and_copy', count: 2, deferrable: false, note: '第二代' }]);
    expect(errorOf(await create(tok.supervisorLiu, { ...item, name: ` ${item.name} ` }))).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', field: 'name' });
    expect(errorOf(await send('PUT', tok.supervisorLiu, `/api/supervision/catalogue/${view.id}`, { ...item, name: '高龄津贴申领' }))).toMatchObject({ status: 400, field: 'name' });
    // Keeping its own name is no clash.
    const edited = await send('PUT', tok.supervisorLiu, `/api/supervision/catalogue/${view.id}`, { ...item, timeLimitDays: 7, materials: [...item.materials, { name: '户口簿', form: 'copy', count: 1, deferrable: true }], deferralAllowed: true });
    expect(edited.json<ServiceItemView>()).toMatchObject({ timeLimitDays: 7, deferralAllowed: true, materials: [{ name: '残疾人证' }, { name: '户口簿', form: 'copy', deferrable: true, note: null }] });
  });

  test('bad input: an empty name, a time limit out of range, no materials, a material without a name', async () => {
    expect(errorOf(await create(tok.supervisorLiu, { ...item, name: '   ' }))).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', field: 'name' });
    expect(errorOf(await create(tok.supervisorLiu, { ...item, name: '新事项甲', timeLimitDays: 366 }))).toMatchObject({ status: 400, field: 'timeLimitDays' });
    expect(errorOf(await create(tok.supervisorLiu, { ...item, name: '新事项乙', timeLimitDays: 0 }))).toMatchObject({ status: 400, field: 'timeLimitDays' });
    expect(errorOf(await create(tok.supervisorLiu, { ...item, name: '新事项丙', materials: [] }))).toMatchObject({ status: 400, field: 'materials' });
    expect(errorOf(await create(tok.supervisorLiu, { ...item, name: '新事项丁', materials: [{ ...item.materials[0], name: '' }] }))).toMatchObject({ status: 400, field: 'materials.0.name' });
  });

  test('residents and helpers may not edit the catalogue', async () => {
    for (const who of ['qiqige', 'helperWang', 'gridUrina'] as const) {
      expect(errorOf(await create(tok[who], { ...item, name: '不应出现的事项' }))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
      expect(errorOf(await send('PUT', tok[who], '/api/supervision/catalogue/senior-allowance', item))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    }
  });
});

describe('milestone updates by POST (wx.request has no PATCH)', () => {
  const DEMO_ENTERPRISE = 'e-demo-suligelvneng';
  const milestones = async () => (await get(tok.supervisorLiu, `/api/enterprises/${DEMO_ENTERPRISE}`)).json<EnterpriseArchive>().projects[0]?.milestones ?? [];

  test('the same handler and rules as PATCH; a retried key is replayed once, a reused key with another body refused', async () => {
    const completion = (await milestones())[5];
    const url = `/api/enterprise-milestones/${completion?.id}`;
    const body = { status: 'in_progress', plannedOn: '2027-09-30', helperId: 'u-bayaer', note: '已约验收单位' };
    const key = newKey();
    const first = await send('POST', tok.supervisorLiu, url, body, key);
    expect(first.statusCode).toBe(200);
    expect(first.json<EnterpriseArchive>().projects[0]?.milestones[5]).toMatchObject({ status: 'in_progress', plannedOn: '2027-09-30', helper: { id: 'u-bayaer' }, note: '已约验收单位' });
    const replay = await send('POST', tok.supervisorLiu, url, body, key);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json()).toEqual(first.json());
    const told = await t.app.db.selectFrom('messages').select('id').where('kind', '=', 'milestone').where('body', '=', `${DEMO_ENTERPRISE}|completion_acceptance|in_progress`).execute();
    expect(told).toHaveLength(1);
    expect(errorOf(await send('POST', tok.supervisorLiu, url, { ...body, note: '改了' }, key))).toMatchObject({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(errorOf(await send('POST', tok.supervisorLiu, url, { status: 'in_progress', completedOn: '2026-01-05' }))).toMatchObject({ status: 400, field: 'completedOn' });
    expect(errorOf(await send('POST', tok.supervisorLiu, url, { status: 'finished' }))).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
  });

  test('who may: a resident and the contact are refused; a helper not on the milestone sees no such milestone', async () => {
    const url = `/api/enterprise-milestones/${(await milestones())[6]?.id}`;
    expect(errorOf(await send('POST', tok.qiqige, url, { note: 'x' }))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(errorOf(await send('POST', tok.contact, url, { note: 'x' }))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(errorOf(await send('POST', tok.helperWang, url, { note: 'x' }))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(errorOf(await send('POST', tok.supervisorLiu, '/api/enterprise-milestones/999999', { note: 'x' }))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });
});

describe('办不成事 filed by the helper from the task page', () => {
  test('about the helper’s own case, for its resident, who then sees it; about another helper’s case, no such case', async () => {
    const id = await file();
    expect((await send('POST', tok.supervisorLiu, `/api/supervision/cases/${id}/reassign`, { helperId: 'u-wanghaijun', reason: '督办指定' })).statusCode).toBe(200);
    const filed = await send('POST', tok.helperWang, '/api/complaints', { description: '窗口要求本人到场，老人卧床', requestId: id, forUserId: 'u-qiqige' });
    expect(filed.statusCode).toBe(201);
    const view = filed.json<ComplaintView>();
    expect(view).toMatchObject({ resident: { id: 'u-qiqige' }, filedBy: { id: 'u-wanghaijun' }, requestId: id });
    expect((await get(tok.qiqige, `/api/complaints/${view.id}`)).statusCode).toBe(200);

    const other = await file();
    await send('POST', tok.supervisorLiu, `/api/supervision/cases/${other}/reassign`, { helperId: 'u-wurina', reason: '网格员负责' });
    const refused = await send('POST', tok.helperWang, '/api/complaints', { description: 'x', requestId: other, forUserId: 'u-qiqige' });
    expect(errorOf(refused)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(errorOf(await send('POST', tok.helperWang, '/api/complaints', { description: '  ', requestId: id, forUserId: 'u-qiqige' }))).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
  });
});
