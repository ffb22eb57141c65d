// Notifications against a local stand-in for WeChat's API (real HTTP, as wechat.test.ts does): opt-ins recorded,
// subscribe messages sent with a cached access token, one message per accepted subscription, SMS in demo mode for
// residents without WeChat, and each event: offered, assigned, visit reminder, supplement due, status changed,
// rating reply.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MESSAGE_KINDS, type RequestDetail, type SubscriptionsResponse } from '../../types';
import { eventOf, PUSHED_KINDS } from '../../server/src/modules/notifications/message-content';
import { addWorkingDays, bannerDate, shiftDay } from '../../server/src/lib/working-days';
import { sendSupplementReminders } from '../../server/src/modules/messages/reminders';
import { bearer, createTestApp, newKey, signIn, DEMO, type TestApp, signInDemo } from './test-app';

interface Sent {
  token: string | null;
  touser: string;
  template_id: string;
  page: string;
  data: Record<string, { value: string }>;
}
let stub: http.Server;
const sent: Sent[] = [];
let tokensIssued = 0;
let expireNextToken = false;
let t: TestApp;
const tok = {} as Record<keyof typeof DEMO | 'herder' | 'refuser', string>;
const TEMPLATES = { OFFERED: 'tpl-offered', ASSIGNED: 'tpl-assigned', VISIT_REMINDER: 'tpl-visit', SUPPLEMENT_DUE: 'tpl-supplement', STATUS_CHANGED: 'tpl-status', RATING_REPLY: 'tpl-reply' };

beforeAll(async () => {
  stub = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stub');
    res.setHeader('content-type', 'application/json');
    if (url.pathname === '/sns/jscode2session') return void res.end(JSON.stringify({ openid: `openid-${url.searchParams.get('js_code')}`, session_key: 'k' }));
    if (url.pathname === '/cgi-bin/token') {
      tokensIssued += 1;
      const ok = url.searchParams.get('appid') === 'wx-test-app' && url.searchParams.get('secret') === 'wx-secret' && url.searchParams.get('grant_type') === 'client_credential';
      return void res.end(JSON.stringify(ok ? { access_token: `token-${tokensIssued}`, expires_in: 7200 } : { errcode: 40013, errmsg: 'invalid appid' }));
    }
    if (url.pathname === '/cgi-bin/message/subscribe/send' && req.method === 'POST') {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      req.on('end', () => {
        const token = url.searchParams.get('access_token');
        if (expireNextToken) {
          expireNextToken = false;
          return void res.end(JSON.stringify({ errcode: 42001, errmsg: 'access_token expired' }));
        }
        const body = JSON.parse(raw) as Omit<Sent, 'token'>;
        if (body.touser === 'openid-refuser') return void res.end(JSON.stringify({ errcode: 43101, errmsg: 'user refuse to accept the msg' }));
        sent.push({ ...body, token });
        res.end(JSON.stringify({ errcode: 0, errmsg: 'ok' }));
      });
      return;
    }
    res.writeHead(404).end('{}');
  });
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
  const { port } = stub.address() as AddressInfo;
  for (const [event, id] of Object.entries(TEMPLATES)) process.env[`WECHAT_TEMPLATE_${event}`] = id;
  t = await createTestApp({ wechat: { appId: 'wx-test-app', secret: 'wx-secret', apiBase: `http://127.0.0.1:${port}` } });
  Object.assign(tok, await signInDemo(t.app));
  for (const who of ['herder', 'refuser'] as const) {
    tok[who] = (await t.app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code: who } })).json<{ token: string }>().token;
  }
});
afterAll(async () => {
  await t.close();
  for (const event of Object.keys(TEMPLATES)) delete process.env[`WECHAT_TEMPLATE_${event}`];
  await new Promise((resolve) => stub.close(resolve));
});

const post = (token: string, url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: { ...bearer(token), 'idempotency-key': newKey() }, payload });
const optIn = (token: string, payload: object) => post(token, '/api/notifications/subscriptions', payload);
const deliveries = (userId: string) => t.app.db.selectFrom('notification_deliveries').selectAll().where('user_id', '=', userId).orderBy('id').execute();
const userId = async (token: string) => (await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer(token) })).json<{ id: string }>().id;
async function assignedCase(token: string): Promise<string> {
  const id = (await post(token, '/api/requests', { kind: 'callback', villageId: 'wushenzhao-wushenzhao', description: '请帮我问问养老金' })).json<RequestDetail>().id;
  expect((await post(tok.supervisorLiu, `/api/supervision/cases/${id}/reassign`, { helperId: 'u-wurina', reason: '本村网格员' })).statusCode).toBe(200);
  return id;
}

test('opt-ins are recorded: each accepted WeChat subscription is one message; SMS needs a phone; WeChat needs WeChat', async () => {
  const before = (await t.app.inject({ method: 'GET', url: '/api/notifications/subscriptions', headers: bearer(tok.herder) })).json<SubscriptionsResponse>();
  expect(before).toMatchObject({ wechatAvailable: true, smsAvailable: false });
  expect(before.templates).toContainEqual({ event: 'assigned', templateId: 'tpl-assigned' });
  expect(before.items.every((i) => i.wechatCredits === 0 && !i.sms)).toBe(true);
  const after = (
    await optIn(tok.herder, {
      wechat: [
        { event: 'assigned', accepted: true },
        { event: 'status_changed', accepted: true },
        { event: 'status_changed', accepted: true },
        { event: 'rating_reply', accepted: false },
      ],
    })
  ).json<SubscriptionsResponse>();
  expect(after.items.find((i) => i.event === 'assigned')?.wechatCredits).toBe(1);
  expect(after.items.find((i) => i.event === 'status_changed')?.wechatCredits).toBe(2);
  expect(after.items.find((i) => i.event === 'rating_reply')?.wechatCredits).toBe(0);
  expect((await optIn(tok.herder, { sms: [{ event: 'assigned', enabled: true }] })).json().error.field).toBe('sms');
  expect((await optIn(tok.qiqige, { wechat: [{ event: 'assigned', accepted: true }] })).json().error.field).toBe('wechat');
  expect((await optIn(tok.qiqige, { sms: [{ event: 'lottery', enabled: true }] })).statusCode).toBe(400);
  expect((await optIn(tok.qiqige, {})).statusCode).toBe(400);
});

test('assigned, then status changed: sent through the real API with one cached token; a spent subscription sends nothing', async () => {
  const herder = await userId(tok.herder);
  const id = await assignedCase(tok.herder);
  await t.app.notifier.flush();
  // The reassignment made three steps; only the one that matters (assigned) is pushed.
  expect(sent).toHaveLength(1);
  expect(sent[0]).toMatchObject({ touser: 'openid-herder', template_id: 'tpl-assigned', page: `pages/case/index?id=${id}`, token: 'token-1' });
  expect(sent[0]?.data).toMatchObject({ thing1: { value: '请帮我问问养老金' }, name2: { value: '乌日娜' } });
  expect(sent[0]?.data.time3?.value).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/);

  await post(tok.gridUrina, `/api/requests/${id}/transitions`, { to: 'scheduled', note: '明天上午' });
  await t.app.notifier.flush();
  expect(sent[1]).toMatchObject({ template_id: 'tpl-status', data: { phrase2: { value: '已预约' } }, token: 'token-1' });
  expect(tokensIssued).toBe(1);

  // The token WeChat says has expired is replaced once and the message still goes out.
  expireNextToken = true;
  await post(tok.gridUrina, `/api/requests/${id}/transitions`, { to: 'en_route' });
  await t.app.notifier.flush();
  expect(sent[2]).toMatchObject({ template_id: 'tpl-status', data: { phrase2: { value: '在路上' } }, token: 'token-2' });

  // Both status_changed subscriptions are spent now: the next step is not pushed.
  await post(tok.gridUrina, `/api/requests/${id}/transitions`, { to: 'suspended', note: '居民外出放牧' });
  await t.app.notifier.flush();
  expect(sent).toHaveLength(3);
  const rows = await deliveries(herder);
  expect(rows.filter((r) => r.status === 'sent').map((r) => r.event)).toEqual(['assigned', 'status_changed', 'status_changed']);
  expect(rows.at(-1)).toMatchObject({ event: 'status_changed', status: 'skipped', channel: null });
  // Pushed at most once: another pass sends nothing new.
  await t.app.notifier.flush();
  expect(sent).toHaveLength(3);
});

test('a user who withdrew the subscription in WeChat: the failure is recorded and no more are tried', async () => {
  await optIn(tok.refuser, { wechat: [{ event: 'assigned', accepted: true }, { event: 'assigned', accepted: true }] });
  await assignedCase(tok.refuser);
  await t.app.notifier.flush();
  const rows = await deliveries(await userId(tok.refuser));
  expect(rows.find((r) => r.event === 'assigned')).toMatchObject({ channel: 'wechat', status: 'failed', detail: '43101 user refuse to accept the msg' });
  const subs = (await t.app.inject({ method: 'GET', url: '/api/notifications/subscriptions', headers: bearer(tok.refuser) })).json<SubscriptionsResponse>();
  expect(subs.items.find((i) => i.event === 'assigned')?.wechatCredits).toBe(0);
});

test('residents without WeChat get a text (logged in demo mode); helpers hear of offers; visit reminders go out the day before', async () => {
  await optIn(tok.qiqige, { sms: ['assigned', 'status_changed', 'visit_reminder', 'supplement_due'].map((event) => ({ event, enabled: true })) });
  await optIn(tok.gridUrina, { sms: [{ event: 'offered', enabled: true }, { event: 'visit_reminder', enabled: true }] });
  const id = await assignedCase(tok.qiqige);
  await t.app.notifier.flush();
  expect((await deliveries('u-qiqige')).find((r) => r.event === 'assigned')).toMatchObject({ channel: 'sms', status: 'logged' });

  // A booked slot tomorrow: one reminder each for the resident and the helper, however often the job runs.
  await t.app.db.insertInto('slots').values({ id: `slot-${id}`, helper_id: 'u-wurina', day: shiftDay(bannerDate(), 1), start_time: '09:00', end_time: '10:30', request_id: id }).execute();
  expect(await t.app.notifier.remindVisits()).toBe(2);
  expect(await t.app.notifier.remindVisits()).toBe(0);
  await t.app.notifier.flush();
  expect((await deliveries('u-qiqige')).find((r) => r.event === 'visit_reminder')).toMatchObject({ channel: 'sms', status: 'logged' });
  expect((await deliveries('u-wurina')).find((r) => r.event === 'visit_reminder')).toMatchObject({ channel: 'sms', status: 'logged' });

  // 容缺: a material promised within two working days.
  await t.app.db.insertInto('request_materials').values({ request_id: id, name: '居民户口簿', form: 'original', status: 'deferred', supply_by: addWorkingDays(bannerDate(), 1), upload_ids: '[]' }).execute();
  expect(await sendSupplementReminders(t.app.db)).toBe(1);
  await t.app.notifier.flush();
  expect((await deliveries('u-qiqige')).find((r) => r.event === 'supplement_due')).toMatchObject({ channel: 'sms', status: 'logged' });

  // A new request offered to the grid worker.
  await t.app.db.updateTable('helpers').set({ capacity_per_day: 20 }).where('user_id', '=', 'u-wurina').execute();
  await post(tok.zhangGuilan, '/api/requests', { kind: 'callback', villageId: 'wushenzhao-wushenzhao', description: '请回电' });
  await t.app.notifier.flush();
  expect((await deliveries('u-wurina')).filter((r) => r.event === 'offered').at(-1)).toMatchObject({ channel: 'sms', status: 'logged' });
});

test('a rating reply reaches a WeChat rater with the data the template expects', async () => {
  await optIn(tok.herder, { wechat: [{ event: 'rating_reply', accepted: true }, { event: 'supplement_due', accepted: true }] });
  const id = await assignedCase(tok.herder);
  await t.app.db.insertInto('request_materials').values({ request_id: id, name: '社会保障卡', form: 'original', status: 'deferred', supply_by: addWorkingDays(bannerDate(), 2), upload_ids: '[]' }).execute();
  await sendSupplementReminders(t.app.db);
  await t.app.notifier.flush();
  expect(sent.at(-1)).toMatchObject({ template_id: 'tpl-supplement', data: { thing1: { value: '社会保障卡' } } });
  expect(sent.at(-1)?.data.date2?.value).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);

  await post(tok.gridUrina, `/api/requests/${id}/transitions`, { to: 'result_delivered' });
  const rating = (await post(tok.herder, `/api/requests/${id}/rating`, { level: 'dissatisfied', anonymous: false })).json<{ id: string }>();
  await post(tok.supervisorLiu, `/api/ratings/${rating.id}/verify`, { justified: false, reason: '已按时回电' });
  await post(tok.supervisorLiu, `/api/ratings/${rating.id}/reply`, { reply: '感谢反馈', callBack: 'no_answer' });
  await t.app.notifier.flush();
  expect(sent.at(-1)).toMatchObject({ touser: 'openid-herder', template_id: 'tpl-reply', page: `pages/case/index?id=${id}`, data: { thing2: { value: '您的评价已收到回复' } } });
});

test('without WeChat configured, WeChat opt-ins are refused as not set up', async () => {
  const plain = await createTestApp();
  try {
    const token = await signIn(plain.app, DEMO.qiqige);
    const res = await plain.app.inject({ method: 'POST', url: '/api/notifications/subscriptions', headers: bearer(token), payload: { wechat: [{ event: 'assigned', accepted: true }] } });
    expect(res.json().error.code).toBe('WECHAT_NOT_CONFIGURED');
    const subs = (await plain.app.inject({ method: 'GET', url: '/api/notifications/subscriptions', headers: bearer(token) })).json<SubscriptionsResponse>();
    expect(subs).toMatchObject({ wechatAvailable: false, smsAvailable: true });
  } finally {
    await plain.close();
  }
});

test('every message kind that is a notification event is read from the outbox by the notifier', () => {
  // A kind mapped by eventOf but missing from the notifier's query would be silently never pushed.
  expect(MESSAGE_KINDS.filter((kind) => eventOf(kind, 'approved') !== null).sort()).toEqual([...PUSHED_KINDS].sort());
});
