// The kept case page (modules/requests/case-page-cache.ts): served while the case is unchanged, rebuilt after any
// change the triggers see, never shown to a reader who may not see the case, and never stale. Every other test file
// runs with the verify switch on as well, so each page they read twice is compared with a fresh build.
import { sql } from 'kysely';
import { CASE_RECORD_TABLES, EPOCH_TABLES } from '../../server/src/db/migrations/2026-11-27-0016-case-versions';
import { buildApp } from '../../server/src/app';
import { openDatabase } from '../../server/src/db/connect';
import { caseRow } from '../../server/src/modules/requests/request-detail.queries';
import { bearer, createTestApp, newKey, signInDemo, type TestApp } from './test-app';

let t: TestApp;
let tokens: Awaited<ReturnType<typeof signInDemo>>;

beforeEach(async () => {
  t = await createTestApp();
  tokens = await signInDemo(t.app);
});
afterEach(() => t.close());

async function file(token: string): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/requests',
    headers: { ...bearer(token), 'idempotency-key': newKey() },
    payload: { kind: 'callback', villageId: 'wushenzhao-wushenzhao', description: '请回电话' },
  });
  expect(res.statusCode).toBe(201);
  return res.json<{ id: string }>().id;
}

const read = (id: string, token: string) => t.app.inject({ method: 'GET', url: `/api/requests/${id}`, headers: bearer(token) });

test('every table the case page reads moves the case version or the shared epoch', () => {
  const text = caseRow.sqlOn(t.app.db);
  const read = new Set([...text.matchAll(/\b(?:from|join)\s+"([a-z_]+)"/gi)].map((m) => m[1]));
  // workbench-records.ts reads these when the row says there are any
  for (const table of ['check_ins', 'welfare_steps', 'authorisations', 'handovers', 'family_links', 'users']) read.add(table);
  const covered = new Set<string>(['requests', ...CASE_RECORD_TABLES, ...Object.keys(EPOCH_TABLES)]);
  expect([...read].filter((table) => !covered.has(table))).toEqual([]);
  expect(read.size).toBeGreaterThan(10);
});

test('a kept page is served until the case changes, then rebuilt', async () => {
  const id = await file(tokens.qiqige);
  const first = await read(id, tokens.qiqige);
  const again = await read(id, tokens.qiqige);
  expect(again.statusCode).toBe(200);
  expect(again.body).toBe(first.body);
  expect(again.headers['content-type']).toBe('application/json; charset=utf-8');

  // A change made straight in the database, behind every write path: the trigger still moves the version.
  await sql`update transitions set note = ${'督办补充说明'} where request_id = ${id} and to_status = 'submitted'`.execute(t.app.db);
  const changed = await read(id, tokens.qiqige);
  expect(changed.statusCode).toBe(200);
  expect(changed.json<{ timeline: { note: string | null }[] }>().timeline[0].note).toBe('督办补充说明');

  // A shared row: the resident's own name, shown as the filer.
  await sql`update users set name = ${'其其格（改）'} where phone = '13800000001'`.execute(t.app.db);
  await expect(read(id, tokens.qiqige).then((r) => r.json<{ filedBy: { name: string } }>().filedBy.name)).resolves.toBe('其其格（改）');
});

test('the page is kept per reader relation: staff see the phone, the resident does not, a stranger gets 404', async () => {
  const id = await file(tokens.qiqige);
  await read(id, tokens.supervisorLiu);
  await read(id, tokens.qiqige);
  const staff = await read(id, tokens.supervisorLiu);
  const own = await read(id, tokens.qiqige);
  expect(staff.json<{ residentPhone: string | null }>().residentPhone).toBe('13800000001');
  expect(own.json<{ residentPhone: string | null }>().residentPhone).toBeNull();
  const stranger = await read(id, tokens.bateer);
  expect(stranger.statusCode).toBe(404);
  expect(stranger.json<{ error: { code: string } }>().error.code).toBe('NOT_FOUND');
});

test('with verification on, a change no trigger saw fails the read instead of showing a stale page', async () => {
  const id = await file(tokens.qiqige);
  await read(id, tokens.qiqige);
  if (t.config.databaseUrl) await sql.raw('drop trigger case_rev_transitions on transitions').execute(t.app.db);
  else await sql.raw('drop trigger case_rev_transitions_upd').execute(t.app.db);
  await sql`update transitions set note = ${'没有触发器看见'} where request_id = ${id}`.execute(t.app.db);
  expect((await read(id, tokens.qiqige)).statusCode).toBe(500);
});

test('with the cache off and on (without verification) the same page is sent', async () => {
  const off = await createTestApp({ casePageCacheEntries: 0 });
  const on = await createTestApp({ casePageCacheVerify: false });
  try {
    const bodies: string[] = [];
    for (const app of [off.app, on.app]) {
      const token = (await signInDemo(app)).qiqige;
      const res = await app.inject({
        method: 'POST',
        url: '/api/requests',
        headers: { ...bearer(token), 'idempotency-key': newKey() },
        payload: { kind: 'callback', villageId: 'wushenzhao-wushenzhao', description: '请回电话' },
      });
      const id = res.json<{ id: string }>().id;
      await app.inject({ method: 'GET', url: `/api/requests/${id}`, headers: bearer(token) });
      const page = await app.inject({ method: 'GET', url: `/api/requests/${id}`, headers: bearer(token) });
      // ids, times and the plan sentence's date differ between the two databases; the shape and the rest do not
      bodies.push(page.body.replace(/"r-[0-9a-f-]+"/g, '"ID"').replace(/"\d{4}-\d\d-\d\dT[^"]+"/g, '"T"'));
    }
    expect(bodies[1]).toBe(bodies[0]);
  } finally {
    await off.close();
    await on.close();
  }
  // Two more apps, each migrating a database of its own (slow on a busy PostgreSQL).
}, 60_000);

test('a reader holding the current version is answered 304 with no body; after a change, the new page', async () => {
  const id = await file(tokens.qiqige);
  const first = await read(id, tokens.qiqige);
  const etag = first.headers.etag;
  expect(typeof etag).toBe('string');
  expect(first.headers['cache-control']).toBe('private, no-cache');
  const again = await t.app.inject({ method: 'GET', url: `/api/requests/${id}`, headers: { ...bearer(tokens.qiqige), 'if-none-match': String(etag) } });
  expect(again.statusCode).toBe(304);
  expect(again.body).toBe('');
  // Another reader relation has another version tag: the supervisor's copy is not the resident's.
  const staff = await t.app.inject({ method: 'GET', url: `/api/requests/${id}`, headers: { ...bearer(tokens.supervisorLiu), 'if-none-match': String(etag) } });
  expect(staff.statusCode).toBe(200);
  // Nor does a tag open somebody else's case.
  const stranger = await t.app.inject({ method: 'GET', url: `/api/requests/${id}`, headers: { ...bearer(tokens.bateer), 'if-none-match': String(etag) } });
  expect(stranger.statusCode).toBe(404);
  await t.app.inject({ method: 'POST', url: `/api/requests/${id}/transitions`, headers: { ...bearer(tokens.qiqige), 'idempotency-key': newKey() }, payload: { to: 'withdrawn' } });
  const changed = await t.app.inject({ method: 'GET', url: `/api/requests/${id}`, headers: { ...bearer(tokens.qiqige), 'if-none-match': String(etag) } });
  expect(changed.statusCode).toBe(200);
  expect(changed.json<{ status: string }>().status).toBe('withdrawn');
  expect(changed.headers.etag).not.toBe(etag);
});

test('two API processes on one database: a change made through one shows through the other, which had kept the page', async () => {
  // A second app on its own connection, as a second process behind the load balancer would be.
  const other = await buildApp(t.config, { handle: openDatabase(t.config), logger: false });
  try {
    const id = await file(tokens.qiqige);
    const viaOther = () => other.inject({ method: 'GET', url: `/api/requests/${id}`, headers: bearer(tokens.qiqige) });
    await viaOther();
    expect((await viaOther()).json<{ status: string }>().status).toBe('offered');
    const withdrawn = await t.app.inject({
      method: 'POST',
      url: `/api/requests/${id}/transitions`,
      headers: { ...bearer(tokens.qiqige), 'idempotency-key': newKey() },
      payload: { to: 'withdrawn' },
    });
    expect(withdrawn.statusCode).toBe(200);
    expect((await viaOther()).json<{ status: string }>().status).toBe('withdrawn');
  } finally {
    await other.close();
  }
}, 60_000);
