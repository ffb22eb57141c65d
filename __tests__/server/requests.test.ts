import type { RequestDetail, OfferListResponse } from '../../types';
import { bearer, createTestApp, newKey, DEMO, type TestApp, signInDemo } from './test-app';

let t: TestApp;
const tokens: Record<keyof typeof DEMO, string> = {} as Record<keyof typeof DEMO, string>;

beforeAll(async () => {
  t = await createTestApp();
  Object.assign(tokens, await signInDemo(t.app));
});
afterAll(() => t.close());

const file = (token: string, body: object, key = newKey()) =>
  t.app.inject({ method: 'POST', url: '/api/requests', headers: { ...bearer(token), 'idempotency-key': key }, payload: body });
const read = (token: string, id: string) => t.app.inject({ method: 'GET', url: `/api/requests/${id}`, headers: bearer(token) });
const offersOf = async (token: string) =>
  (await t.app.inject({ method: 'GET', url: '/api/offers', headers: bearer(token) })).json<OfferListResponse>().items;

const visit = { kind: 'home_visit', villageId: 'wushenzhao-wushenzhao', description: '帮我办高龄津贴' };

test('a home visit is submitted, triaged and offered to the village’s own grid worker, who accepts it', async () => {
  const res = await file(tokens.qiqige, visit);
  expect(res.statusCode).toBe(201);
  const created = res.json<RequestDetail>();
  expect(created.status).toBe('offered');
  expect(created.timeline.map((e) => e.to)).toEqual(['submitted', 'triaged', 'offered']);
  expect(created.timeline[2]?.note).toContain('网格员');
  expect(created.resident.name).toBe('其其格');

  const offers = await offersOf(tokens.gridUrina);
  const offer = offers.find((o) => o.request.id === created.id);
  expect(offer?.request.villageName).toBe(created.villageName);

  const accepted = await t.app.inject({ method: 'POST', url: `/api/offers/${offer?.id}/accept`, headers: bearer(tokens.gridUrina) });
  expect(accepted.statusCode).toBe(200);

  const seen = (await read(tokens.qiqige, created.id)).json<RequestDetail>();
  expect(seen.status).toBe('assigned');
  expect(seen.helper).toMatchObject({ name: '乌日娜', phone: DEMO.gridUrina, kind: 'grid_worker' });
  expect(seen.timeline.map((e) => e.to)).toEqual(['submitted', 'triaged', 'offered', 'assigned']);
  expect(seen.timeline[3]?.actorName).toBe('乌日娜');
  expect(seen.nextStatuses).toContain('withdrawn');
  expect(seen.nextStatuses).not.toContain('en_route');
});

test('where the village has no grid worker the nearest on-duty helper gets the offer', async () => {
  const created = (await file(tokens.zhangGuilan, { ...visit, villageId: 'galutu-hurehu' })).json<RequestDetail>();
  expect(created.status).toBe('offered');
  expect(created.timeline.at(-1)?.note).toMatch(/最近的在岗帮办员|网格员/);
});

test('a retried submission (same key) creates one request and replays the first answer', async () => {
  const key = newKey();
  const first = await file(tokens.qiqige, visit, key);
  const second = await file(tokens.qiqige, visit, key);
  expect(first.statusCode).toBe(201);
  expect(second.statusCode).toBe(201);
  expect(second.headers['idempotent-replayed']).toBe('true');
  expect(second.json().id).toBe(first.json().id);
  const reused = await file(tokens.qiqige, { ...visit, description: '别的事' }, key);
  expect(reused.statusCode).toBe(422);
  expect(reused.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
});

test('twins sent at once with one Idempotency-Key: one is carried out, the other is told to retry, the retry replays', async () => {
  const key = newKey();
  const twins = await Promise.all([file(tokens.qiqige, visit, key), file(tokens.qiqige, visit, key), file(tokens.qiqige, visit, key)]);
  const codes = twins.map((r) => r.statusCode).sort();
  expect(codes.filter((c) => c === 201)).toHaveLength(1);
  for (const r of twins.filter((x) => x.statusCode !== 201)) {
    // Either still in flight, or finished and replayed.
    if (r.statusCode === 409) expect(r.json().error.code).toBe('IDEMPOTENCY_IN_PROGRESS');
    else expect(r.headers['idempotent-replayed']).toBe('true');
  }
  const retry = await file(tokens.qiqige, visit, key);
  expect(retry.headers['idempotent-replayed']).toBe('true');
  const answered = twins.filter((r) => r.statusCode !== 409).map((r) => r.json<{ id: string }>().id);
  expect(new Set([...answered, retry.json<{ id: string }>().id]).size).toBe(1);
});

test('concurrent double taps with one key still make one request', async () => {
  const key = newKey();
  const before = (await t.app.db.selectFrom('requests').select('id').execute()).length;
  const answers = await Promise.all(Array.from({ length: 5 }, () => file(tokens.zhangGuilan, { ...visit, villageId: 'galutu-hurehu' }, key)));
  const after = (await t.app.db.selectFrom('requests').select('id').execute()).length;
  expect(after - before).toBe(1);
  for (const a of answers) expect([200, 201, 409]).toContain(a.statusCode);
});

describe('each role sees only its own objects', () => {
  let id: string;
  beforeAll(async () => {
    id = (await file(tokens.qiqige, visit)).json<RequestDetail>().id;
  });

  test('the resident and a supervisor can read it; another resident and an unrelated helper get 404', async () => {
    expect((await read(tokens.qiqige, id)).statusCode).toBe(200);
    expect((await read(tokens.supervisorLiu, id)).statusCode).toBe(200);
    expect((await read(tokens.zhangGuilan, id)).statusCode).toBe(404);
    expect((await read(tokens.helperWang, id)).statusCode).toBe(404);
  });

  test('the helper being offered it may read it before deciding', async () => {
    expect((await read(tokens.gridUrina, id)).statusCode).toBe(200);
  });

  test('lists hold only one’s own requests', async () => {
    const list = async (token: string) =>
      (await t.app.inject({ method: 'GET', url: '/api/requests', headers: bearer(token) })).json<{ items: { id: string }[] }>().items.map((r) => r.id);
    expect(await list(tokens.qiqige)).toContain(id);
    expect(await list(tokens.zhangGuilan)).not.toContain(id);
    expect(await list(tokens.helperWang)).not.toContain(id);
    expect(await list(tokens.supervisorLiu)).toContain(id);
  });

  test('a resident cannot see offers, nor accept one', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/offers', headers: bearer(tokens.qiqige) });
    expect(res.statusCode).toBe(403);
    const offer = (await offersOf(tokens.gridUrina)).find((o) => o.request.id === id);
    const stolen = await t.app.inject({ method: 'POST', url: `/api/offers/${offer?.id}/accept`, headers: bearer(tokens.helperWang) });
    expect(stolen.statusCode).toBe(404);
  });

  test('a resident cannot file for somebody else', async () => {
    const res = await file(tokens.zhangGuilan, { ...visit, forUserId: 'u-qiqige' });
    expect(res.statusCode).toBe(403);
  });
});

describe('the transition table is enforced', () => {
  let id: string;
  beforeAll(async () => {
    id = (await file(tokens.qiqige, visit)).json<RequestDetail>().id;
    const offer = (await offersOf(tokens.gridUrina)).find((o) => o.request.id === id);
    await t.app.inject({ method: 'POST', url: `/api/offers/${offer?.id}/accept`, headers: bearer(tokens.gridUrina) });
  });
  const move = (token: string, to: string, note?: string) =>
    t.app.inject({ method: 'POST', url: `/api/requests/${id}/transitions`, headers: bearer(token), payload: { to, ...(note ? { note } : {}) } });

  test('a resident cannot do the helper’s steps', async () => {
    const res = await move(tokens.qiqige, 'en_route');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('INVALID_TRANSITION');
  });

  test('the assigned helper walks the visit forward, each step recorded with who and why', async () => {
    expect((await move(tokens.gridUrina, 'scheduled', '约在周二上午')).statusCode).toBe(200);
    expect((await move(tokens.gridUrina, 'en_route')).statusCode).toBe(200);
    expect((await move(tokens.gridUrina, 'on_site')).json().error.code).toBe('INVALID_TRANSITION'); // only by checking in
    const onSite = await t.app.inject({ method: 'POST', url: `/api/requests/${id}/check-in`, headers: bearer(tokens.gridUrina), payload: {} });
    expect(onSite.json<RequestDetail>().status).toBe('on_site');
    const skip = await move(tokens.gridUrina, 'approved');
    expect(skip.json().error.code).toBe('INVALID_TRANSITION');
    const detail = (await read(tokens.qiqige, id)).json<RequestDetail>();
    const scheduled = detail.timeline.find((e) => e.to === 'scheduled');
    expect(scheduled).toMatchObject({ from: 'assigned', actor: 'helper', actorName: '乌日娜', note: '约在周二上午' });
  });

  test('only a supervisor terminates; the resident may withdraw', async () => {
    expect((await move(tokens.gridUrina, 'terminated')).statusCode).toBe(409);
    const withdrawn = await move(tokens.qiqige, 'withdrawn', '孩子已经帮我办了');
    expect(withdrawn.json<RequestDetail>().status).toBe('withdrawn');
    expect((await move(tokens.supervisorLiu, 'terminated')).statusCode).toBe(409);
  });
});

test('declining sends the request to the next best helper, with the reason on record', async () => {
  const created = (await file(tokens.qiqige, visit)).json<RequestDetail>();
  const offer = (await offersOf(tokens.gridUrina)).find((o) => o.request.id === created.id);
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/offers/${offer?.id}/decline`,
    headers: bearer(tokens.gridUrina),
    payload: { reason: '今天在外地' },
  });
  expect(res.statusCode).toBe(200);
  expect(res.json().status).toBe('declined');
  const detail = (await read(tokens.qiqige, created.id)).json<RequestDetail>();
  expect(detail.timeline.map((e) => e.to)).toEqual(['submitted', 'triaged', 'offered', 'triaged', 'offered']);
  expect(detail.timeline[3]?.note).toContain('今天在外地');
  expect((await offersOf(tokens.gridUrina)).some((o) => o.request.id === created.id)).toBe(false);
});
