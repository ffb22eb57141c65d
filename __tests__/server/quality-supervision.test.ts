// The supervisor's console: deadline states on working days, the case board and its filters, reassignment, helper
// and catalogue management, and who may use any of it.
import type { CaseBoardResponse, HelperAdminView, HelperListResponse, RequestDetail, ServiceItemView } from '../../types';
import { deadlineStanding } from '../../server/src/modules/supervision/deadline-state';
import { addWorkingDays, bannerDate, isWorkingDay, shiftDay } from '../../server/src/lib/working-days';
import { bearer, createTestApp, newKey, signIn, DEMO, type TestApp, signInDemo } from './test-app';

let t: TestApp;
const tok = {} as Record<keyof typeof DEMO, string>;
beforeAll(async () => {
  t = await createTestApp();
  Object.assign(tok, await signInDemo(t.app));
});
afterAll(() => t.close());

const send = (method: 'POST' | 'PATCH' | 'PUT', token: string, url: string, payload: object) =>
  t.app.inject({ method, url, headers: { ...bearer(token), 'idempotency-key': newKey() }, payload });
const get = (token: string, url: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });
const board = async (query = '') => (await get(tok.supervisorLiu, `/api/supervision/cases${query}`)).json<CaseBoardResponse>();

async function file(token: string, payload: object = {}): Promise<string> {
  const res = await send('POST', token, '/api/requests', { kind: 'callback', villageId: 'wushenzhao-wushenzhao', description: '请回电', ...payload });
  expect(res.statusCode).toBe(201);
  return res.json<RequestDetail>().id;
}
const setDeadline = (id: string, day: string | null) => t.app.db.updateTable('requests').set({ legal_deadline: day }).where('id', '=', id).execute();
function previousWorkingDay(day: string): string {
  let d = shiftDay(day, -1);
  while (!isWorkingDay(d)) d = shiftDay(d, -1);
  return d;
}

describe('deadline state, in working days', () => {
  test('due soon is 0 to 3 working days left; weekends and the National Day holiday do not count', () => {
    expect(deadlineStanding('2026-11-27', '2026-11-27')).toEqual({ legalDeadline: { date: '2026-11-27', workingDaysLeft: 0 }, state: 'due_soon' });
    expect(deadlineStanding('2026-11-27', '2026-12-02').state).toBe('due_soon'); // Fri -> Wed: 3 working days
    expect(deadlineStanding('2026-11-27', '2026-12-03')).toMatchObject({ state: 'on_time', legalDeadline: { workingDaysLeft: 4 } });
    // 9-30 -> 10-09 is nine calendar days but two working days (10-01..10-07 are the holiday).
    expect(deadlineStanding('2026-09-30', '2026-10-09')).toMatchObject({ state: 'due_soon', legalDeadline: { workingDaysLeft: 2 } });
    // 10-10 is a Saturday worked in exchange (调休): it counts.
    expect(deadlineStanding('2026-09-28', '2026-10-10').legalDeadline?.workingDaysLeft).toBe(5);
  });

  test('overdue once the deadline day has passed, even across a weekend with no working day between', () => {
    expect(deadlineStanding('2026-11-30', '2026-11-27')).toMatchObject({ state: 'overdue', legalDeadline: { workingDaysLeft: -1 } });
    expect(deadlineStanding('2026-11-29', '2026-11-28')).toMatchObject({ state: 'overdue', legalDeadline: { workingDaysLeft: 0 } });
    expect(deadlineStanding('2026-11-30', null)).toEqual({ legalDeadline: null, state: 'none' });
  });
});

describe('the case board', () => {
  const ids: Record<'overdue' | 'today' | 'soon' | 'later' | 'none', string> = { overdue: '', today: '', soon: '', later: '', none: '' };
  beforeAll(async () => {
    const today = bannerDate();
    for (const key of Object.keys(ids) as (keyof typeof ids)[]) ids[key] = await file(tok.qiqige, { description: `board ${key}` });
    await setDeadline(ids.overdue, previousWorkingDay(today));
    await setDeadline(ids.today, today);
    await setDeadline(ids.soon, addWorkingDays(today, 3));
    await setDeadline(ids.later, addWorkingDays(today, 4));
  });

  test('every open case with its state, the most urgent first, and the counts', async () => {
    const all = await board();
    expect(all.today).toBe(bannerDate());
    const mine = all.items.filter((i) => Object.values(ids).includes(i.id));
    expect(mine.map((i) => [i.id, i.deadlineState])).toEqual([
      [ids.overdue, 'overdue'],
      [ids.today, 'due_soon'],
      [ids.soon, 'due_soon'],
      [ids.later, 'on_time'],
      [ids.none, 'none'],
    ]);
    // the last working day passed: one working day late on a working day; on a weekend or holiday no working day has
    // gone by since, so 0 (the fixed-date cases above pin both)
    expect(mine[0]?.legalDeadline?.workingDaysLeft).toBe(isWorkingDay(bannerDate()) ? -1 : 0);
    expect(mine[2]?.legalDeadline?.workingDaysLeft).toBe(3);
    expect(mine[0]).toMatchObject({ townshipId: 'wushenzhao', townshipName: '乌审召镇', residentName: '其其格', department: null });
    expect(all.counts.overdue).toBeGreaterThanOrEqual(1);
    expect(all.counts.overdue + all.counts.due_soon + all.counts.on_time + all.counts.none).toBe(all.items.length);
  });

  test('filters: deadline state, township, department, helper, status, kind', async () => {
    expect((await board('?deadlineState=overdue')).items.every((i) => i.deadlineState === 'overdue')).toBe(true);
    expect((await board('?deadlineState=overdue')).items.some((i) => i.id === ids.overdue)).toBe(true);
    expect((await board('?townshipId=galutu')).items.some((i) => i.id === ids.overdue)).toBe(false);
    expect((await board('?townshipId=wushenzhao')).items.some((i) => i.id === ids.overdue)).toBe(true);
    expect((await board('?department=民政')).items.some((i) => i.id === ids.overdue)).toBe(false);
    expect((await board('?kind=delegate')).items.some((i) => i.id === ids.overdue)).toBe(false);
    expect((await board('?kind=callback&status=offered')).items.some((i) => i.id === ids.overdue)).toBe(true);
    await send('POST', tok.supervisorLiu, `/api/supervision/cases/${ids.overdue}/reassign`, { helperId: 'u-wurina', reason: '网格员负责' });
    expect((await board('?helperId=u-wurina')).items.map((i) => i.id)).toContain(ids.overdue);
    expect((await board('?helperId=u-wurina')).items.find((i) => i.id === ids.overdue)?.helper).toEqual({ id: 'u-wurina', name: '乌日娜' });
    expect((await get(tok.supervisorLiu, '/api/supervision/cases?deadlineState=late')).statusCode).toBe(400);
    expect((await get(tok.supervisorLiu, '/api/supervision/cases?colour=red')).statusCode).toBe(400);
  });

  test('only supervisors see the board', async () => {
    for (const who of ['qiqige', 'helperWang', 'gridUrina'] as const) expect((await get(tok[who], '/api/supervision/cases')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/supervision/cases' })).statusCode).toBe(401);
  });
});

describe('reassignment', () => {
  test('back to dispatch: the helper is released, the reason is on the timeline, dispatch offers it again', async () => {
    const id = await file(tok.qiqige);
    await send('POST', tok.supervisorLiu, `/api/supervision/cases/${id}/reassign`, { helperId: 'u-wurina', reason: '指派本村网格员' });
    const res = await send('POST', tok.supervisorLiu, `/api/supervision/cases/${id}/reassign`, { reason: '网格员请假' });
    expect(res.statusCode).toBe(200);
    const detail = res.json<RequestDetail>();
    expect(detail.helper).toBeNull();
    expect(['offered', 'triaged']).toContain(detail.status);
    expect(detail.timeline.some((e) => e.from === 'assigned' && e.to === 'triaged' && e.actor === 'supervisor' && e.note === '督办改派：网格员请假')).toBe(true);
    const offers = await t.app.db.selectFrom('offers').select(['helper_id', 'status']).where('request_id', '=', id).execute();
    expect(offers.filter((o) => o.status === 'pending').every((o) => o.helper_id !== 'u-wurina')).toBe(true);
  });

  test('to a named helper: triaged -> offered -> assigned, each recorded, the helper told, the pending offer withdrawn', async () => {
    const id = await file(tok.qiqige);
    const res = await send('POST', tok.supervisorLiu, `/api/supervision/cases/${id}/reassign`, { helperId: 'u-wanghaijun', reason: '懂蒙语，居民要求' });
    const detail = res.json<RequestDetail>();
    expect(detail).toMatchObject({ status: 'assigned', helper: { id: 'u-wanghaijun', name: '王海军' } });
    expect(detail.timeline.slice(-3).map((e) => [e.from, e.to, e.actor])).toEqual([
      ['offered', 'triaged', 'supervisor'],
      ['triaged', 'offered', 'supervisor'],
      ['offered', 'assigned', 'supervisor'],
    ]);
    expect(detail.timeline.at(-1)?.note).toBe('懂蒙语，居民要求');
    const offers = await t.app.db.selectFrom('offers').select(['helper_id', 'status']).where('request_id', '=', id).execute();
    expect(offers.some((o) => o.status === 'pending')).toBe(false);
    expect(offers).toContainEqual({ helper_id: 'u-wanghaijun', status: 'accepted' });
    const messages = await t.app.db.selectFrom('messages').select('kind').where('user_id', '=', 'u-wanghaijun').where('request_id', '=', id).execute();
    expect(messages.map((m) => m.kind)).toContain('assigned');
    // The new helper now works the case; the resident sees who.
    expect((await send('POST', tok.helperWang, `/api/requests/${id}/transitions`, { to: 'scheduled', note: '明早' })).statusCode).toBe(200);
    expect((await get(tok.qiqige, `/api/requests/${id}`)).json<RequestDetail>().helper?.name).toBe('王海军');
  });

  test('refused: no reason, an unknown helper, the same helper, a case already on the road', async () => {
    const id = await file(tok.qiqige);
    const reassign = (payload: object) => send('POST', tok.supervisorLiu, `/api/supervision/cases/${id}/reassign`, payload);
    expect((await reassign({})).statusCode).toBe(400);
    expect((await reassign({ reason: '   ' })).statusCode).toBe(400);
    expect((await reassign({ helperId: 'u-qiqige', reason: 'x' })).json().error.field).toBe('helperId');
    await reassign({ helperId: 'u-wurina', reason: '指派' });
    expect((await reassign({ helperId: 'u-wurina', reason: '再次' })).json().error.field).toBe('helperId');
    await send('POST', tok.gridUrina, `/api/requests/${id}/transitions`, { to: 'en_route' });
    expect((await reassign({ reason: '换人' })).json().error.code).toBe('INVALID_TRANSITION');
    expect((await send('POST', tok.gridUrina, `/api/supervision/cases/${id}/reassign`, { reason: '换人' })).statusCode).toBe(403);
    expect((await send('POST', tok.supervisorLiu, '/api/supervision/cases/no-such/reassign', { reason: '换人' })).statusCode).toBe(404);
  });
});

describe('helpers and grid workers', () => {
  test('listed with skills, grid, languages, duty and open tasks; changed by a supervisor only', async () => {
    const list = (await get(tok.supervisorLiu, '/api/supervision/helpers')).json<HelperListResponse>();
    const urina = list.items.find((h) => h.id === 'u-wurina');
    expect(urina).toMatchObject({ kind: 'grid_worker', phone: DEMO.gridUrina, gridVillageIds: expect.arrayContaining(['wushenzhao-wushenzhao']) });
    expect(urina?.openTasks).toBeGreaterThan(0);
    const changed = await send('PATCH', tok.supervisorLiu, '/api/supervision/helpers/u-wurina', { skills: ['民政', '医保', '残联'], languages: ['mn', 'zh'], onDuty: false, capacityPerDay: 4 });
    expect(changed.json<HelperAdminView>()).toMatchObject({ skills: ['民政', '医保', '残联'], languages: ['mn', 'zh'], onDuty: false, capacityPerDay: 4 });
    expect((await get(tok.gridUrina, '/api/me/duty')).json()).toEqual({ onDuty: false });
    await send('PATCH', tok.supervisorLiu, '/api/supervision/helpers/u-wurina', { onDuty: true });
    expect((await send('PATCH', tok.supervisorLiu, '/api/supervision/helpers/u-wurina', { gridVillageIds: [] })).json().error.field).toBe('gridVillageIds');
    expect((await send('PATCH', tok.supervisorLiu, '/api/supervision/helpers/u-wurina', { gridVillageIds: ['nowhere'] })).json().error.field).toBe('gridVillageIds');
    expect((await send('PATCH', tok.supervisorLiu, '/api/supervision/helpers/u-wanghaijun', { gridVillageIds: ['wushenzhao-huize'] })).json().error.field).toBe('gridVillageIds');
    expect((await send('PATCH', tok.supervisorLiu, '/api/supervision/helpers/u-wurina', {})).statusCode).toBe(400);
    expect((await send('PATCH', tok.supervisorLiu, '/api/supervision/helpers/u-qiqige', { onDuty: true })).statusCode).toBe(404);
    expect((await send('PATCH', tok.helperWang, '/api/supervision/helpers/u-wanghaijun', { capacityPerDay: 30 })).statusCode).toBe(403);
  });

  test('a new grid worker gets an account that signs in with the role; an existing helper phone is refused', async () => {
    const body = { phone: '13900000099', name: '苏日娜', kind: 'grid_worker', townshipId: 'wushenzhao', skills: ['民政'], gridVillageIds: ['wushenzhao-huize'], languages: ['zh', 'mn'], capacityPerDay: 3, onDuty: true };
    const created = await send('POST', tok.supervisorLiu, '/api/supervision/helpers', body);
    expect(created.statusCode).toBe(201);
    expect(created.json<HelperAdminView>()).toMatchObject({ name: '苏日娜', kind: 'grid_worker', gridVillageIds: ['wushenzhao-huize'], openTasks: 0 });
    const token = await signIn(t.app, '13900000099');
    expect((await get(token, '/api/me')).json().roles).toEqual(['grid_worker']);
    expect((await get(token, '/api/me/duty')).json()).toEqual({ onDuty: true });
    expect((await send('POST', tok.supervisorLiu, '/api/supervision/helpers', body)).json().error.field).toBe('phone');
    // A resident who volunteers keeps their account and gains the role.
    const volunteer = await send('POST', tok.supervisorLiu, '/api/supervision/helpers', { ...body, phone: DEMO.zhangGuilan, kind: 'blue_vest', gridVillageIds: [], townshipId: 'galutu' });
    expect(volunteer.json<HelperAdminView>()).toMatchObject({ id: 'u-zhangguilan', kind: 'blue_vest' });
    expect((await get(tok.zhangGuilan, '/api/me')).json().roles).toEqual(['resident', 'helper']);
  });
});

describe('catalogue management', () => {
  const item = {
    name: '老年人优待证办理',
    department: '民政',
    timeLimitDays: 5,
    fee: '免费',
    promiseAllowed: true,
    deferralAllowed: true,
    online: false,
    guide: '年满60周岁的本旗户籍老年人可以办理。',
    keywords: ['老年证', '优待证'],
    materials: [
      { name: '居民身份证', form: 'original', count: 1, deferrable: false },
      { name: '近期一寸免冠彩色照片', form: 'original', count: 1, deferrable: true, note: '可后补' },
    ],
  };

  test('a supervisor adds and edits an item; residents find it in the catalogue at once', async () => {
    const created = await send('POST', tok.supervisorLiu, '/api/supervision/catalogue', item);
    expect(created.statusCode).toBe(201);
    const view = created.json<ServiceItemView>();
    expect(view).toMatchObject({ name: '老年人优待证办理', timeLimitDays: 5, promiseAllowed: true, deferralAllowed: true });
    expect(view.materials[1]).toEqual({ name: '近期一寸免冠彩色照片', form: 'original', count: 1, deferrable: true, note: '可后补' });
    expect((await t.app.inject({ method: 'GET', url: '/api/catalogue?q=ydz' })).json<ServiceItemView[]>().map((i) => i.id)).toContain(view.id);

    const edited = await send('PUT', tok.supervisorLiu, `/api/supervision/catalogue/${view.id}`, { ...item, timeLimitDays: 3, promiseAllowed: false });
    expect(edited.json<ServiceItemView>()).toMatchObject({ id: view.id, timeLimitDays: 3, promiseAllowed: false });
    expect((await t.app.inject({ method: 'GET', url: `/api/catalogue/${view.id}` })).json<ServiceItemView>().timeLimitDays).toBe(3);
  });

  test('容缺 on the item and on its materials must agree; materials are listed once; others may not edit', async () => {
    const noDeferrable = { ...item, materials: item.materials.map((m) => ({ ...m, deferrable: false })) };
    expect((await send('POST', tok.supervisorLiu, '/api/supervision/catalogue', noDeferrable)).json().error.field).toBe('deferralAllowed');
    expect((await send('POST', tok.supervisorLiu, '/api/supervision/catalogue', { ...item, deferralAllowed: false })).json().error.field).toBe('deferralAllowed');
    expect((await send('POST', tok.supervisorLiu, '/api/supervision/catalogue', { ...item, materials: [item.materials[1], item.materials[1]] })).json().error.field).toBe('materials');
    expect((await send('POST', tok.supervisorLiu, '/api/supervision/catalogue', { ...item, timeLimitDays: 0 })).statusCode).toBe(400);
    expect((await send('POST', tok.supervisorLiu, '/api/supervision/catalogue', { ...item, secret: 1 })).statusCode).toBe(400);
    expect((await send('PUT', tok.supervisorLiu, '/api/supervision/catalogue/no-such-item', item)).statusCode).toBe(404);
    expect((await send('POST', tok.helperWang, '/api/supervision/catalogue', item)).statusCode).toBe(403);
    expect((await send('PUT', tok.qiqige, '/api/supervision/catalogue/senior-allowance', item)).statusCode).toBe(403);
  });
});
