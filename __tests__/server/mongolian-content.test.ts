// Traditional Mongolian beside the Chinese: places, the catalogue and the notes the system writes on a timeline.
import type { RequestDetail, ServiceItemView, TownshipView } from '../../types';
import { serviceItems, townships, villages } from '../../server/src/db/seed-data';
import { seedDemoData } from '../../server/src/db/seed';
import { bearer, createTestApp, newKey, signIn, DEMO, type TestApp } from './test-app';

let t: TestApp;
let qiqige: string;
let supervisor: string;

beforeAll(async () => {
  t = await createTestApp();
  qiqige = await signIn(t.app, DEMO.qiqige);
  supervisor = await signIn(t.app, DEMO.supervisorLiu);
});
afterAll(() => t.close());

const MONGOLIAN = /^[\u1800-\u18AF\u202F\s0-9()《》«»᠂᠃.,/-]+$/u;

test('every township and village is sent with its traditional Mongolian name beside the Chinese', async () => {
  const places = (await t.app.inject({ method: 'GET', url: '/api/places' })).json<TownshipView[]>();
  expect(places).toHaveLength(townships.length);
  const all = [...places, ...places.flatMap((p) => p.villages)];
  expect(all).toHaveLength(townships.length + villages.length);
  for (const place of all) expect(place.nameMn).toMatch(MONGOLIAN);
  expect(places.find((p) => p.id === 'wushenzhao')).toMatchObject({ name: '乌审召镇', nameMn: 'ᠦᠦᠰᠢᠨ ᠵᠣᠣ ᠪᠠᠯᠭᠠᠰᠤ' });
});

test('every catalogue item has a Mongolian name, department, fee and guide, and every material a Mongolian name', async () => {
  const items = (await t.app.inject({ method: 'GET', url: '/api/catalogue' })).json<ServiceItemView[]>();
  expect(items).toHaveLength(serviceItems.length);
  for (const item of items) {
    for (const text of [item.nameMn, item.departmentMn, item.feeMn, item.guideMn]) expect(text).toMatch(MONGOLIAN);
    for (const m of item.materials) {
      expect(m.nameMn).toMatch(MONGOLIAN);
      if (m.note) expect(m.noteMn).toMatch(MONGOLIAN);
    }
  }
  // The material's identity stays its Chinese name: applications still name materials by it.
  const pension = items.find((i) => i.id === 'resident-pension-claim');
  expect(pension?.materials[0]).toMatchObject({ name: '居民身份证' });
});

test('a supervisor’s edit keeps the Mongolian of what did not change and drops it where the Chinese changed', async () => {
  const before = (await t.app.inject({ method: 'GET', url: '/api/catalogue/senior-allowance' })).json<ServiceItemView>();
  const body = {
    name: before.name,
    department: before.department,
    timeLimitDays: before.timeLimitDays,
    fee: before.fee,
    promiseAllowed: before.promiseAllowed,
    deferralAllowed: before.deferralAllowed,
    online: before.online,
    guide: `${before.guide}（已更新）`,
    keywords: before.keywords,
    materials: before.materials.map((m, i) => ({ name: i === 0 ? `${m.name}（原件）` : m.name, form: m.form, count: m.count, deferrable: m.deferrable, ...(m.note ? { note: m.note } : {}) })),
  };
  const res = await t.app.inject({ method: 'PUT', url: '/api/supervision/catalogue/senior-allowance', headers: { ...bearer(supervisor), 'idempotency-key': newKey() }, payload: body });
  expect(res.statusCode).toBe(200);
  const after = (await t.app.inject({ method: 'GET', url: '/api/catalogue/senior-allowance' })).json<ServiceItemView>();
  expect(after.nameMn).toBe(before.nameMn);
  expect(after.feeMn).toBe(before.feeMn);
  expect(after.guideMn).toBeUndefined(); // the app shows the new Chinese guide
  expect(after.materials[0]?.nameMn).toBeUndefined();
  expect(after.materials[1]?.nameMn).toBe(before.materials[1]?.nameMn);
  // Seeding again does not put the old translation back on the edited guide.
  await seedDemoData(t.app.db);
  const reseeded = (await t.app.inject({ method: 'GET', url: '/api/catalogue/senior-allowance' })).json<ServiceItemView>();
  expect(reseeded.guideMn).toBeUndefined();
});

test('a case carries the Mongolian place and item names, and the system’s notes as codes beside the Chinese text', async () => {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/requests',
    headers: { ...bearer(qiqige), 'idempotency-key': newKey() },
    payload: { kind: 'delegate', villageId: 'wushenzhao-wushenzhao', serviceItemId: 'id-card-renewal', description: '身份证到期', materials: [{ name: '原居民身份证', status: 'provided' }, { name: '居民户口簿', status: 'provided' }] },
  });
  expect(res.statusCode).toBe(201);
  const created = res.json<RequestDetail>();
  expect(created).toMatchObject({ villageNameMn: 'ᠦᠦᠰᠢᠨ ᠵᠣᠣ ᠭᠠᠴᠠᠭ᠎ᠠ', townshipNameMn: 'ᠦᠦᠰᠢᠨ ᠵᠣᠣ ᠪᠠᠯᠭᠠᠰᠤ' });
  expect(created.serviceItemNameMn).toMatch(MONGOLIAN);
  const triaged = created.timeline.find((e) => e.to === 'triaged');
  expect(triaged).toMatchObject({ note: '类型：代办', noteKey: 'kind', noteParams: { kind: 'delegate' } });
  const submitted = created.timeline.find((e) => e.to === 'submitted');
  expect(submitted?.noteKey).toBeUndefined();
  const offered = created.timeline.find((e) => e.to === 'offered');
  if (offered) expect(offered.noteKey).toBe('dispatched');

  const list = (await t.app.inject({ method: 'GET', url: '/api/requests', headers: bearer(qiqige) })).json<{ items: RequestDetail[] }>();
  expect(list.items.find((r) => r.id === created.id)).toMatchObject({ villageNameMn: 'ᠦᠦᠰᠢᠨ ᠵᠣᠣ ᠭᠠᠴᠠᠭ᠎ᠠ' });
});

test('a place or item without a translation is sent without the Mongolian field (the app shows the Chinese)', async () => {
  await t.app.db.updateTable('villages').set({ name_mn: null }).where('id', '=', 'galutu-hurehu').execute();
  const places = (await t.app.inject({ method: 'GET', url: '/api/places' })).json<TownshipView[]>();
  const village = places.flatMap((p) => p.villages).find((v) => v.id === 'galutu-hurehu');
  expect(village).toEqual({ id: 'galutu-hurehu', name: '呼热胡社区', kind: 'community' });
  await seedDemoData(t.app.db); // a database seeded before the translations gets them on the next start
  const again = (await t.app.inject({ method: 'GET', url: '/api/places' })).json<TownshipView[]>();
  expect(again.flatMap((p) => p.villages).find((v) => v.id === 'galutu-hurehu')?.nameMn).toMatch(MONGOLIAN);
});
