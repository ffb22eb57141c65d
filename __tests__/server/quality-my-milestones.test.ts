// 一企一档 from the helper's side: GET /api/me/milestones lists the milestones assigned to the caller (helpers and
// grid workers only), with the enterprise and project they belong to; an update shows there at once.
import type { MyMilestoneListResponse } from '../../types';
import { bearer, createTestApp, newKey, signIn, DEMO, type TestApp } from './test-app';

let t: TestApp;
let tok: Record<'bayaer' | 'wang' | 'resident' | 'contact' | 'supervisor', string>;
beforeAll(async () => {
  t = await createTestApp();
  const [bayaer, wang, resident, contact, supervisor] = await Promise.all(['13900000017', DEMO.helperWang, DEMO.qiqige, '13600000001', DEMO.supervisorLiu].map((phone) => signIn(t.app, phone)));
  tok = { bayaer: bayaer ?? '', wang: wang ?? '', resident: resident ?? '', contact: contact ?? '', supervisor: supervisor ?? '' };
});
afterAll(() => t.close());

const mine = (token: string) => t.app.inject({ method: 'GET', url: '/api/me/milestones', headers: bearer(token) });

test('a helper sees the milestones assigned to them, with enterprise and project, and nobody else’s', async () => {
  const res = await mine(tok.bayaer);
  expect(res.statusCode).toBe(200);
  const items = res.json<MyMilestoneListResponse>().items;
  expect(items.length).toBeGreaterThan(0);
  for (const m of items) expect(m).toMatchObject({ helper: { id: 'u-bayaer', name: '巴雅尔' }, enterpriseId: 'e-demo-suligelvneng', enterpriseName: expect.any(String), projectName: expect.any(String) });
  expect(items[0]).toMatchObject({ name: '企业开办', status: 'done', documents: [{ name: '营业执照' }] });
  expect((await mine(tok.wang)).json<MyMilestoneListResponse>().items).toEqual([]);
});

test('an update by the helper shows in their list', async () => {
  const open = (await mine(tok.bayaer)).json<MyMilestoneListResponse>().items.find((m) => m.status !== 'done');
  expect(open).toBeDefined();
  const saved = await t.app.inject({
    method: 'POST',
    url: `/api/enterprise-milestones/${open?.id ?? 0}`,
    headers: { ...bearer(tok.bayaer), 'idempotency-key': newKey() },
    payload: { note: '材料已齐' },
  });
  expect(saved.statusCode).toBe(200);
  expect((await mine(tok.bayaer)).json<MyMilestoneListResponse>().items.find((m) => m.id === open?.id)?.note).toBe('材料已齐');
});

test('residents, enterprise contacts and supervisors get 403; no session gets 401', async () => {
  expect((await mine(tok.resident)).statusCode).toBe(403);
  expect((await mine(tok.contact)).statusCode).toBe(403);
  expect((await mine(tok.supervisor)).statusCode).toBe(403);
  expect((await t.app.inject({ method: 'GET', url: '/api/me/milestones' })).statusCode).toBe(401);
});
