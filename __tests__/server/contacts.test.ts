// "Who helps me" on the home screen: the help line, my village's grid worker, the helper on my latest open case.
import type { AvailabilityResponse, ContactsResponse } from '../../types';
import { bearer, createTestApp, signInDemo, DEMO, type TestApp } from './test-app';

let t: TestApp;
let tok: Record<keyof typeof DEMO, string>;
beforeAll(async () => {
  t = await createTestApp();
  tok = await signInDemo(t.app);
});
afterAll(() => t.close());

const contacts = async (token: string) => (await t.app.inject({ method: 'GET', url: '/api/me/contacts', headers: bearer(token) })).json<ContactsResponse>();

test('a resident gets her village’s grid worker and the help line', async () => {
  const c = await contacts(tok.qiqige);
  expect(c.gridWorkers.map((g) => g.name)).toContain('乌日娜');
  expect(c.helpLine).toMatch(/\d/);
});

test('and the next day the agency point serves her village: the first one her booking page offers; none without a village', async () => {
  const c = await contacts(tok.qiqige);
  const village = (await t.app.db.selectFrom('users').select('village_id').where('phone', '=', DEMO.qiqige).executeTakeFirstOrThrow()).village_id;
  const offered = (await t.app.inject({ method: 'GET', url: `/api/availability?villageId=${village}`, headers: bearer(tok.qiqige) })).json<AvailabilityResponse>().agencyVisits;
  expect(c.nextAgencyDay).toEqual(offered[0]);
  expect(c.nextAgencyDay?.day ?? '').toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect((await contacts(tok.supervisorLiu)).nextAgencyDay).toBeNull();
});

test('a grid worker living in her own grid is not offered herself to call', async () => {
  const me = await t.app.db.selectFrom('users').select(['id', 'village_id']).where('phone', '=', DEMO.gridUrina).executeTakeFirstOrThrow();
  const neighbour = await t.app.db.selectFrom('users').select('village_id').where('phone', '=', DEMO.qiqige).executeTakeFirstOrThrow();
  expect(me.village_id).toBe(neighbour.village_id);
  expect((await contacts(tok.gridUrina)).gridWorkers.map((g) => g.id)).not.toContain(me.id);
});

test('signed out: 401 with a code', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/api/me/contacts' });
  expect(res.statusCode).toBe(401);
  expect(res.json().error.code).toBe('UNAUTHENTICATED');
});
