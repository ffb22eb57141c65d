import type { FastifyBaseLogger } from 'fastify';
import pino from 'pino';
import { expireOffers, runDispatchPass } from '../../server/src/dispatch/dispatcher';
import { startDispatchLoop } from '../../server/src/dispatch/loop';
import type { CaseBoardResponse, OfferListResponse, RequestDetail, TaskListResponse } from '../../types';
import { bearer, createTestApp, newKey, signIn, DEMO, type TestApp, signInDemo } from './test-app';

async function waitUntil(done: () => boolean, limitMs = 20_000): Promise<void> {
  const until = Date.now() + limitMs;
  while (!done()) {
    if (Date.now() > until) throw new Error('condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// The engine wired to the database: what it reads (helpers, their plans, bookings, earlier offers), what it writes
// (offers, the plan with its reasons) and what each role is shown of the plan.
describe('dispatch with the engine', () => {
  let t: TestApp;
  const tok: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp({ offerWindowSeconds: 600 });
    Object.assign(tok, await signInDemo(t.app));
  });
  afterAll(() => t.close());

  const file = (token: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/requests', headers: { ...bearer(token), 'idempotency-key': newKey() }, payload });
  const detailAs = async (token: string, id: string) =>
    (await t.app.inject({ method: 'GET', url: `/api/requests/${id}`, headers: bearer(token) })).json<RequestDetail>();
  const pendingOffer = (id: string) =>
    t.app.db.selectFrom('offers').selectAll().where('request_id', '=', id).where('status', '=', 'pending').executeTakeFirst();

  test('the village’s own grid worker is offered the visit; the resident reads when and why, staff read the reasoning', async () => {
    const created = (await file(tok.qiqige, { kind: 'home_visit', villageId: 'wushenzhao-wushenzhao', description: '帮我办养老认证' })).json<RequestDetail>();
    expect(created.status).toBe('offered');
    const offer = await pendingOffer(created.id);
    expect(offer?.helper_id).toBe('u-wurina');
    expect(created.visitPlan).toMatchObject({ state: 'planned', byGridWorker: true, callback: false, supervisorNote: null });
    const plan = await t.app.db.selectFrom('dispatch_plans').selectAll().where('request_id', '=', created.id).executeTakeFirstOrThrow();
    expect(created.visitPlan?.state === 'planned' && created.visitPlan.day).toBe(new Date((plan.day ?? 0) * 86_400_000).toISOString().slice(0, 10));
    expect(plan.stop_number).toBeGreaterThanOrEqual(1);

    const staffView = await detailAs(tok.supervisorLiu, created.id);
    expect(staffView.visitPlan?.supervisorNote).toContain('乌日娜');
    expect(staffView.visitPlan?.supervisorNote).toContain('本网格');
    // The supervisor's case board carries the plan too.
    const board = (await t.app.inject({ method: 'GET', url: '/api/supervision/cases', headers: bearer(tok.supervisorLiu) })).json<CaseBoardResponse>();
    const row = board.items.find((r) => r.id === created.id);
    expect(row?.dispatch?.day).toBe(created.visitPlan?.state === 'planned' ? created.visitPlan.day : 'no plan');
    expect(row?.dispatch?.note).toContain('乌日娜');
    const helperView = await detailAs(tok.gridUrina, created.id);
    expect(helperView.visitPlan?.supervisorNote).toBeNull();
    // The helper's offer card carries the plan, not the helper's own name.
    const offers = (await t.app.inject({ method: 'GET', url: '/api/offers', headers: bearer(tok.gridUrina) })).json<OfferListResponse>();
    const card = offers.items.find((o) => o.request.id === created.id);
    expect(card?.reason).not.toContain('乌日娜');
  });

  test('a decline goes to the next best helper, never back to the one who declined; the plan follows', async () => {
    const created = (await file(tok.qiqige, { kind: 'home_visit', villageId: 'wushenzhao-wushenzhao', description: '帮我看看医保' })).json<RequestDetail>();
    const first = await pendingOffer(created.id);
    expect(first?.helper_id).toBe('u-wurina');
    const declined = await t.app.inject({
      method: 'POST',
      url: `/api/offers/${first?.id}/decline`,
      headers: { ...bearer(tok.gridUrina), 'idempotency-key': newKey() },
      payload: { reason: '今天在牧区，赶不回来' },
    });
    expect(declined.statusCode).toBe(200);
    const second = await pendingOffer(created.id);
    expect(second?.helper_id).toBeDefined();
    expect(second?.helper_id).not.toBe('u-wurina');
    const after = await detailAs(tok.supervisorLiu, created.id);
    expect(after.status).toBe('offered');
    expect(after.visitPlan).toMatchObject({ state: 'planned', byGridWorker: false });
    expect(after.visitPlan?.supervisorNote).not.toContain('乌日娜');
  });

  test('when no helper on duty has the skill, the request waits with that reason; the loop offers it once one has', async () => {
    const saved = await t.app.db.selectFrom('helpers').select(['user_id', 'skills']).execute();
    await t.app.db.updateTable('helpers').set({ skills: '[]' }).execute();
    try {
      const item = await t.app.db.selectFrom('service_items').select(['id', 'skill']).where('id', '=', 'senior-allowance').executeTakeFirstOrThrow();
      const materials = ['居民身份证', '居民户口簿', '社会保障卡或本人银行卡', '《高龄津贴申请审批表》', '近期一寸免冠彩色照片'].map((name) => ({ name, status: 'provided' }));
      const created = (
        await file(tok.bateer, { kind: 'assist', villageId: 'wushenzhao-wushenzhao', serviceItemId: item.id, description: '申领高龄津贴', materials })
      ).json<RequestDetail>();
      expect(created.status).toBe('triaged');
      expect(created.visitPlan).toEqual({ state: 'waiting', blockedBy: 'skill', supervisorNote: null });
      expect((await detailAs(tok.supervisorLiu, created.id)).visitPlan?.supervisorNote).toContain('无人具备所需业务');

      // Nothing changed: a pass neither offers it nor rewrites its reason.
      const before = await t.app.db.selectFrom('dispatch_plans').select('planned_at').where('request_id', '=', created.id).executeTakeFirstOrThrow();
      expect((await runDispatchPass(t.app.db, 600, new Date(Date.now() + 1000))).offered).toBe(0);
      const still = await t.app.db.selectFrom('dispatch_plans').select('planned_at').where('request_id', '=', created.id).executeTakeFirstOrThrow();
      expect(still.planned_at).toBe(before.planned_at);

      await t.app.db.updateTable('helpers').set({ skills: JSON.stringify([item.skill]) }).where('user_id', '=', 'u-wanghaijun').execute();
      expect((await runDispatchPass(t.app.db, 600)).offered).toBe(1);
      expect((await pendingOffer(created.id))?.helper_id).toBe('u-wanghaijun');
      expect((await detailAs(tok.bateer, created.id)).visitPlan).toMatchObject({ state: 'planned' });
    } finally {
      for (const h of saved) await t.app.db.updateTable('helpers').set({ skills: h.skills }).where('user_id', '=', h.user_id).execute();
    }
  });

  test('a resident who asks for a Mongolian-speaking helper is offered only to one who speaks it', async () => {
    await t.app.db.updateTable('helpers').set({ on_duty: 0 }).where('user_id', 'not in', ['u-wanghaijun', 'u-naren']).execute();
    try {
      const plain = (await file(tok.bateer, { kind: 'home_visit', villageId: 'wushenzhao-wushenzhao', description: '上门' })).json<RequestDetail>();
      expect((await pendingOffer(plain.id))?.helper_id).toBe('u-wanghaijun');
      const inMongolian = (
        await file(tok.bateer, { kind: 'home_visit', villageId: 'wushenzhao-wushenzhao', description: 'ᠭᠡᠷ ᠲᠦ ᠢᠷᠡᠭᠡᠷᠡᠢ', needsLanguage: 'mn' })
      ).json<RequestDetail>();
      expect((await pendingOffer(inMongolian.id))?.helper_id).toBe('u-naren');
      const bad = await file(tok.bateer, { kind: 'home_visit', villageId: 'wushenzhao-wushenzhao', description: '上门', needsLanguage: 'klingon' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    } finally {
      await t.app.db.updateTable('helpers').set({ on_duty: 1 }).execute();
    }
  });

  test('a helper’s planned visits count against that day: a full helper’s work goes to the next day or to someone else', async () => {
    await t.app.db.updateTable('helpers').set({ on_duty: 0 }).where('user_id', '!=', 'u-wurina').execute();
    await t.app.db.updateTable('helpers').set({ capacity_per_day: 1 }).where('user_id', '=', 'u-wurina').execute();
    try {
      const a = (await file(tok.qiqige, { kind: 'home_visit', villageId: 'wushenzhao-buridu', description: '第一件' })).json<RequestDetail>();
      const b = (await file(tok.zhangGuilan, { kind: 'home_visit', villageId: 'wushenzhao-buridu', description: '第二件' })).json<RequestDetail>();
      const plans = await t.app.db.selectFrom('dispatch_plans').select(['request_id', 'helper_id', 'day']).where('request_id', 'in', [a.id, b.id]).execute();
      const dayA = plans.find((p) => p.request_id === a.id)?.day;
      const dayB = plans.find((p) => p.request_id === b.id)?.day;
      expect(plans.every((p) => p.helper_id === 'u-wurina')).toBe(true);
      expect(dayA).not.toBeNull();
      expect(dayB).not.toBe(dayA);
    } finally {
      await t.app.db.updateTable('helpers').set({ on_duty: 1 }).execute();
      await t.app.db.updateTable('helpers').set({ capacity_per_day: 5 }).where('user_id', '=', 'u-wurina').execute();
    }
  });
});

describe('the helper’s day follows the engine’s trip', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ offerWindowSeconds: 600 });
  });
  afterAll(() => t.close());

  test('accepted visits are listed on their planned day in the planned stop order', async () => {
    // Only 王海军 is on duty, so every visit is his; three villages at different distances from his base.
    await t.app.db.updateTable('helpers').set({ on_duty: 0 }).where('user_id', '!=', 'u-wanghaijun').execute();
    const resident = await signIn(t.app, DEMO.qiqige);
    const helper = await signIn(t.app, DEMO.helperWang);
    const villages = await t.app.db.selectFrom('villages').select('id').where('township_id', '=', 'wushenzhao').orderBy('id').limit(3).execute();
    for (const v of villages) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/requests',
        headers: { ...bearer(resident), 'idempotency-key': newKey() },
        payload: { kind: 'home_visit', villageId: v.id, description: `上门 ${v.id}` },
      });
      expect(res.statusCode).toBe(201);
    }
    const offers = (await t.app.inject({ method: 'GET', url: '/api/offers', headers: bearer(helper) })).json<OfferListResponse>();
    expect(offers.items).toHaveLength(3);
    for (const o of offers.items) {
      const accepted = await t.app.inject({ method: 'POST', url: `/api/offers/${o.id}/accept`, headers: { ...bearer(helper), 'idempotency-key': newKey() } });
      expect(accepted.statusCode).toBe(200);
    }
    const plans = await t.app.db.selectFrom('dispatch_plans').select(['request_id', 'day', 'stop_number']).where('helper_id', '=', 'u-wanghaijun').execute();
    const tasks = (await t.app.inject({ method: 'GET', url: '/api/tasks', headers: bearer(helper) })).json<TaskListResponse>();
    expect(tasks.items).toHaveLength(3);
    const expected = [...plans].sort((a, b) => (a.day ?? 0) - (b.day ?? 0) || (a.stop_number ?? 0) - (b.stop_number ?? 0));
    expect(tasks.items.map((x) => x.request.id)).toEqual(expected.map((p) => p.request_id));
    for (const task of tasks.items) {
      const plan = plans.find((p) => p.request_id === task.request.id);
      expect(task.day).toBe(new Date((plan?.day ?? 0) * 86_400_000).toISOString().slice(0, 10));
    }
    // Stops of one day are numbered 1, 2, ... with no gaps, whatever order they were inserted in.
    const days = new Set(plans.map((p) => p.day));
    for (const day of days) {
      const numbers = plans.filter((p) => p.day === day).map((p) => p.stop_number).sort();
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
  });

  test('the day before the planned visit, the resident and the helper get a reminder with the planned arrival', async () => {
    const plan = await t.app.db
      .selectFrom('dispatch_plans')
      .innerJoin('requests', 'requests.id', 'dispatch_plans.request_id')
      .select(['dispatch_plans.request_id', 'dispatch_plans.day', 'requests.resident_id'])
      .where('dispatch_plans.helper_id', '=', 'u-wanghaijun')
      .where('requests.status', '=', 'assigned')
      .executeTakeFirstOrThrow();
    const visitDate = new Date((plan.day ?? 0) * 86_400_000).toISOString().slice(0, 10);
    // 10:00 banner time on the day before (02:00 UTC).
    const dayBefore = new Date(Date.parse(`${visitDate}T02:00:00.000Z`) - 86_400_000);
    expect(await t.app.notifier.remindVisits(dayBefore)).toBeGreaterThan(0);
    const reminders = await t.app.db.selectFrom('messages').select(['user_id', 'body']).where('request_id', '=', plan.request_id).where('kind', '=', 'visit_reminder').execute();
    expect(new Set(reminders.map((r) => r.user_id))).toEqual(new Set([plan.resident_id, 'u-wanghaijun']));
    expect(reminders[0]?.body).toMatch(new RegExp(`^${visitDate}\\|\\d{2}:(00|30)\\|`));
    // Once per visit day.
    await t.app.notifier.remindVisits(dayBefore);
    expect(await t.app.db.selectFrom('messages').select('id').where('request_id', '=', plan.request_id).where('kind', '=', 'visit_reminder').execute()).toHaveLength(reminders.length);
  });
});

describe('the loop: timeout and re-offer', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ offerWindowSeconds: 60 });
  });
  afterAll(() => t.close());

  test('an offer not answered in its window expires and goes to the next helper', async () => {
    const resident = await signIn(t.app, DEMO.qiqige);
    const created = (
      await t.app.inject({
        method: 'POST',
        url: '/api/requests',
        headers: { ...bearer(resident), 'idempotency-key': newKey() },
        payload: { kind: 'callback', villageId: 'wushenzhao-wushenzhao', description: '请回电' },
      })
    ).json<RequestDetail>();
    expect(created.status).toBe('offered');

    expect(await expireOffers(t.app.db, new Date(Date.now() + 30_000))).toEqual([]);
    expect(await expireOffers(t.app.db, new Date(Date.now() + 61_000))).toEqual([created.id]);
    const pass = await runDispatchPass(t.app.db, 60);
    expect(pass.offered).toBe(1);

    const offers = await t.app.db.selectFrom('offers').selectAll().where('request_id', '=', created.id).orderBy('created_at').execute();
    expect(offers.map((o) => o.status)).toEqual(['expired', 'pending']);
    expect(offers[1]?.helper_id).not.toBe(offers[0]?.helper_id);
    const timeline = await t.app.db.selectFrom('transitions').select(['to_status', 'note']).where('request_id', '=', created.id).orderBy('id').execute();
    expect(timeline.map((e) => e.to_status)).toEqual(['submitted', 'triaged', 'offered', 'triaged', 'offered']);
    expect(timeline[3]?.note).toContain('未在时限内接单');
  });
});

describe('one dispatch loop among several processes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  test('two processes on one database: only one holds the lease; the other takes over when it lapses', async () => {
    const { holdLease } = await import('../../server/src/dispatch/lease');
    const now = new Date();
    const [a, b] = await Promise.all([holdLease(t.app.db, 'dispatch', 'process-a', 30_000, now), holdLease(t.app.db, 'dispatch', 'process-b', 30_000, now)]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
    const leader = a ? 'process-a' : 'process-b';
    const other = a ? 'process-b' : 'process-a';
    expect(await holdLease(t.app.db, 'dispatch', leader, 30_000, new Date(now.getTime() + 10_000))).toBe(true);
    expect(await holdLease(t.app.db, 'dispatch', other, 30_000, new Date(now.getTime() + 20_000))).toBe(false);
    // The leader stops renewing (it died): after the lease lapses the other process takes over.
    expect(await holdLease(t.app.db, 'dispatch', other, 30_000, new Date(now.getTime() + 45_000))).toBe(true);
    expect(await holdLease(t.app.db, 'dispatch', leader, 30_000, new Date(now.getTime() + 46_000))).toBe(false);
  });

  test('two dispatch loops on one database (as two API processes): passes run in one; when it stops, the other takes over', async () => {
    // The test before left its own lease behind, held far into the future.
    await t.app.db.deleteFrom('leases').execute();
    const passes: string[] = [];
    // A logger that records which loop ran each pass (the loop logs one line per pass).
    const logFor = (): FastifyBaseLogger => {
      const log = pino({ level: 'info' }, { write: (line: string) => {
        const entry = JSON.parse(line) as { msg?: string; holder?: string };
        if (entry.msg === 'dispatch pass' && entry.holder) passes.push(entry.holder);
      } });
      return log;
    };
    const options = { intervalMs: 40, offerWindowSeconds: 600, leaseMs: 400 };
    const stopA = startDispatchLoop(t.app.db, { ...options, log: logFor(), holder: 'api-a' });
    const stopB = startDispatchLoop(t.app.db, { ...options, log: logFor(), holder: 'api-b' });
    await waitUntil(() => passes.length >= 5);
    expect(new Set(passes).size).toBe(1);
    const [first] = passes;
    // The leader's process goes away: once its lease lapses the other one runs the passes.
    await (first === 'api-a' ? stopA : stopB)();
    passes.length = 0;
    await waitUntil(() => passes.length >= 3);
    await (first === 'api-a' ? stopB : stopA)();
    expect(new Set(passes)).toEqual(new Set([first === 'api-a' ? 'api-b' : 'api-a']));
  }, 30_000);
});
