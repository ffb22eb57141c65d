// Every object route, called as every role (OWASP ASVS 8.2.2): the resident it belongs to, another resident, a family
// member who has not been confirmed, a helper not on the case, the assigned helper, a supervisor. Exactly the
// expected ones may read and write; everyone else gets a 404 that says nothing about the object.
import type { OfferListResponse, RequestDetail, UploadView } from '../../types';
import { signInMatrixRoles, WHO, type Who } from './matrix-roles';
import { bearer, createTestApp, newKey, type TestApp } from './test-app';
import { PNG_1X1, multipart } from './fixtures';

let t: TestApp;
let token: Record<Who, string>;
let caseId: string;
let photoUrl: string;

beforeAll(async () => {
  t = await createTestApp();
  token = await signInMatrixRoles(t.app);
  const { payload, headers } = multipart(PNG_1X1, 'id.png', 'image/png');
  const photo = (await t.app.inject({ method: 'POST', url: '/api/uploads?kind=photo', headers: { ...bearer(token.owner), ...headers }, payload })).json<UploadView>();
  photoUrl = photo.url;
  const materials = ['居民身份证', '居民户口簿', '社会保障卡或本人银行卡', '《高龄津贴申请审批表》', '近期一寸免冠彩色照片'].map((name) =>
    name === '居民身份证' ? { name, status: 'provided', uploadIds: [photo.id] } : { name, status: 'provided' },
  );
  caseId = (
    await t.app.inject({
      method: 'POST',
      url: '/api/requests',
      headers: { ...bearer(token.owner), 'idempotency-key': newKey() },
      payload: { kind: 'delegate', villageId: 'wushenzhao-wushenzhao', description: '代办高龄津贴', serviceItemId: 'senior-allowance', materials },
    })
  ).json<RequestDetail>().id;
  const offers = (await t.app.inject({ method: 'GET', url: '/api/offers', headers: bearer(token.assignedHelper) })).json<OfferListResponse>();
  const offer = offers.items.find((o) => o.request.id === caseId);
  await t.app.inject({ method: 'POST', url: `/api/offers/${offer?.id}/accept`, headers: bearer(token.assignedHelper) });
});
afterAll(() => t.close());

async function statuses(call: (who: Who) => Promise<number>): Promise<Record<Who, number>> {
  const out = {} as Record<Who, number>;
  for (const who of WHO) out[who] = await call(who);
  return out;
}
const get = (url: string) => (who: Who) => t.app.inject({ method: 'GET', url, headers: bearer(token[who]) }).then((r) => r.statusCode);
const post = (url: string, payload: object) => (who: Who) =>
  t.app.inject({ method: 'POST', url, headers: { ...bearer(token[who]), 'idempotency-key': newKey() }, payload }).then((r) => r.statusCode);

const readers = { owner: 200, otherResident: 404, unconfirmedFamily: 404, unassignedHelper: 404, assignedHelper: 200, supervisor: 200 };

test('reading a case and its files', async () => {
  expect(await statuses(get(`/api/requests/${caseId}`))).toEqual(readers);
  expect(await statuses(get(photoUrl))).toEqual(readers);
});

test('lists hold only what is one’s own', async () => {
  const listed = async (who: Who) =>
    (await t.app.inject({ method: 'GET', url: '/api/requests', headers: bearer(token[who]) })).json<{ items: { id: string }[] }>().items.some((r) => r.id === caseId) ? 200 : 404;
  expect(await statuses(listed)).toEqual(readers);
});

test('the helper’s writes: only the assigned helper; others cannot tell the case exists', async () => {
  // Each call is refused for everyone but the assigned helper, whose call fails only on the case's state (409).
  const helperWrite = { owner: 403, otherResident: 404, unconfirmedFamily: 404, unassignedHelper: 404, assignedHelper: 409, supervisor: 403 };
  expect(await statuses(post(`/api/requests/${caseId}/check-in`, {}))).toEqual(helperWrite);
  expect(await statuses(post(`/api/requests/${caseId}/handovers`, { kind: 'helper_to_resident', items: [{ name: '结果', form: 'original', count: 1 }], fromSignatureId: 'x', toSignatureId: 'y' }))).toEqual(helperWrite);
  expect(await statuses(get(`/api/requests/${caseId}/authorisation-letter?kind=authorisation`))).toEqual({ ...helperWrite, assignedHelper: 200 });
});

test('status changes: each side only its own steps', async () => {
  // Moving an assigned case to 'scheduled' is the helper's (or a supervisor's) step; the resident's is to withdraw.
  const schedule = await statuses(post(`/api/requests/${caseId}/transitions`, { to: 'en_route', note: 'x' }));
  expect(schedule).toEqual({ owner: 409, otherResident: 404, unconfirmedFamily: 404, unassignedHelper: 404, assignedHelper: 200, supervisor: 409 });
});

test('filing for someone needs their confirmed consent', async () => {
  const file = (who: Who) =>
    t.app
      .inject({
        method: 'POST',
        url: '/api/requests',
        headers: { ...bearer(token[who]), 'idempotency-key': newKey() },
        payload: { kind: 'callback', villageId: 'wushenzhao-wushenzhao', description: '请回电', forUserId: 'u-qiqige' },
      })
      .then((r) => r.statusCode);
  expect(await statuses(file)).toEqual({ owner: 201, otherResident: 403, unconfirmedFamily: 403, unassignedHelper: 403, assignedHelper: 201, supervisor: 201 });
});

test('offers belong to the helper they were made to', async () => {
  const offer = await t.app.db.selectFrom('offers').select('id').where('request_id', '=', caseId).executeTakeFirstOrThrow();
  const decline = await statuses(post(`/api/offers/${offer.id}/decline`, { reason: 'x' }));
  expect(decline).toEqual({ owner: 403, otherResident: 403, unconfirmedFamily: 403, unassignedHelper: 404, assignedHelper: 409, supervisor: 403 });
});

test('family links belong to whoever made them', async () => {
  const link = await t.app.db.selectFrom('family_links').select('id').executeTakeFirstOrThrow();
  const confirm = await statuses(post(`/api/family/${link.id}/confirm`, { code: '000000' }));
  expect(confirm.otherResident).toBe(404);
  expect(confirm.owner).toBe(404);
  expect(confirm.supervisor).toBe(404);
  expect([400]).toContain(confirm.unconfirmedFamily);
  // A new code: only for the one who asked. Ending it: either side (she may refuse); nobody else learns it exists.
  const resend = await statuses(post(`/api/family/${link.id}/resend`, {}));
  expect(resend).toEqual({ owner: 404, otherResident: 404, unconfirmedFamily: 200, unassignedHelper: 404, assignedHelper: 404, supervisor: 404 });
  const end = await statuses(post(`/api/family/${link.id}/end`, {}));
  expect(end).toEqual({ owner: 200, otherResident: 404, unconfirmedFamily: 200, unassignedHelper: 404, assignedHelper: 404, supervisor: 404 });
});
