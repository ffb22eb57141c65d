// The agency point's schedule run by the service centre: supervisors see every coming day with where, who and how
// many are booked; a cancelled day (a dust storm) disappears from residents' choices and its booked cases go back to
// dispatch with the reason on their timeline; cancelling again changes nothing; a 民生集市 market day for villages of
// one township appears on their booking pages with its hours; bad market days are refused and store nothing.
import { renderSms } from '../../server/src/modules/notifications/sms-templates';
import type { AgencyDayListResponse, AgencyDayView, ApiErrorBody, AvailabilityResponse, CancelAgencyDayResponse, ChangeAgencyDayHelperResponse, ChangeAgencyDayPlaceResponse, MessageListResponse, RequestDetail } from '../../types';
import { contentOf } from '../../server/src/modules/notifications/message-content';
import { bannerDate, shiftDay } from '../../server/src/lib/working-days';
import { bearer, createTestApp, newKey, signInDemo, type DEMO, type TestApp } from './test-app';

let t: TestApp;
let tok: Record<keyof typeof DEMO, string>;
const village = 'wushenzhao-wushenzhao';

beforeAll(async () => {
  t = await createTestApp();
  tok = await signInDemo(t.app);
});
afterAll(() => t.close());

const list = async () => (await t.app.inject({ method: 'GET', url: '/api/supervision/agency-days', headers: bearer(tok.supervisorLiu) })).json<AgencyDayListResponse>().items;
const availability = async (villageId = village) =>
  (await t.app.inject({ method: 'GET', url: `/api/availability?villageId=${villageId}`, headers: bearer(tok.qiqige) })).json<AvailabilityResponse>();
const post = (url: string, payload: object, token = tok.supervisorLiu) =>
  t.app.inject({ method: 'POST', url, headers: { ...bearer(token), 'idempotency-key': newKey() }, payload });
const detail = async (id: string) => (await t.app.inject({ method: 'GET', url: `/api/requests/${id}`, headers: bearer(tok.qiqige) })).json<RequestDetail>();

test('supervisors see every village’s coming agency days with its place, helper and bookings', async () => {
  const days = await list();
  const today = bannerDate();
  expect(days.length).toBeGreaterThan(10);
  expect(days.every((d) => d.day >= today && d.kind === 'round' && d.villages.length === 1 && d.cancelled === null)).toBe(true);
  expect([...days.map((d) => d.day)]).toEqual([...days.map((d) => d.day)].sort());
  const ours = days.filter((d) => d.villages[0]?.id === village);
  expect(ours.map((d) => d.day)).toEqual((await availability()).agencyVisits.map((v) => v.day));
  expect(ours[0]).toMatchObject({ place: '乌审召嘎查党群服务中心', townshipName: '乌审召镇', booked: 0 });
});

test('cancelling a booked day: residents no longer get it, its case goes back to dispatch with the reason; again changes nothing', async () => {
  const day = (await availability()).agencyVisits[0];
  if (!day) throw new Error('no agency day');
  const filed = await post('/api/requests', { kind: 'home_visit', villageId: village, description: '代办点那天来', agencyVisitId: day.id }, tok.qiqige);
  expect(filed.statusCode).toBe(201);
  const caseId = filed.json<RequestDetail>().id;
  expect((await list()).find((d) => d.id === day.id)?.booked).toBe(1);

  // She chose texts for news of her case (no WeChat).
  expect((await post('/api/notifications/subscriptions', { sms: [{ event: 'status_changed', enabled: true }] }, tok.qiqige)).statusCode).toBe(200);
  const cancelled = await post(`/api/supervision/agency-days/${day.id}/cancel`, { reason: '沙尘暴预警' });
  expect(cancelled.statusCode).toBe(200);
  expect(cancelled.json<CancelAgencyDayResponse>()).toMatchObject({ redispatched: 1, day: { id: day.id, booked: 0, cancelled: { reason: '沙尘暴预警' } } });

  const after = await detail(caseId);
  expect(after.booking).toBeNull();
  expect(after.timeline.map((e) => e.note).join('\n')).toContain(`流动代办点${day.day}（${day.place}）取消：沙尘暴预警`);
  expect(['triaged', 'offered', 'assigned']).toContain(after.status);
  // told in so many words, and pushed as a change of her case (SMS where she has no WeChat)
  const inbox = (await t.app.inject({ method: 'GET', url: '/api/messages', headers: bearer(tok.qiqige) })).json<MessageListResponse>().items;
  const told = inbox.find((m) => m.kind === 'agency_cancelled' && m.requestId === caseId);
  expect(told?.body).toBe(`${day.day}|${day.place}|沙尘暴预警`);
  const push = contentOf({ kind: 'agency_cancelled', body: told?.body ?? '', createdAt: told?.createdAt ?? '', requestId: caseId, subject: null, villageName: null, helperName: null });
  expect(push?.event).toBe('status_changed');
  expect(push && renderSms(push.sms, '乌审旗帮办代办')).toBe(`【乌审旗帮办代办】您约在${day.day}的流动代办点（${day.place}）取消了：沙尘暴预警。帮办员会另约时间上门。`);
  // and it really goes out: the notifier pushes it (a text, logged in demo mode)
  await t.app.notifier.flush();
  const pushed = await t.app.db.selectFrom('notification_deliveries').select(['channel', 'status', 'event']).where('message_id', '=', told?.id ?? -1).execute();
  expect(pushed).toEqual([{ channel: 'sms', status: 'logged', event: 'status_changed' }]);
  expect((await availability()).agencyVisits.map((v) => v.id)).not.toContain(day.id);
  const late = await post('/api/requests', { kind: 'home_visit', villageId: village, description: '还想约那天', agencyVisitId: day.id }, tok.zhangGuilan);
  expect(late.statusCode).toBe(400);
  expect(late.json<ApiErrorBody>().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'agencyVisitId' });

  const again = await post(`/api/supervision/agency-days/${day.id}/cancel`, { reason: '另一个原因' });
  expect(again.statusCode).toBe(200);
  expect(again.json<CancelAgencyDayResponse>()).toMatchObject({ redispatched: 0, day: { cancelled: { reason: '沙尘暴预警' } } });
  expect((await list()).find((d) => d.id === day.id)?.cancelled?.reason).toBe('沙尘暴预警');
  const inboxAfter = (await t.app.inject({ method: 'GET', url: '/api/messages', headers: bearer(tok.qiqige) })).json<MessageListResponse>().items;
  expect(inboxAfter.filter((m) => m.kind === 'agency_cancelled' && m.requestId === caseId)).toHaveLength(1);
});

test('a 民生集市 market day for two villages of one township: both booking pages offer it with its hours', async () => {
  const villages = await t.app.db.selectFrom('villages').select(['id', 'name']).where('township_id', '=', 'wushenzhao').orderBy('id').limit(2).execute();
  const ids = villages.map((v) => v.id);
  const body = { day: shiftDay(bannerDate(), 5), start: '10:00', end: '15:00', place: '乌审召镇民生集市', villageIds: ids, helperId: 'u-wanghaijun' };
  const res = await post('/api/supervision/agency-days', body);
  expect(res.statusCode).toBe(201);
  const market = res.json<AgencyDayView>();
  expect(market).toMatchObject({ kind: 'market', day: body.day, start: '10:00', end: '15:00', place: '乌审召镇民生集市', helper: { id: 'u-wanghaijun' }, booked: 0, cancelled: null });
  expect(market.villages.map((v) => v.id)).toEqual(ids);
  for (const id of ids) {
    expect((await availability(id)).agencyVisits).toContainEqual(expect.objectContaining({ kind: 'market', day: body.day, start: '10:00', end: '15:00', place: '乌审召镇民生集市' }));
  }
  expect((await list()).filter((d) => d.id === market.id)).toHaveLength(1);

  // booked by one resident, the visit is planned inside the market's hours
  const visit = (await availability(ids[0])).agencyVisits.find((v) => v.kind === 'market');
  const filed = await post('/api/requests', { kind: 'home_visit', villageId: ids[0], description: '赶集那天办', agencyVisitId: visit?.id }, tok.bateer);
  expect(filed.statusCode).toBe(201);
  expect(filed.json<RequestDetail>().booking).toEqual({ day: body.day, start: '10:00', end: '15:00', place: '乌审召镇民生集市' });

  // cancelling it takes every village's row off the booking pages
  expect((await post(`/api/supervision/agency-days/${market.id}/cancel`, { reason: '集市改期' })).json<CancelAgencyDayResponse>().redispatched).toBe(1);
  for (const id of ids) expect((await availability(id)).agencyVisits.some((v) => v.kind === 'market')).toBe(false);
});

test('a bad market day is refused with the field at fault, and stores nothing', async () => {
  const before = (await t.app.db.selectFrom('agency_visits').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow()).n;
  const ok = { day: shiftDay(bannerDate(), 3), start: '10:00', end: '15:00', place: '图克镇民生集市', villageIds: ['wushenzhao-wushenzhao'], helperId: 'u-wanghaijun' };
  const other = await t.app.db.selectFrom('villages').select('id').where('township_id', '!=', 'wushenzhao').executeTakeFirstOrThrow();
  const cases: [object, string][] = [
    [{ ...ok, day: bannerDate() }, 'day'],
    [{ ...ok, day: shiftDay(bannerDate(), 61) }, 'day'],
    [{ ...ok, start: '15:00', end: '10:00' }, 'end'],
    [{ ...ok, start: '25:00' }, 'start'],
    [{ ...ok, villageIds: ['wushenzhao-wushenzhao', other.id] }, 'villageIds'],
    [{ ...ok, villageIds: ['no-such-village'] }, 'villageIds'],
    [{ ...ok, villageIds: [] }, 'villageIds'],
    [{ ...ok, helperId: 'u-no-such' }, 'helperId'],
    [{ ...ok, place: '   ' }, 'place'],
  ];
  for (const [payload, field] of cases) {
    const res = await post('/api/supervision/agency-days', payload);
    expect({ payload, status: res.statusCode, code: res.json<ApiErrorBody>().error.code }).toEqual({ payload, status: 400, code: 'VALIDATION_FAILED' });
    expect(res.json<ApiErrorBody>().error.field ?? '').toContain(field);
  }
  expect((await post('/api/supervision/agency-days/no-such-day/cancel', { reason: '测试' })).statusCode).toBe(404);
  const after = (await t.app.db.selectFrom('agency_visits').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow()).n;
  expect(Number(after)).toBe(Number(before));
});

test('two supervisors cancelling the same booked day at once: the case goes back once and its resident is told once', async () => {
  const day = (await availability()).agencyVisits[0];
  if (!day) throw new Error('no agency day');
  const filed = await post('/api/requests', { kind: 'home_visit', villageId: village, description: '代办点那天来', agencyVisitId: day.id }, tok.zhangGuilan);
  expect(filed.statusCode).toBe(201);
  const caseId = filed.json<RequestDetail>().id;
  const answers = await Promise.all([0, 1].map(() => post(`/api/supervision/agency-days/${day.id}/cancel`, { reason: '道路封闭' })));
  expect(answers.map((a) => a.statusCode)).toEqual([200, 200]);
  expect(answers.reduce((n, a) => n + a.json<CancelAgencyDayResponse>().redispatched, 0)).toBe(1);
  const told = await t.app.db.selectFrom('messages').select('id').where('request_id', '=', caseId).where('kind', '=', 'agency_cancelled').execute();
  expect(told).toHaveLength(1);
  const reassigned = await t.app.db.selectFrom('transitions').select('id').where('request_id', '=', caseId).where('to_status', '=', 'triaged').execute();
  expect(reassigned).toHaveLength(2); // on filing, and sent back once
});

test('a helper already on the way to a cancelled day keeps the case; helper and resident are told', async () => {
  // a village whose days the tests above left alone
  const other = await t.app.db.selectFrom('villages').select('id').where('township_id', '=', 'wushenzhao').where('id', '!=', village).orderBy('id').executeTakeFirstOrThrow();
  const day = (await availability(other.id)).agencyVisits.find((v) => v.kind === 'round');
  if (!day) throw new Error('no agency day');
  const filed = await post('/api/requests', { kind: 'home_visit', villageId: other.id, description: '代办点那天来', agencyVisitId: day.id }, tok.bateer);
  const caseId = filed.json<RequestDetail>().id;
  const offer = await t.app.db.selectFrom('offers').select(['id', 'helper_id']).where('request_id', '=', caseId).where('status', '=', 'pending').executeTakeFirstOrThrow();
  const helper = offer.helper_id === 'u-wanghaijun' ? tok.helperWang : tok.gridUrina;
  expect((await post(`/api/offers/${offer.id}/accept`, {}, helper)).statusCode).toBe(200);
  for (const to of ['scheduled', 'en_route']) expect((await post(`/api/requests/${caseId}/transitions`, { to }, helper)).statusCode).toBe(200);

  const res = (await post(`/api/supervision/agency-days/${day.id}/cancel`, { reason: '沙尘暴预警' })).json<CancelAgencyDayResponse>();
  expect(res).toMatchObject({ redispatched: 0, underWay: 1 });
  const after = await t.app.db.selectFrom('requests').select(['status', 'agency_visit_id']).where('id', '=', caseId).executeTakeFirstOrThrow();
  expect(after).toEqual({ status: 'en_route', agency_visit_id: day.id });
  const told = await t.app.db.selectFrom('messages').select('user_id').where('request_id', '=', caseId).where('kind', '=', 'agency_cancelled').orderBy('user_id').execute();
  expect(told.map((m) => m.user_id).sort()).toEqual([offer.helper_id, 'u-bateer'].sort());
  // a second cancel tells no one again
  expect((await post(`/api/supervision/agency-days/${day.id}/cancel`, { reason: '沙尘暴预警' })).json<CancelAgencyDayResponse>().underWay).toBe(0);
  expect(await t.app.db.selectFrom('messages').select('id').where('request_id', '=', caseId).where('kind', '=', 'agency_cancelled').execute()).toHaveLength(2);
});

/** A market day for 乌审召嘎查 run by its township's blue vest, `ahead` days from today. */
async function marketDay(ahead: number): Promise<AgencyDayView> {
  const res = await post('/api/supervision/agency-days', { day: shiftDay(bannerDate(), ahead), start: '09:00', end: '16:00', place: '乌审召嘎查集市', villageIds: [village], helperId: 'u-wanghaijun' });
  expect(res.statusCode).toBe(201);
  return res.json<AgencyDayView>();
}

test('changing who runs a booked day: its waiting cases go to the new helper with the reason, one on the way stays; again changes nothing', async () => {
  const day = await marketDay(2);
  const from = day.helper.id;
  const to = from === 'u-wanghaijun' ? 'u-wurina' : 'u-wanghaijun';
  const tokenOf = (id: string) => (id === 'u-wanghaijun' ? tok.helperWang : tok.gridUrina);
  // a market day's id is its event's; residents book its row for their village
  const visit = (await availability()).agencyVisits.find((v) => v.kind === 'market' && v.day === day.day);
  const file = async (description: string) => {
    const res = await post('/api/requests', { kind: 'home_visit', villageId: village, description, agencyVisitId: visit?.id }, tok.qiqige);
    expect(res.statusCode).toBe(201);
    return res.json<RequestDetail>().id;
  };
  const waiting = await file('代办点那天来办低保');
  const going = await file('代办点那天来办医保');
  const offerOf = (id: string) => t.app.db.selectFrom('offers').select(['id', 'helper_id']).where('request_id', '=', id).where('status', '=', 'pending').executeTakeFirstOrThrow();
  expect((await offerOf(waiting)).helper_id).toBe(from);
  const goingOffer = await offerOf(going);
  expect(goingOffer.helper_id).toBe(from);
  expect((await post(`/api/offers/${goingOffer.id}/accept`, {}, tokenOf(from))).statusCode).toBe(200);
  for (const status of ['scheduled', 'en_route']) expect((await post(`/api/requests/${going}/transitions`, { to: status }, tokenOf(from))).statusCode).toBe(200);

  const changed = await post(`/api/supervision/agency-days/${day.id}/helper`, { helperId: to, reason: '原帮办员病假' });
  expect(changed.statusCode).toBe(200);
  expect(changed.json<ChangeAgencyDayHelperResponse>()).toMatchObject({ handedOver: 1, underWay: 1, day: { id: day.id, helper: { id: to }, booked: 2 } });
  const handed = await detail(waiting);
  expect(handed.status).toBe('assigned');
  expect(handed.booking).toMatchObject({ day: day.day, place: day.place });
  const newName = to === 'u-wurina' ? '乌日娜' : '王海军';
  expect(handed.timeline.map((e) => e.note).join('\n')).toContain(`流动代办点${day.day}（${day.place}）改由${newName}负责：原帮办员病假`);
  expect((await t.app.db.selectFrom('requests').select('helper_id').where('id', '=', waiting).executeTakeFirstOrThrow()).helper_id).toBe(to);
  expect(await t.app.db.selectFrom('requests').select(['status', 'helper_id']).where('id', '=', going).executeTakeFirstOrThrow()).toEqual({ status: 'en_route', helper_id: from });
  expect((await list()).find((d) => d.id === day.id)?.helper.id).toBe(to);

  const steps = async () => (await t.app.db.selectFrom('transitions').select('id').where('request_id', 'in', [waiting, going]).execute()).length;
  const before = await steps();
  const again = await post(`/api/supervision/agency-days/${day.id}/helper`, { helperId: to, reason: '原帮办员病假' });
  expect(again.json<ChangeAgencyDayHelperResponse>()).toMatchObject({ handedOver: 0, underWay: 1 });
  expect(await steps()).toBe(before);
});

test('a day’s new helper must serve all its villages and be on duty; a cancelled or unknown day is refused; nothing changes', async () => {
  const day = await marketDay(3);
  const cancelled = await marketDay(4);
  expect((await post(`/api/supervision/agency-days/${cancelled.id}/cancel`, { reason: '集市改期' })).statusCode).toBe(200);
  const elsewhere = await t.app.db.selectFrom('helpers').select('user_id').where('township_id', '!=', 'wushenzhao').executeTakeFirstOrThrow();
  const refused = await post(`/api/supervision/agency-days/${day.id}/helper`, { helperId: elsewhere.user_id, reason: '试试' });
  expect(refused.statusCode).toBe(400);
  expect(refused.json<ApiErrorBody>().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'helperId' });
  const other = day.helper.id === 'u-wanghaijun' ? 'u-wurina' : 'u-wanghaijun';
  await t.app.db.updateTable('helpers').set({ on_duty: 0 }).where('user_id', '=', other).execute();
  try {
    expect((await post(`/api/supervision/agency-days/${day.id}/helper`, { helperId: other, reason: '试试' })).json<ApiErrorBody>().error.code).toBe('HELPER_OFF_DUTY');
  } finally {
    await t.app.db.updateTable('helpers').set({ on_duty: 1 }).where('user_id', '=', other).execute();
  }
  expect((await post(`/api/supervision/agency-days/${cancelled.id}/helper`, { helperId: other, reason: '试试' })).json<ApiErrorBody>().error.code).toBe('INVALID_TRANSITION');
  expect((await post('/api/supervision/agency-days/no-such-day/helper', { helperId: other, reason: '试试' })).statusCode).toBe(404);
  expect((await post(`/api/supervision/agency-days/${day.id}/helper`, { helperId: other, reason: ' ' })).statusCode).toBe(400);
  expect((await list()).find((d) => d.id === day.id)?.helper.id).toBe(day.helper.id);
});

test('moving a booked day: the place changes for everyone, the resident and the helper are told (and pushed); the same place again tells no one', async () => {
  const day = await marketDay(5);
  const visit = (await availability()).agencyVisits.find((v) => v.kind === 'market' && v.day === day.day);
  const filed = await post('/api/requests', { kind: 'home_visit', villageId: village, description: '赶集那天来', agencyVisitId: visit?.id }, tok.zhangGuilan);
  expect(filed.statusCode).toBe(201);
  const caseId = filed.json<RequestDetail>().id;
  expect((await post('/api/notifications/subscriptions', { sms: [{ event: 'status_changed', enabled: true }] }, tok.zhangGuilan)).statusCode).toBe(200);

  const moved = await post(`/api/supervision/agency-days/${day.id}/place`, { place: '乌审召镇文化站', reason: '集市场地修路' });
  expect(moved.statusCode).toBe(200);
  expect(moved.json<ChangeAgencyDayPlaceResponse>()).toMatchObject({ told: 1, day: { id: day.id, place: '乌审召镇文化站', booked: 1 } });
  const detailOf = (await t.app.inject({ method: 'GET', url: `/api/requests/${caseId}`, headers: bearer(tok.zhangGuilan) })).json<RequestDetail>();
  expect(detailOf.booking).toMatchObject({ day: day.day, place: '乌审召镇文化站' });
  expect((await availability()).agencyVisits.find((v) => v.id === visit?.id)?.place).toBe('乌审召镇文化站');
  const told = await t.app.db.selectFrom('messages').select(['id', 'user_id', 'body']).where('request_id', '=', caseId).where('kind', '=', 'agency_moved').execute();
  expect(told).toEqual([{ id: expect.any(Number), user_id: 'u-zhangguilan', body: `${day.day}|乌审召镇文化站|集市场地修路` }]);
  await t.app.notifier.flush();
  expect(await t.app.db.selectFrom('notification_deliveries').select(['channel', 'status']).where('message_id', '=', told[0]?.id ?? -1).execute()).toEqual([{ channel: 'sms', status: 'logged' }]);

  const again = await post(`/api/supervision/agency-days/${day.id}/place`, { place: ' 乌审召镇文化站 ', reason: '再说一次' });
  expect(again.json<ChangeAgencyDayPlaceResponse>().told).toBe(0);
  expect(await t.app.db.selectFrom('messages').select('id').where('request_id', '=', caseId).where('kind', '=', 'agency_moved').execute()).toHaveLength(1);
  for (const bad of [{ place: ' ', reason: '修路' }, { place: '文化站', reason: '' }, { place: '文化站' }]) {
    expect((await post(`/api/supervision/agency-days/${day.id}/place`, bad)).statusCode).toBe(400);
  }
  expect((await post('/api/supervision/agency-days/no-such-day/place', { place: '文化站', reason: '修路' })).statusCode).toBe(404);
  const cancelledDay = await marketDay(6);
  await post(`/api/supervision/agency-days/${cancelledDay.id}/cancel`, { reason: '集市改期' });
  expect((await post(`/api/supervision/agency-days/${cancelledDay.id}/place`, { place: '文化站', reason: '修路' })).json<ApiErrorBody>().error.code).toBe('INVALID_TRANSITION');
});

test('two supervisors handing the same booked day to the same helper at once: each answered, the case handed over once', async () => {
  const day = await marketDay(7);
  const visit = (await availability()).agencyVisits.find((v) => v.kind === 'market' && v.day === day.day);
  const filed = await post('/api/requests', { kind: 'home_visit', villageId: village, description: '赶集那天来', agencyVisitId: visit?.id }, tok.bateer);
  const caseId = filed.json<RequestDetail>().id;
  // planned and offered to the day's helper (its day is a week out: a supervisor gives it to them now)
  expect((await post(`/api/supervision/cases/${caseId}/reassign`, { helperId: 'u-wanghaijun', reason: '集市那天由王海军办' })).statusCode).toBe(200);
  const answers = await Promise.all([0, 1].map(() => post(`/api/supervision/agency-days/${day.id}/helper`, { helperId: 'u-wurina', reason: '王海军病假' })));
  // each is answered: done, or (when they overlap) told another change is under way
  for (const a of answers) expect(a.statusCode === 200 || a.json<ApiErrorBody>().error.code === 'INVALID_TRANSITION').toBe(true);
  expect(answers.filter((a) => a.statusCode === 200).reduce((n, a) => n + a.json<ChangeAgencyDayHelperResponse>().handedOver, 0)).toBe(1);
  // one hand-over on the timeline: one step into 'assigned' with its reason
  const handOvers = await t.app.db.selectFrom('transitions').select('id').where('request_id', '=', caseId).where('to_status', '=', 'assigned').where('note', 'like', '%改由乌日娜负责%').execute();
  expect(handOvers).toHaveLength(1);
  expect(await t.app.db.selectFrom('requests').select(['status', 'helper_id']).where('id', '=', caseId).executeTakeFirstOrThrow()).toEqual({ status: 'assigned', helper_id: 'u-wurina' });
});
