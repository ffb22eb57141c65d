// 加急: a supervisor marks an open case urgent (or lifts it) with a reason. The dispatcher then reads the case as
// urgent, a case waiting on a helper's answer is planned again at once, the board lists it first, the resident sees
// it, and bad input changes nothing.
import { loadDispatchInput } from '../../server/src/dispatch/engine-input';
import type { CaseBoardResponse, MessageListResponse, OfferListResponse, RequestDetail } from '../../types';
import { bearer, createTestApp, newKey, signIn, type TestApp, signInDemo } from './test-app';

let t: TestApp;
const tok: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestApp();
  Object.assign(tok, await signInDemo(t.app));
});
afterAll(() => t.close());

const post = (token: string, url: string, payload: object, key = newKey()) =>
  t.app.inject({ method: 'POST', url, headers: { ...bearer(token), 'idempotency-key': key }, payload });
const get = (token: string, url: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });
const urgency = (id: string, payload: object, token = tok.supervisorLiu, key?: string) => post(token, `/api/supervision/cases/${id}/urgency`, payload, key);

async function fileVisit(): Promise<string> {
  const created = await post(tok.qiqige, '/api/requests', { kind: 'home_visit', villageId: 'wushenzhao-wushenzhao', description: '帮我办养老认证' });
  expect(created.statusCode).toBe(201);
  return created.json<RequestDetail>().id;
}
const statusOf = async (id: string) => (await t.app.db.selectFrom('requests').select(['status', 'urgent_at', 'urgent_reason']).where('id', '=', id).executeTakeFirstOrThrow());

test('marking a case waiting on a helper’s answer: the offer is taken back and dispatch plans it again as urgent', async () => {
  const id = await fileVisit();
  expect((await statusOf(id)).status).toBe('offered');
  const [before] = await t.app.db.selectFrom('offers').select(['id', 'helper_id']).where('request_id', '=', id).where('status', '=', 'pending').execute();

  const res = await urgency(id, { urgent: true, reason: '老人下周住院，需要先办好' });
  expect(res.statusCode).toBe(200);
  const detail = res.json<RequestDetail>();
  expect(detail.urgent).toBe(true);
  expect(detail.timeline.some((e) => e.noteKey === 'markedUrgent' && e.noteParams?.reason === '老人下周住院，需要先办好' && e.actor === 'supervisor')).toBe(true);

  const offers = await t.app.db.selectFrom('offers').select(['id', 'status', 'helper_id']).where('request_id', '=', id).execute();
  expect(offers.find((o) => o.id === before?.id)?.status).toBe('replanned');
  const fresh = offers.find((o) => o.status === 'pending');
  expect(fresh?.id).toBeDefined();
  expect(fresh?.id).not.toBe(before?.id);
  // taken back to plan again, not declined: the village's own grid worker is still the best, and gets it again
  expect(fresh?.helper_id).toBe(before?.helper_id);
  // the new plan was made knowing it is urgent (the flag describes the request, so the stored reasons keep it)
  const plan = await t.app.db.selectFrom('dispatch_plans').select('reasons').where('request_id', '=', id).executeTakeFirstOrThrow();
  expect(plan.reasons).toContain('"urgent"');
  await t.app.db.updateTable('requests').set({ status: 'triaged' }).where('id', '=', id).execute();
  const { input } = await loadDispatchInput(t.app.db, [id], new Date());
  expect(input.requests[0]?.priority.urgent).toBe(true);
});

test('the board lists urgent cases first with the reason; the resident and the helper on the case see it', async () => {
  const plain = await fileVisit();
  const id = await fileVisit();
  // accepted by its helper: the helper hears of the urgency
  const helper = (await t.app.db.selectFrom('offers').select('helper_id').where('request_id', '=', id).where('status', '=', 'pending').executeTakeFirstOrThrow()).helper_id;
  await t.app.db.updateTable('requests').set({ status: 'assigned', helper_id: helper }).where('id', '=', id).execute();
  expect((await urgency(id, { urgent: true, reason: '残疾证年审明天到期' })).statusCode).toBe(200);

  const board = (await get(tok.supervisorLiu, '/api/supervision/cases')).json<CaseBoardResponse>();
  const mine = board.items.findIndex((i) => i.id === id);
  expect(board.items[mine]).toMatchObject({ urgent: true, urgentReason: '残疾证年审明天到期' });
  // urgent cases head the board, whatever their deadlines: everything above this one is urgent too
  expect(board.items.slice(0, mine).every((i) => i.urgent)).toBe(true);
  expect(mine).toBeLessThan(board.items.findIndex((i) => i.id === plain));
  expect(board.items.filter((i) => !i.urgent).every((i) => i.urgentReason === null)).toBe(true);

  const resident = (await get(tok.qiqige, `/api/requests/${id}`)).json<RequestDetail>();
  expect(resident.urgent).toBe(true);
  expect((await get(tok.qiqige, '/api/requests')).json<{ items: { id: string; urgent: boolean }[] }>().items.find((i) => i.id === id)?.urgent).toBe(true);
  const messages = await t.app.db.selectFrom('messages').select(['user_id', 'kind', 'body']).where('request_id', '=', id).where('kind', '=', 'urgent').execute();
  expect(messages).toEqual([{ user_id: helper, kind: 'urgent', body: '残疾证年审明天到期' }]);
  // the case stays with its helper: nothing is re-dispatched once accepted
  expect((await statusOf(id)).status).toBe('assigned');

  const lifted = await urgency(id, { urgent: false, reason: '住院推迟了' });
  expect(lifted.statusCode).toBe(200);
  expect(lifted.json<RequestDetail>().urgent).toBe(false);
  expect(lifted.json<RequestDetail>().timeline.some((e) => e.noteKey === 'urgencyLifted' && e.noteParams?.reason === '住院推迟了')).toBe(true);
  expect(await statusOf(id)).toEqual({ status: 'assigned', urgent_at: null, urgent_reason: null });
});

test('bad input, a second press and a closed case get a typed error and change nothing', async () => {
  const id = await fileVisit();
  const before = await statusOf(id);
  for (const payload of [{}, { urgent: true }, { urgent: 'yes', reason: '急' }, { urgent: true, reason: '   ' }, { urgent: true, reason: '急', extra: 1 }, { urgent: true, reason: 'x'.repeat(501) }]) {
    const res = await urgency(id, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('VALIDATION_FAILED');
  }
  expect(await statusOf(id)).toEqual(before);
  // lifting what is not there, then pressing twice
  expect((await urgency(id, { urgent: false, reason: '不急了' })).json<{ error: { code: string } }>().error.code).toBe('INVALID_TRANSITION');
  expect((await urgency(id, { urgent: true, reason: '急' })).statusCode).toBe(200);
  const again = await urgency(id, { urgent: true, reason: '再急' });
  expect(again.statusCode).toBe(409);
  expect(again.json<{ error: { code: string } }>().error.code).toBe('INVALID_TRANSITION');
  expect((await statusOf(id)).urgent_reason).toBe('急');
  expect((await urgency('r-no-such-case', { urgent: true, reason: '急' })).statusCode).toBe(404);
  await t.app.db.updateTable('requests').set({ status: 'archived' }).where('id', '=', id).execute();
  expect((await urgency(id, { urgent: false, reason: '结案' })).statusCode).toBe(409);
  expect((await statusOf(id)).urgent_reason).toBe('急');
});

test('a retried press with the same key is applied once', async () => {
  const id = await fileVisit();
  const key = newKey();
  const first = await urgency(id, { urgent: true, reason: '急' }, tok.supervisorLiu, key);
  const second = await urgency(id, { urgent: true, reason: '急' }, tok.supervisorLiu, key);
  expect([first.statusCode, second.statusCode]).toEqual([200, 200]);
  const notes = await t.app.db.selectFrom('transitions').select('id').where('request_id', '=', id).where('note_key', '=', 'markedUrgent').execute();
  expect(notes).toHaveLength(1);
});

test('only a supervisor may: the resident and a helper are refused before anything is read', async () => {
  const id = await fileVisit();
  for (const token of [tok.qiqige, tok.helperWang]) expect((await urgency(id, { urgent: true, reason: '急' }, token)).statusCode).toBe(403);
  expect((await statusOf(id)).urgent_at).toBeNull();
  const offers = (await get(tok.helperWang, '/api/offers')).json<OfferListResponse>();
  expect(offers.items.every((o) => o.request.urgent === false || o.request.id !== id)).toBe(true);
  const inbox = (await get(tok.helperWang, '/api/messages')).json<MessageListResponse>();
  expect(inbox.items.some((m) => m.requestId === id && m.kind === 'urgent')).toBe(false);
});

describe('the resident asks for 加急', () => {
  const ask = (id: string, payload: object, token = tok.qiqige) => post(token, `/api/requests/${id}/urgency-request`, payload);
  const askedOf = async (id: string) => (await t.app.db.selectFrom('requests').select(['urgency_asked_at', 'urgency_asked_reason']).where('id', '=', id).executeTakeFirstOrThrow());

  test('the ask goes on the timeline and to every supervisor, and waits on the board after the urgent cases', async () => {
    const id = await fileVisit();
    const res = await ask(id, { reason: '下周三住院，想先办好' });
    expect(res.statusCode).toBe(200);
    const detail = res.json<RequestDetail>();
    expect(detail).toMatchObject({ urgent: false, urgencyAsked: true });
    expect(detail.timeline.some((e) => e.noteKey === 'urgencyAsked' && e.actor === 'resident' && e.noteParams?.reason === '下周三住院，想先办好')).toBe(true);
    const toSupervisor = (await get(tok.supervisorLiu, '/api/messages')).json<MessageListResponse>().items.find((m) => m.requestId === id);
    expect(toSupervisor).toMatchObject({ kind: 'urgency_asked', body: '下周三住院，想先办好' });
    const board = (await get(tok.supervisorLiu, '/api/supervision/cases')).json<CaseBoardResponse>();
    const at = board.items.findIndex((i) => i.id === id);
    expect(board.items[at]).toMatchObject({ urgent: false, urgencyAsked: '下周三住院，想先办好' });
    expect(board.items.slice(0, at).every((i) => i.urgent || i.urgencyAsked !== null)).toBe(true);
    expect(board.items.slice(at).every((i) => !i.urgent)).toBe(true);
    // asking twice is refused, and the dispatcher does not read an ask as urgency
    expect((await ask(id, { reason: '很急' })).json<{ error: { code: string } }>().error.code).toBe('INVALID_TRANSITION');
    await t.app.db.updateTable('requests').set({ status: 'triaged' }).where('id', '=', id).execute();
    expect((await loadDispatchInput(t.app.db, [id], new Date())).input.requests[0]?.priority.urgent).toBe(false);
  });

  test('granting it marks the case urgent and answers the resident; declining answers with the reason', async () => {
    const granted = await fileVisit();
    await ask(granted, { reason: '补贴月底到期' });
    const yes = await urgency(granted, { urgent: true, reason: '核实属实' });
    expect(yes.json<RequestDetail>()).toMatchObject({ urgent: true, urgencyAsked: false });
    expect(await askedOf(granted)).toEqual({ urgency_asked_at: null, urgency_asked_reason: null });

    const declined = await fileVisit();
    await ask(declined, { reason: '想快点' });
    const no = await urgency(declined, { urgent: false, reason: '按正常时限办理，下周二上门' });
    expect(no.statusCode).toBe(200);
    const detail = no.json<RequestDetail>();
    expect(detail).toMatchObject({ urgent: false, urgencyAsked: false });
    expect(detail.timeline.some((e) => e.noteKey === 'urgencyDeclined' && e.noteParams?.reason === '按正常时限办理，下周二上门')).toBe(true);
    const inbox = (await get(tok.qiqige, '/api/messages')).json<MessageListResponse>().items;
    expect(inbox.find((m) => m.requestId === granted && m.kind === 'urgency_granted')?.body).toBe('核实属实');
    expect(inbox.find((m) => m.requestId === declined && m.kind === 'urgency_declined')?.body).toBe('按正常时限办理，下周二上门');
    // answered: the resident may ask again (something new may have come up)
    expect((await ask(declined, { reason: '医院改到明天了' })).statusCode).toBe(200);
  });

  test('only the resident or whoever filed for them; bad input and an urgent or closed case change nothing', async () => {
    const id = await fileVisit();
    // a helper not on the case cannot even see it; the one it is offered to may read it, but not ask for the resident
    const offeredTo = (await t.app.db.selectFrom('offers').select('helper_id').where('request_id', '=', id).where('status', '=', 'pending').executeTakeFirstOrThrow()).helper_id;
    const phone = (await t.app.db.selectFrom('users').select('phone').where('id', '=', offeredTo).executeTakeFirstOrThrow()).phone ?? '';
    const offered = await signIn(t.app, phone);
    const other = offeredTo === 'u-wanghaijun' ? tok.gridUrina : tok.helperWang;
    for (const token of [tok.zhangGuilan, other]) expect((await ask(id, { reason: '急' }, token)).statusCode).toBe(404);
    for (const token of [offered, tok.supervisorLiu]) expect((await ask(id, { reason: '急' }, token)).statusCode).toBe(403);
    for (const payload of [{}, { reason: '' }, { reason: '  ' }, { reason: 1 }, { reason: '急', urgent: true }, { reason: 'x'.repeat(501) }]) {
      expect((await ask(id, payload)).statusCode).toBe(400);
    }
    expect(await askedOf(id)).toEqual({ urgency_asked_at: null, urgency_asked_reason: null });
    await urgency(id, { urgent: true, reason: '中心已知' });
    expect((await ask(id, { reason: '急' })).statusCode).toBe(409);
    const closed = await fileVisit();
    await t.app.db.updateTable('requests').set({ status: 'result_delivered' }).where('id', '=', closed).execute();
    expect((await ask(closed, { reason: '急' })).statusCode).toBe(409);
    expect(await askedOf(closed)).toEqual({ urgency_asked_at: null, urgency_asked_reason: null });
  });
});
