// 一企一档: the seeded demo archive, who sees which enterprise (contact: their own; helper: where they hold a
// milestone; supervisor: all), milestone updates and their date rules, and the contact account with the new role.
import type { EnterpriseArchive, EnterpriseListResponse, MessageListResponse, UserView } from '../../types';
import { seedDemoData } from '../../server/src/db/seed';
import { bannerDate, shiftDay } from '../../server/src/lib/working-days';
import { bearer, createTestApp, newKey, signIn, DEMO, type TestApp, signInDemo } from './test-app';

let t: TestApp;
const tok = {} as Record<keyof typeof DEMO | 'contact' | 'bayaer', string>;
const DEMO_ENTERPRISE = 'e-demo-suligelvneng';
beforeAll(async () => {
  t = await createTestApp();
  Object.assign(tok, await signInDemo(t.app));
  tok.contact = await signIn(t.app, '13600000001');
  tok.bayaer = await signIn(t.app, '13900000017');
});
afterAll(() => t.close());

const send = (method: 'POST' | 'PUT' | 'PATCH', token: string, url: string, payload: object) =>
  t.app.inject({ method, url, headers: { ...bearer(token), 'idempotency-key': newKey() }, payload });
const get = (token: string, url: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });
const profile = {
  name: '乌审旗草原羊绒制品有限公司',
  creditCode: '91150626MA0R7T4P2Q',
  legalPerson: '朝鲁',
  industry: '羊绒加工',
  townshipId: 'galutu',
  address: '嘎鲁图镇工业园区',
  contactName: '其木格',
  contactPhone: '13600000077',
};

test('the demo enterprise contact signs in with the enterprise role and sees the archive and its progress', async () => {
  expect((await get(tok.contact, '/api/me')).json<UserView>().roles).toEqual(['enterprise']);
  const list = (await get(tok.contact, '/api/enterprises')).json<EnterpriseListResponse>();
  expect(list.items).toEqual([expect.objectContaining({ id: DEMO_ENTERPRISE, townshipName: '苏里格经济开发区', projects: 1, milestonesDone: 3, milestonesTotal: 7 })]);
  const archive = (await get(tok.contact, `/api/enterprises/${DEMO_ENTERPRISE}`)).json<EnterpriseArchive>();
  expect(archive.contactPhone).toBe('13600000001');
  expect(archive.projects[0]?.milestones.map((m) => [m.name, m.status])).toEqual([
    ['企业开办', 'done'],
    ['立项用地规划', 'done'],
    ['工程建设许可', 'done'],
    ['施工许可', 'in_progress'],
    ['开工', 'not_started'],
    ['竣工验收', 'not_started'],
    ['投产', 'not_started'],
  ]);
  expect(archive.projects[0]?.milestones[0]).toMatchObject({ helper: { id: 'u-bayaer', name: '巴雅尔' }, documents: [{ name: '营业执照', number: null, issuedOn: '2026-03-10' }] });
});

test('a supervisor opens an archive; its new contact gets an account that sees only that enterprise', async () => {
  const created = await send('POST', tok.supervisorLiu, '/api/enterprises', profile);
  expect(created.statusCode).toBe(201);
  const e = created.json<EnterpriseArchive>();
  expect(e).toMatchObject({ name: profile.name, townshipName: '嘎鲁图镇', contactPhone: '13600000077', projects: [] });
  const withProject = await send('POST', tok.supervisorLiu, `/api/enterprises/${e.id}/projects`, { name: '羊绒深加工扩建', investment: '8000万元', site: '嘎鲁图镇工业园区', description: '' });
  expect(withProject.statusCode).toBe(201);
  expect(withProject.json<EnterpriseArchive>().projects[0]).toMatchObject({ done: 0, total: 7 });

  const newContact = await signIn(t.app, '13600000077');
  expect((await get(newContact, '/api/me')).json<UserView>().roles).toEqual(['enterprise']);
  expect((await get(newContact, '/api/enterprises')).json<EnterpriseListResponse>().items.map((x) => x.id)).toEqual([e.id]);
  expect((await get(newContact, `/api/enterprises/${DEMO_ENTERPRISE}`)).statusCode).toBe(404);
  expect((await get(tok.contact, `/api/enterprises/${e.id}`)).statusCode).toBe(404);
  expect((await get(tok.supervisorLiu, '/api/enterprises')).json<EnterpriseListResponse>().items.map((x) => x.id).sort()).toEqual([DEMO_ENTERPRISE, e.id].sort());

  // Handing the archive to another contact takes it away from the first.
  const moved = await send('PUT', tok.supervisorLiu, `/api/enterprises/${e.id}`, { ...profile, contactName: '其其格', contactPhone: DEMO.qiqige });
  expect(moved.json<EnterpriseArchive>().contactName).toBe('其其格');
  expect((await get(tok.qiqige, '/api/me')).json<UserView>().roles).toEqual(['resident', 'enterprise']);
  expect((await get(tok.qiqige, `/api/enterprises/${e.id}`)).statusCode).toBe(200);
  expect((await get(newContact, `/api/enterprises/${e.id}`)).statusCode).toBe(403);
});

test('profiles are checked: one archive per credit code, a real township, a credit code of the right shape', async () => {
  expect((await send('POST', tok.supervisorLiu, '/api/enterprises', { ...profile, contactPhone: '13600000078' })).json().error.field).toBe('creditCode');
  expect((await send('POST', tok.supervisorLiu, '/api/enterprises', { ...profile, creditCode: '91150626MA0R7T4P2Y', townshipId: 'atlantis' })).json().error.field).toBe('townshipId');
  expect((await send('POST', tok.supervisorLiu, '/api/enterprises', { ...profile, creditCode: '123' })).statusCode).toBe(400);
  expect((await send('POST', tok.contact, '/api/enterprises', { ...profile, creditCode: '91150626MA0R7T4P2W' })).statusCode).toBe(403);
  expect((await send('PUT', tok.contact, `/api/enterprises/${DEMO_ENTERPRISE}`, profile)).statusCode).toBe(403);
});

test('residents see no archive; a helper sees the one where they hold a milestone, with the contact’s phone masked', async () => {
  expect((await get(tok.zhangGuilan, '/api/enterprises')).statusCode).toBe(403);
  expect((await get(tok.zhangGuilan, `/api/enterprises/${DEMO_ENTERPRISE}`)).statusCode).toBe(403);
  expect((await get(tok.bayaer, '/api/enterprises')).json<EnterpriseListResponse>().items.map((x) => x.id)).toEqual([DEMO_ENTERPRISE]);
  expect((await get(tok.bayaer, `/api/enterprises/${DEMO_ENTERPRISE}`)).json<EnterpriseArchive>().contactPhone).toBe('136****0001');
  expect((await get(tok.helperWang, '/api/enterprises')).json<EnterpriseListResponse>().items).toEqual([]);
  expect((await get(tok.helperWang, `/api/enterprises/${DEMO_ENTERPRISE}`)).statusCode).toBe(404);
});

test('milestones: the assigned helper updates theirs, the supervisor assigns, the contact follows and is told', async () => {
  const archive = (await get(tok.supervisorLiu, `/api/enterprises/${DEMO_ENTERPRISE}`)).json<EnterpriseArchive>();
  const [, , , permit, groundbreaking] = archive.projects[0]?.milestones ?? [];
  const patch = (token: string, id: number | undefined, payload: object) => send('PATCH', token, `/api/enterprise-milestones/${id}`, payload);

  const done = await patch(tok.bayaer, permit?.id, { status: 'done', documents: [{ name: '建筑工程施工许可证', number: '150626202611270101', issuedOn: bannerDate() }] });
  expect(done.statusCode).toBe(200);
  const updated = done.json<EnterpriseArchive>().projects[0]?.milestones[3];
  expect(updated).toMatchObject({ status: 'done', startedOn: '2026-08-01', completedOn: bannerDate(), documents: [{ name: '建筑工程施工许可证', number: '150626202611270101' }] });
  const contactInbox = (await get(tok.contact, '/api/messages')).json<MessageListResponse>();
  expect(contactInbox.items.some((m) => m.kind === 'milestone' && m.body === `${DEMO_ENTERPRISE}|construction_permit|done`)).toBe(true);

  expect((await patch(tok.bayaer, groundbreaking?.id, { status: 'in_progress' })).statusCode).toBe(404);
  expect((await patch(tok.bayaer, permit?.id, { helperId: 'u-wanghaijun' })).statusCode).toBe(403);
  expect((await patch(tok.contact, permit?.id, { note: '我们来改' })).statusCode).toBe(403);
  expect((await patch(tok.helperWang, permit?.id, { note: 'x' })).statusCode).toBe(404);

  const assigned = await patch(tok.supervisorLiu, groundbreaking?.id, { helperId: 'u-wanghaijun', plannedOn: '2027-04-01' });
  expect(assigned.json<EnterpriseArchive>().projects[0]?.milestones[4]?.helper).toEqual({ id: 'u-wanghaijun', name: '王海军' });
  expect((await get(tok.helperWang, '/api/messages')).json<MessageListResponse>().items.some((m) => m.kind === 'milestone_assigned')).toBe(true);
  expect((await get(tok.helperWang, `/api/enterprises/${DEMO_ENTERPRISE}`)).statusCode).toBe(200);
  const started = (await patch(tok.helperWang, groundbreaking?.id, { status: 'in_progress' })).json<EnterpriseArchive>();
  expect(started.projects[0]?.milestones[4]).toMatchObject({ status: 'in_progress', startedOn: bannerDate(), completedOn: null });
  expect((await get(tok.contact, '/api/enterprises')).json<EnterpriseListResponse>().items[0]).toMatchObject({ milestonesDone: 4, milestonesTotal: 7 });
});

test('milestone dates follow the status and never run backwards or into the future', async () => {
  const archive = (await get(tok.supervisorLiu, `/api/enterprises/${DEMO_ENTERPRISE}`)).json<EnterpriseArchive>();
  const production = archive.projects[0]?.milestones[6];
  const patch = (payload: object) => send('PATCH', tok.supervisorLiu, `/api/enterprise-milestones/${production?.id}`, payload);
  expect((await patch({ status: 'done', startedOn: '2026-06-01', completedOn: '2026-05-01' })).json().error.field).toBe('completedOn');
  expect((await patch({ status: 'in_progress', completedOn: '2026-05-01' })).json().error.field).toBe('completedOn');
  expect((await patch({ status: 'in_progress', startedOn: shiftDay(bannerDate(), 2) })).json().error.field).toBe('startedOn');
  expect((await patch({ status: 'in_progress', startedOn: '2026-02-30' })).json().error.field).toBe('startedOn');
  expect((await patch({ status: 'finished' })).statusCode).toBe(400);
  expect((await patch({})).statusCode).toBe(400);
  const blocked = (await patch({ status: 'blocked', note: '等待环评批复' })).json<EnterpriseArchive>();
  expect(blocked.projects[0]?.milestones[6]).toMatchObject({ status: 'blocked', note: '等待环评批复', completedOn: null });
  expect((await send('PATCH', tok.supervisorLiu, '/api/enterprise-milestones/999999', { note: 'x' })).statusCode).toBe(404);
  expect((await send('PATCH', tok.supervisorLiu, '/api/enterprise-milestones/abc', { note: 'x' })).statusCode).toBe(400);
});

test('the demo seed runs again at every start without duplicating or undoing anything', async () => {
  await seedDemoData(t.app.db);
  await seedDemoData(t.app.db);
  const archive = (await get(tok.supervisorLiu, `/api/enterprises/${DEMO_ENTERPRISE}`)).json<EnterpriseArchive>();
  expect(archive.projects).toHaveLength(1);
  expect(archive.projects[0]?.milestones).toHaveLength(7);
  // The milestone the helper finished earlier in this file stays finished.
  expect(archive.projects[0]?.milestones[3]?.status).toBe('done');
});
