// 亲属代办 links over their whole life: the member sees who asked to act for her, a lost code can be sent again, and
// either side can end the link, after which it grants nothing (filing, reading her cases) until she confirms anew.
import type { AddFamilyResponse, FamilyLinkView, FamilyListResponse, ExportResponse, MessageListResponse, RequestDetail } from '../../types';
import { bearer, createTestApp, newKey, signIn, type TestApp } from './test-app';
import { sendVisitReminders } from '../../server/src/modules/notifications/visit-reminders';
import { notifyStatus } from '../../server/src/modules/messages/messages.service';
import { bannerDate, shiftDay } from '../../server/src/lib/working-days';

let t: TestApp;
let son: string;
let mother: string;
let stranger: string;
let motherId: string;
/** filed by the son for his mother after she confirmed again */
let laterCase: string;
beforeAll(async () => {
  t = await createTestApp();
  son = await signIn(t.app, '13655550001');
  mother = await signIn(t.app, '13655550002');
  stranger = await signIn(t.app, '13655550003');
  motherId = (await t.app.db.selectFrom('users').select('id').where('phone', '=', '13655550002').executeTakeFirstOrThrow()).id;
});
afterAll(() => t.close());

const post = (token: string, url: string, payload?: object) =>
  t.app.inject({ method: 'POST', url, headers: { ...bearer(token), 'idempotency-key': newKey() }, ...(payload ? { payload } : {}) });
const list = async (token: string) => (await t.app.inject({ method: 'GET', url: '/api/family', headers: bearer(token) })).json<FamilyListResponse>();
const fileForMother = () => post(son, '/api/requests', { kind: 'callback', villageId: 'wushenzhao-wushenzhao', description: '给我妈回个电话', forUserId: motherId });
const add = async () => (await post(son, '/api/family', { phone: '13655550002', name: '妈妈', relation: '母亲' })).json<AddFamilyResponse>();

test('the member sees who asked to act for her; a lost code is sent again and only the new one works', async () => {
  const first = await add();
  expect(first.link.status).toBe('pending');
  const forMe = (await list(mother)).actingForMe;
  expect(forMe).toEqual([{ id: first.link.id, actor: expect.objectContaining({ name: expect.any(String) }), relation: '母亲', status: 'pending' }]);
  expect((await list(son)).items.map((l) => l.status)).toEqual(['pending']);

  const again = await post(son, `/api/family/${first.link.id}/resend`);
  expect(again.statusCode).toBe(200);
  const second = again.json<AddFamilyResponse>();
  expect(second.devCode).toMatch(/^\d{6}$/);
  expect((await post(stranger, `/api/family/${first.link.id}/resend`)).statusCode).toBe(404);
  expect((await post(mother, `/api/family/${first.link.id}/resend`)).statusCode).toBe(404);
  if (first.devCode !== second.devCode) {
    const old = await post(son, `/api/family/${first.link.id}/confirm`, { code: first.devCode });
    expect(old.json().error.code).toBe('CODE_INVALID');
  }
  const ok = await post(son, `/api/family/${first.link.id}/confirm`, { code: second.devCode });
  expect(ok.json<FamilyLinkView>().status).toBe('confirmed');
  // Once confirmed there is nothing to send.
  expect((await post(son, `/api/family/${first.link.id}/resend`)).json<AddFamilyResponse>()).toEqual({ link: expect.objectContaining({ status: 'confirmed' }) });
  expect((await list(mother)).actingForMe.map((l) => l.status)).toEqual(['confirmed']);
});

test('the mother withdraws her consent: her son can no longer file for her or read her cases, until she confirms again', async () => {
  const filed = await fileForMother();
  expect(filed.statusCode).toBe(201);
  const caseId = filed.json<RequestDetail>().id;
  const read = () => t.app.inject({ method: 'GET', url: `/api/requests/${caseId}`, headers: bearer(son) }).then((r) => r.statusCode);
  expect(await read()).toBe(200);

  const link = (await list(mother)).actingForMe[0];
  expect((await post(stranger, `/api/family/${link.id}/end`)).statusCode).toBe(404);
  const ended = await post(mother, `/api/family/${link.id}/end`);
  expect(ended.json<FamilyLinkView>().status).toBe('ended');
  expect((await post(mother, `/api/family/${link.id}/end`)).json<FamilyLinkView>().status).toBe('ended');
  expect((await list(mother)).actingForMe).toEqual([]);
  expect((await list(son)).items).toEqual([]);
  expect((await fileForMother()).statusCode).toBe(403);
  expect(await read()).toBe(404);
  const listed = (await t.app.inject({ method: 'GET', url: '/api/requests', headers: bearer(son) })).json<{ items: { id: string }[] }>().items;
  expect(listed.map((r) => r.id)).not.toContain(caseId);
  // The case stays hers, and its record still says who filed it.
  const hers = (await t.app.inject({ method: 'GET', url: `/api/requests/${caseId}`, headers: bearer(mother) })).json<RequestDetail>();
  expect(hers.filedBy.id).not.toBe(motherId);
  // An old code does not bring an ended link back; adding her again needs her new code.
  expect((await post(son, `/api/family/${link.id}/confirm`, { code: '123456' })).json().error.code).toBe('CODE_EXPIRED');
  expect((await post(son, `/api/family/${link.id}/resend`)).statusCode).toBe(404);
  const readded = await add();
  expect(readded.link).toMatchObject({ id: link.id, status: 'pending' });
  expect((await fileForMother()).statusCode).toBe(403);
  expect((await post(son, `/api/family/${link.id}/confirm`, { code: readded.devCode })).json<FamilyLinkView>().status).toBe('confirmed');
  const again = await fileForMother();
  expect(again.statusCode).toBe(201);
  laterCase = again.json<RequestDetail>().id;
});

test('the one acting can stop too; then the visit reminder of a case he filed goes to her only; the export lists both directions', async () => {
  const link = (await list(son)).items[0];
  expect((await post(son, `/api/family/${link.id}/end`)).json<FamilyLinkView>().status).toBe('ended');
  expect((await fileForMother()).statusCode).toBe(403);
  // A visit booked for tomorrow on the case he filed while he could: its day and place are hers now.
  await t.app.db.updateTable('requests').set({ status: 'assigned', helper_id: 'u-wurina' }).where('id', '=', laterCase).execute();
  await t.app.db.insertInto('slots').values({ id: `slot-${laterCase}`, helper_id: 'u-wurina', day: shiftDay(bannerDate(), 1), start_time: '09:00', end_time: '10:30', request_id: laterCase }).execute();
  expect(await sendVisitReminders(t.app.db)).toBe(2);
  const reminded = await t.app.db.selectFrom('messages').select('user_id').where('request_id', '=', laterCase).where('kind', '=', 'visit_reminder').execute();
  expect(reminded.map((m) => m.user_id).sort()).toEqual([motherId, 'u-wurina'].sort());
  // Status news of her case goes to her alone now.
  const sonId = (await t.app.db.selectFrom('users').select('id').where('phone', '=', '13655550001').executeTakeFirstOrThrow()).id;
  await notifyStatus(t.app.db, laterCase, 'scheduled', new Date().toISOString());
  const told = await t.app.db.selectFrom('messages').select('user_id').where('request_id', '=', laterCase).where('kind', '=', 'status').where('body', '=', 'scheduled').execute();
  expect(told.map((m) => m.user_id)).toEqual([motherId]);
  expect(told.map((m) => m.user_id)).not.toContain(sonId);
  // The news he got while he could still act keeps its words but no longer says which of her cases it was.
  const inbox = async (token: string) =>
    (await t.app.inject({ method: 'GET', url: '/api/messages', headers: bearer(token) })).json<MessageListResponse>().items.filter((m) => m.requestId === laterCase);
  const his = await inbox(son);
  expect(his.length).toBeGreaterThan(0);
  expect(his.map((m) => m.caseTitle)).toEqual(his.map(() => null));
  expect(new Set((await inbox(mother)).map((m) => m.caseTitle))).toEqual(new Set(['给我妈回个电话']));
  const exported = (await t.app.inject({ method: 'GET', url: '/api/me/export', headers: bearer(mother) })).json<ExportResponse>();
  expect(exported.actingForMe).toEqual([expect.objectContaining({ relation: '母亲', status: 'ended' })]);
});

test('a link id that is not one is a 404 with a code, and changes nothing', async () => {
  for (const url of ['/api/family/nope/end', '/api/family/nope/resend']) {
    const res = await post(son, url);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
  }
});
