// 企业数字名片: the contact issues the card's link, anyone opens it without an account and reads the licence's facts
// and the project's progress (always current, nothing personal), each opening is counted, a replaced or withdrawn
// link stops working, and a retried issue does not replace the link twice.
import jsQR from 'jsqr';
import type { ApiErrorBody, EnterpriseCard, EnterpriseCardState } from '../../types';
import { bearer, createTestApp, newKey, signIn, signInDemo, type TestApp } from './test-app';

let t: TestApp;
let contact = '';
let supervisor = '';
const ENTERPRISE = 'e-demo-suligelvneng';
const CARD = `/api/enterprises/${ENTERPRISE}/card`;

beforeAll(async () => {
  t = await createTestApp();
  contact = await signIn(t.app, '13600000001');
  supervisor = (await signInDemo(t.app)).supervisorLiu;
});
afterAll(() => t.close());

const issue = async (token: string, key = newKey()) => {
  const res = await t.app.inject({ method: 'POST', url: CARD, headers: { ...bearer(token), 'idempotency-key': key } });
  expect(res.statusCode).toBe(200);
  const state = res.json<EnterpriseCardState>();
  if (!state.card) throw new Error('no card issued');
  return state.card;
};
const open = (cardToken: string) => t.app.inject({ method: 'GET', url: `/api/cards/${cardToken}` });
/**
 * Draws the QR code's SVG (a square viewBox, dark modules as unit-high horizontal strokes: "M x y.5 h n m dx dy …")
 * into RGBA pixels, `scale` pixels per module, as a camera would see it printed.
 */
function rasterise(svg: string, scale: number): { data: Uint8ClampedArray; width: number; height: number } {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1] ?? 0);
  const width = size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  const path = /stroke="#000000" d="([^"]+)"/.exec(svg)?.[1] ?? '';
  let x = 0;
  let y = 0;
  for (const [, op, a = '0', b = '0'] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (op === 'M') [x, y] = [Number(a), Number(b)];
    else if (op === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else {
      const row = Math.floor(y);
      for (let col = x; col < x + Number(a); col++) {
        for (let py = row * scale; py < (row + 1) * scale; py++) {
          for (let px = col * scale; px < (col + 1) * scale; px++) data.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
        }
      }
      x += Number(a);
    }
  }
  return { data, width, height: width };
}

const state = async (token: string) => (await t.app.inject({ method: 'GET', url: CARD, headers: bearer(token) })).json<EnterpriseCardState>();

test('before it is issued there is no card', async () => {
  expect(await state(contact)).toEqual({ card: null });
});

test('the contact issues the link; anyone opens it without an account and reads the licence and the progress, nothing personal', async () => {
  const card = await issue(contact);
  expect(card.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
  expect(card.url).toBe(`http://localhost:80/#/pages/card/index?t=${card.token}`);
  expect(card.qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,[A-Za-z0-9+/]+=*$/);
  // The QR code, drawn and read back as a phone's camera would, is the link.
  const image = rasterise(Buffer.from(card.qrDataUrl.split(',')[1] ?? '', 'base64').toString('utf8'), 8);
  expect(jsQR(image.data, image.width, image.height)?.data).toBe(card.url);

  const res = await open(card.token);
  expect(res.statusCode).toBe(200);
  expect(res.headers['cache-control']).toBe('no-store');
  const body = res.json<EnterpriseCard>();
  expect(body).toMatchObject({
    name: '乌审旗苏里格绿能新材料有限公司（演示）',
    creditCode: '91150626MA0N8D2K3X',
    legalPerson: '高建华',
    townshipName: '苏里格经济开发区',
    helpLine: '12345',
    issuedAt: card.issuedAt,
  });
  expect(body.projects[0]).toMatchObject({ done: 3, total: 7, current: { kind: 'construction_permit', name: '施工许可', status: 'in_progress' } });
  expect(body.credentials).toContainEqual({ name: '营业执照', number: null, issuedOn: '2026-03-10', milestone: '企业开办' });
  expect(body.serviceHelpers).toContain('巴雅尔');
  // No phone number, no file address, no account id anywhere in it.
  expect(res.body).not.toMatch(/1[3-9][0-9]{9}|\/api\/|u-enterprise/);

  const after = (await state(contact)).card;
  expect(after).toMatchObject({ token: card.token, views: 1 });
  expect(after?.lastViewedAt).not.toBeNull();
});

test('the card is read from the archive each time it is opened', async () => {
  const card = await issue(supervisor);
  const before = (await open(card.token)).json<EnterpriseCard>();
  const milestone = await t.app.db
    .selectFrom('project_milestones')
    .select('id')
    .where('kind', '=', 'construction_permit')
    .where('project_id', 'in', t.app.db.selectFrom('enterprise_projects').select('id').where('enterprise_id', '=', ENTERPRISE))
    .executeTakeFirstOrThrow();
  const updated = await t.app.inject({
    method: 'PATCH',
    url: `/api/enterprise-milestones/${milestone.id}`,
    headers: { ...bearer(supervisor), 'idempotency-key': newKey() },
    payload: { status: 'done', completedOn: '2026-11-20', documents: [{ name: '建筑工程施工许可证', number: '150626202611200101' }] },
  });
  expect(updated.statusCode).toBe(200);
  const now = (await open(card.token)).json<EnterpriseCard>();
  expect(before.projects[0]?.done).toBe(3);
  expect(now.projects[0]).toMatchObject({ done: 4, current: { name: '开工', status: 'not_started' } });
  expect(now.credentials).toContainEqual({ name: '建筑工程施工许可证', number: '150626202611200101', issuedOn: null, milestone: '施工许可' });
});

test('issuing again replaces the link: the old one answers NOT_FOUND, the count starts again; a retried issue replaces it once', async () => {
  const first = await issue(contact);
  await open(first.token);
  const key = newKey();
  const second = await issue(contact, key);
  const retried = await issue(contact, key);
  expect(second.token).not.toBe(first.token);
  expect(retried.token).toBe(second.token);
  expect((await state(contact)).card).toMatchObject({ token: second.token, views: 0 });
  const old = await open(first.token);
  expect(old.statusCode).toBe(404);
  expect(old.json<ApiErrorBody>().error.code).toBe('NOT_FOUND');
  expect((await open(second.token)).statusCode).toBe(200);
});

test('withdrawing the link: it stops working at once, and the state says there is no card', async () => {
  const card = await issue(contact);
  const res = await t.app.inject({ method: 'DELETE', url: CARD, headers: bearer(contact) });
  expect(res.statusCode).toBe(200);
  expect(res.json<EnterpriseCardState>()).toEqual({ card: null });
  expect((await open(card.token)).statusCode).toBe(404);
  expect(await state(supervisor)).toEqual({ card: null });
  expect(await t.app.db.selectFrom('enterprise_cards').selectAll().execute()).toEqual([]);
});

test('a malformed link is a coded validation error, an unknown one NOT_FOUND; neither counts or changes anything', async () => {
  const card = await issue(contact);
  for (const bad of ['short', 'x'.repeat(23), '%3Cscript%3E0123456789abcdef']) {
    const res = await open(bad);
    expect(res.statusCode).toBe(400);
    expect(res.json<ApiErrorBody>().error.code).toBe('VALIDATION_FAILED');
  }
  const unknown = await open('A'.repeat(22));
  expect(unknown.statusCode).toBe(404);
  expect((await state(contact)).card).toMatchObject({ token: card.token, views: 0 });
});

test('the helper of a milestone reads the archive but does not manage its card', async () => {
  const helper = await signIn(t.app, '13900000017');
  expect((await t.app.inject({ method: 'GET', url: `/api/enterprises/${ENTERPRISE}`, headers: bearer(helper) })).statusCode).toBe(200);
  expect((await t.app.inject({ method: 'POST', url: CARD, headers: { ...bearer(helper), 'idempotency-key': newKey() } })).statusCode).toBe(403);
});
