import { chooseHelper, type CandidateHelper } from '../../server/src/dispatch/simple-rule';
import { expireOffers, runDispatchPass } from '../../server/src/dispatch/dispatcher';
import type { RequestDetail } from '../../types';
import { bearer, createTestApp, newKey, signIn, DEMO, type TestApp } from './test-app';

const base: CandidateHelper = {
  id: 'h',
  kind: 'blue_vest',
  gridVillageIds: [],
  onDuty: true,
  baseLat: 38.6,
  baseLng: 108.84,
  capacityPerDay: 5,
  openTasks: 0,
};
const target = { villageId: 'v1', lat: 38.6, lng: 108.84 };

describe('the simple rule', () => {
  test('the village’s own grid worker comes first, even when a blue vest is nearer', () => {
    const helpers = [
      { ...base, id: 'near-blue' },
      { ...base, id: 'grid', kind: 'grid_worker' as const, gridVillageIds: ['v1'], baseLat: 38.7 },
    ];
    expect(chooseHelper(target, helpers, new Set())?.helperId).toBe('grid');
  });

  test('otherwise the nearest on-duty helper with room', () => {
    const helpers = [
      { ...base, id: 'far', baseLat: 39.0 },
      { ...base, id: 'near', baseLat: 38.61 },
      { ...base, id: 'off', onDuty: false },
      { ...base, id: 'full', openTasks: 5 },
    ];
    const choice = chooseHelper(target, helpers, new Set());
    expect(choice?.helperId).toBe('near');
    expect(choice?.distanceKm).toBeCloseTo(1.1, 1);
  });

  test('helpers who already had the offer are skipped; none left means null', () => {
    const helpers = [{ ...base, id: 'a' }];
    expect(chooseHelper(target, helpers, new Set(['a']))).toBeNull();
  });

  test('ties break by load, then id, so the answer never depends on input order', () => {
    const helpers = [
      { ...base, id: 'b', openTasks: 1 },
      { ...base, id: 'c' },
      { ...base, id: 'a' },
    ];
    expect(chooseHelper(target, helpers, new Set())?.helperId).toBe('a');
    expect(chooseHelper(target, [...helpers].reverse(), new Set())?.helperId).toBe('a');
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
});
