// 好差评: rating a delivered case (and only that), the bad-rating loop verify -> rectify (15 working days) -> reply
// and call-back, anonymity, and who sees which rating.
import type { MessageListResponse, RatingListResponse, RatingView, RequestDetail } from '../../types';
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

/** A call-back the grid worker answered: filed, assigned by the supervisor, result delivered. */
async function delivered(): Promise<string> {
  const id = (await post(tok.qiqige, '/api/requests', { kind: 'callback', villageId: 'wushenzhao-wushenzhao', description: '请回电' })).json<RequestDetail>().id;
  expect((await post(tok.supervisorLiu, `/api/supervision/cases/${id}/reassign`, { helperId: 'u-wurina', reason: '本村网格员' })).statusCode).toBe(200);
  expect((await post(tok.gridUrina, `/api/requests/${id}/transitions`, { to: 'result_delivered', note: '已电话答复' })).statusCode).toBe(200);
  return id;
}
const rate = (token: string, id: string, payload: object) => post(token, `/api/requests/${id}/rating`, payload);

test('a good rating: recorded and the case moves to rated in one step; the rater and supervisors see it', async () => {
  const id = await delivered();
  const res = await rate(tok.qiqige, id, { level: 'satisfied', comment: '乌日娜很耐心', anonymous: false });
  expect(res.statusCode).toBe(201);
  expect(res.json<RatingView>()).toMatchObject({ requestId: id, level: 'satisfied', bad: false, raterName: '其其格', helperName: '乌日娜', review: null, townshipName: '乌审召镇' });
  const detail = (await get(tok.qiqige, `/api/requests/${id}`)).json<RequestDetail>();
  expect(detail.status).toBe('rated');
  expect(detail.timeline.at(-1)).toMatchObject({ from: 'result_delivered', to: 'rated', actor: 'resident', note: '评价：满意' });
  expect((await get(tok.qiqige, `/api/requests/${id}/rating`)).statusCode).toBe(200);
  expect((await get(tok.supervisorLiu, `/api/requests/${id}/rating`)).json<RatingView>().comment).toBe('乌日娜很耐心');
  for (const who of ['zhangGuilan', 'bateer', 'gridUrina', 'helperWang'] as const) expect((await get(tok[who], `/api/requests/${id}/rating`)).statusCode).toBe(404);
});

test('only the resident rates, only a delivered case, only once', async () => {
  const open = (await post(tok.qiqige, '/api/requests', { kind: 'callback', villageId: 'wushenzhao-wushenzhao', description: '请回电' })).json<RequestDetail>().id;
  expect((await rate(tok.qiqige, open, { level: 'satisfied', anonymous: false })).json().error.code).toBe('INVALID_TRANSITION');
  const id = await delivered();
  expect((await rate(tok.gridUrina, id, { level: 'very_satisfied', anonymous: false })).statusCode).toBe(403);
  expect((await rate(tok.supervisorLiu, id, { level: 'very_satisfied', anonymous: false })).statusCode).toBe(403);
  expect((await rate(tok.zhangGuilan, id, { level: 'very_dissatisfied', anonymous: true })).statusCode).toBe(404);
  expect((await rate(tok.qiqige, id, { level: 'great', anonymous: false })).statusCode).toBe(400);
  expect((await rate(tok.qiqige, id, { level: 'satisfied' })).statusCode).toBe(400);
  expect((await rate(tok.qiqige, id, { level: 'satisfied', anonymous: false, stars: 5 })).statusCode).toBe(400);
  const [first, second] = await Promise.all([
    rate(tok.qiqige, id, { level: 'satisfied', anonymous: false }),
    rate(tok.qiqige, id, { level: 'very_dissatisfied', anonymous: false }),
  ]);
  expect([first.statusCode, second.statusCode].sort()).toEqual([201, 409]);
  expect(await t.app.db.selectFrom('ratings').select('id').where('request_id', '=', id).execute()).toHaveLength(1);
  expect((await rate(tok.qiqige, id, { level: 'satisfied', anonymous: false })).statusCode).toBe(409);
});

test('a real-name bad rating: verify -> rectify within 15 working days -> reply with a call-back; the resident follows it', async () => {
  const id = await delivered();
  const bad = (await rate(tok.qiqige, id, { level: 'very_dissatisfied', comment: '等了很久才回电', anonymous: false })).json<RatingView>();
  const today = bannerDate();
  expect(bad.review).toMatchObject({ status: 'verifying', rectifyBy: addWorkingDays(today, 15), rectifyWorkingDaysLeft: 15, justified: null, reply: null });
  const supervisorInbox = (await get(tok.supervisorLiu, '/api/messages')).json<MessageListResponse>();
  expect(supervisorInbox.items.some((m) => m.kind === 'bad_rating' && m.body === bad.id)).toBe(true);

  const step = (token: string, action: string, payload: object) => post(token, `/api/ratings/${bad.id}/${action}`, payload);
  expect((await step(tok.supervisorLiu, 'rectify', { measures: 'x' })).json().error.code).toBe('INVALID_TRANSITION');
  expect((await step(tok.qiqige, 'verify', { justified: false, reason: '我说没问题' })).statusCode).toBe(403);
  expect((await step(tok.gridUrina, 'verify', { justified: false, reason: 'x' })).statusCode).toBe(403);
  expect((await step(tok.supervisorLiu, 'verify', { justified: true })).statusCode).toBe(400);

  const verified = (await step(tok.supervisorLiu, 'verify', { justified: true, reason: '回电超过两个工作日，属实' })).json<RatingView>();
  expect(verified.review).toMatchObject({ status: 'rectifying', justified: true, verification: '回电超过两个工作日，属实' });
  expect((await step(tok.supervisorLiu, 'reply', { reply: 'x', callBack: 'reached' })).statusCode).toBe(409);
  const rectified = (await step(tok.supervisorLiu, 'rectify', { measures: '回电时限纳入网格员考核，当日必回' })).json<RatingView>();
  expect(rectified.review).toMatchObject({ status: 'awaiting_reply', rectifiedOnTime: true, rectifyWorkingDaysLeft: null });

  // The resident sees where it stands before the reply, too.
  expect((await get(tok.qiqige, `/api/ratings/${bad.id}`)).json<RatingView>().review?.rectification).toBe('回电时限纳入网格员考核，当日必回');
  expect((await step(tok.supervisorLiu, 'reply', { reply: '已整改' })).json().error.field).toBe('callBack');
  const replied = (await step(tok.supervisorLiu, 'reply', { reply: '已整改，感谢监督', callBack: 'reached', callBackNote: '居民表示满意' })).json<RatingView>();
  expect(replied.review).toMatchObject({ status: 'closed', reply: '已整改，感谢监督', callBack: 'reached', callBackNote: '居民表示满意' });
  expect((await step(tok.supervisorLiu, 'reply', { reply: '再次', callBack: 'reached' })).statusCode).toBe(409);

  const inbox = (await get(tok.qiqige, '/api/messages')).json<MessageListResponse>();
  expect(inbox.items.some((m) => m.kind === 'rating_reply' && m.requestId === id)).toBe(true);
  const mine = (await get(tok.qiqige, '/api/ratings')).json<RatingListResponse>();
  expect(mine.items.find((r) => r.id === bad.id)?.review?.status).toBe('closed');
});

test('an anonymous bad rating: no name anywhere, no call-back; judged unjustified it still gets its reply', async () => {
  const id = await delivered();
  const bad = (await rate(tok.qiqige, id, { level: 'dissatisfied', comment: '态度一般', anonymous: true })).json<RatingView>();
  expect(bad.raterName).toBeNull();
  const seen = (await get(tok.supervisorLiu, '/api/ratings?reviewStatus=verifying')).json<RatingListResponse>().items.find((r) => r.id === bad.id);
  expect(seen).toMatchObject({ raterName: null, anonymous: true, bad: true });
  const verified = (await post(tok.supervisorLiu, `/api/ratings/${bad.id}/verify`, { justified: false, reason: '通话录音显示服务规范' })).json<RatingView>();
  expect(verified.review).toMatchObject({ status: 'awaiting_reply', justified: false, rectifyWorkingDaysLeft: null });
  expect((await post(tok.supervisorLiu, `/api/ratings/${bad.id}/rectify`, { measures: 'x' })).statusCode).toBe(409);
  expect((await post(tok.supervisorLiu, `/api/ratings/${bad.id}/reply`, { reply: '已核实', callBack: 'reached' })).json().error.field).toBe('callBack');
  const closed = (await post(tok.supervisorLiu, `/api/ratings/${bad.id}/reply`, { reply: '经核实服务规范，欢迎继续监督' })).json<RatingView>();
  expect(closed.review).toMatchObject({ status: 'closed', callBack: null });
  expect((await get(tok.qiqige, `/api/requests/${id}/rating`)).json<RatingView>().review?.reply).toBe('经核实服务规范，欢迎继续监督');
});

test('a good rating has no review loop; lists hold only one’s own ratings, all of them for a supervisor', async () => {
  const id = await delivered();
  const good = (await rate(tok.qiqige, id, { level: 'basically_satisfied', anonymous: false })).json<RatingView>();
  expect((await post(tok.supervisorLiu, `/api/ratings/${good.id}/verify`, { justified: true, reason: 'x' })).json().error.code).toBe('INVALID_TRANSITION');
  expect((await get(tok.zhangGuilan, '/api/ratings')).json<RatingListResponse>().items).toEqual([]);
  expect((await get(tok.zhangGuilan, `/api/ratings/${good.id}`)).statusCode).toBe(404);
  expect((await get(tok.gridUrina, `/api/ratings/${good.id}`)).statusCode).toBe(404);
  const all = (await get(tok.supervisorLiu, '/api/ratings')).json<RatingListResponse>().items;
  expect(all.length).toBeGreaterThanOrEqual(4);
  expect((await get(tok.supervisorLiu, '/api/ratings?level=basically_satisfied')).json<RatingListResponse>().items.map((r) => r.id)).toContain(good.id);
  expect((await get(tok.supervisorLiu, '/api/ratings?reviewStatus=closed')).json<RatingListResponse>().items.every((r) => r.review?.status === 'closed')).toBe(true);
  expect((await get(tok.supervisorLiu, '/api/ratings?bad=yes')).statusCode).toBe(400);
  expect((await get(tok.supervisorLiu, '/api/ratings/no-such')).statusCode).toBe(404);
});
