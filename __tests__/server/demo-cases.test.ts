import { seedDemoCases } from '../../server/src/db/demo-cases';
import type { AvailabilityResponse, CaseBoardResponse } from '../../types';
import { bearer, createTestApp, signIn, DEMO, type TestApp } from './test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

test('npm start’s banner day: cases in every state the console deals with, all made through the API, once', async () => {
  expect(await seedDemoCases(t.app)).toBe(5);
  const statuses = (await t.app.db.selectFrom('requests').select('status').execute()).map((r) => r.status).sort();
  expect(statuses).toEqual(['assigned', 'assigned', 'offered', 'offered', 'rated']);
  const supervisor = await signIn(t.app, DEMO.supervisorLiu);
  const board = (await t.app.inject({ method: 'GET', url: '/api/supervision/cases', headers: bearer(supervisor) })).json<CaseBoardResponse>();
  expect(board.items.map((c) => c.deadlineState)).toEqual(expect.arrayContaining(['overdue', 'due_soon']));
  // The case due soon is planned within its deadline (moving a deadline after dispatch once left a plan past it).
  const dueSoon = board.items.find((c) => c.deadlineState === 'due_soon');
  expect(dueSoon?.dispatch?.day).toBeDefined();
  expect((dueSoon?.dispatch?.day ?? '') <= (dueSoon?.legalDeadline?.date ?? '')).toBe(true);
  // 其其格's ask for 加急 waits at the top of the board for a supervisor's answer
  expect(board.items[0]).toMatchObject({ residentName: '其其格', urgent: false, urgencyAsked: '下周要去旗医院住院，想在住院前办好' });
  expect(await t.app.db.selectFrom('ratings').select('id').execute()).toHaveLength(1);
  expect(await t.app.db.selectFrom('complaints').select('id').execute()).toHaveLength(1);
  // The Mongolian-speaking herder's visit went to a helper who speaks Mongolian.
  const mn = await t.app.db
    .selectFrom('requests')
    .innerJoin('helpers', 'helpers.user_id', 'requests.helper_id')
    .select('helpers.languages')
    .where('requests.needs_language', '=', 'mn')
    .executeTakeFirstOrThrow();
  expect(JSON.parse(mn.languages)).toContain('mn');
  // The 民生集市 day is on 其其格's booking page.
  const qiqige = await signIn(t.app, DEMO.qiqige);
  const availability = (await t.app.inject({ method: 'GET', url: '/api/availability?villageId=wushenzhao-wushenzhao', headers: bearer(qiqige) })).json<AvailabilityResponse>();
  expect(availability.agencyVisits).toContainEqual(expect.objectContaining({ kind: 'market', place: '乌审召镇民生集市', start: '10:00', end: '15:00' }));
  // A second start adds nothing.
  expect(await seedDemoCases(t.app)).toBe(0);
}, 60_000);
