// The access matrix, continued past the case itself (OWASP ASVS 8.2.2): ratings, 办不成事 reports, the personal
// identity view, 网格+代办 confirmations, 一企一档 archives and milestones, and every supervisor-only route. Each is
// called as the resident it belongs to, another resident, a family member without consent, a helper not on the
// case, the assigned helper and a supervisor; a route missing from this file or access-matrix.test.ts fails the
// last test, so a new object route cannot ship without its row.
import type { EnterpriseCardState, OfferListResponse, RequestDetail } from '../../types';
import { signInMatrixRoles, WHO, type Who } from './matrix-roles';
import { bearer, createTestApp, newKey, signIn, type TestApp } from './test-app';


let t: TestApp;
let token: Record<Who, string>;
const ids = { caseId: '', ratingId: '', complaintId: '', enterpriseId: '', milestoneId: '', offerId: '' };

beforeAll(async () => {
  t = await createTestApp();
  token = await signInMatrixRoles(t.app);
  const filed = await t.app.inject({
    method: 'POST',
    url: '/api/requests',
    headers: { ...bearer(token.owner), 'idempotency-key': newKey() },
    payload: { kind: 'callback', villageId: 'wushenzhao-wushenzhao', description: '请回电' },
  });
  ids.caseId = filed.json<RequestDetail>().id;
  const offers = (await t.app.inject({ method: 'GET', url: '/api/offers', headers: bearer(token.assignedHelper) })).json<OfferListResponse>();
  ids.offerId = offers.items.find((o) => o.request.id === ids.caseId)?.id ?? '';
  await t.app.inject({ method: 'POST', url: `/api/offers/${ids.offerId}/accept`, headers: { ...bearer(token.assignedHelper), 'idempotency-key': newKey() } });
  // Delivered (the steps in between are other tests' business), so the resident can rate it.
  await t.app.db.updateTable('requests').set({ status: 'result_delivered' }).where('id', '=', ids.caseId).execute();
  const rating = await t.app.inject({
    method: 'POST',
    url: `/api/requests/${ids.caseId}/rating`,
    headers: { ...bearer(token.owner), 'idempotency-key': newKey() },
    payload: { level: 'very_dissatisfied', comment: '等了很久', anonymous: false },
  });
  ids.ratingId = rating.json<{ id: string }>().id;
  const complaint = await t.app.inject({
    method: 'POST',
    url: '/api/complaints',
    headers: { ...bearer(token.owner), 'idempotency-key': newKey() },
    payload: { requestId: ids.caseId, description: '材料跑了三趟还没办成' },
  });
  ids.complaintId = complaint.json<{ id: string }>().id;
  const milestone = await t.app.db.selectFrom('project_milestones').innerJoin('enterprise_projects', 'enterprise_projects.id', 'project_milestones.project_id').select(['project_milestones.id', 'enterprise_projects.enterprise_id']).executeTakeFirstOrThrow();
  ids.milestoneId = String(milestone.id);
  ids.enterpriseId = milestone.enterprise_id;
}, 60_000);
afterAll(() => t.close());

async function statuses(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object): Promise<Record<Who, number>> {
  const out = {} as Record<Who, number>;
  for (const who of WHO) {
    const headers = method === 'GET' || method === 'DELETE' ? bearer(token[who]) : { ...bearer(token[who]), 'idempotency-key': newKey() };
    out[who] = (await t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) })).statusCode;
  }
  return out;
}

const nobodyElse = { otherResident: 404, unconfirmedFamily: 404, unassignedHelper: 404 };

test('ratings and 办不成事 reports: the resident who made them and staff; not the rated helper, nobody else', async () => {
  const own = { owner: 200, ...nobodyElse, assignedHelper: 404, supervisor: 200 };
  expect(await statuses('GET', `/api/requests/${ids.caseId}/rating`)).toEqual(own);
  expect(await statuses('GET', `/api/ratings/${ids.ratingId}`)).toEqual(own);
  expect(await statuses('GET', `/api/complaints/${ids.complaintId}`)).toEqual(own);
  // Rating a case is the resident's alone (already rated: 409 for her, the state and not the person refuses).
  expect(await statuses('POST', `/api/requests/${ids.caseId}/rating`, { level: 'satisfied', anonymous: true })).toEqual({
    owner: 409, ...nobodyElse, assignedHelper: 403, supervisor: 403,
  });
});

test('asking for 加急 is the resident’s (or their filer’s); a delivered case refuses her by its state, everyone else by who they are', async () => {
  expect(await statuses('POST', `/api/requests/${ids.caseId}/urgency-request`, { reason: '下周住院' })).toEqual({
    owner: 409, ...nobodyElse, assignedHelper: 403, supervisor: 403,
  });
});

test('the full ID number is for staff only; the helper on the case works with the masked one', async () => {
  expect(await statuses('GET', `/api/requests/${ids.caseId}/identity`)).toEqual({ owner: 403, ...nobodyElse, assignedHelper: 403, supervisor: 200 });
});

test('the helper’s steps on a case: only the assigned helper gets past the access check', async () => {
  // Recording a call to the resident: the assigned helper may; everyone else is refused by who they are.
  const helperStep = { owner: 403, ...nobodyElse, assignedHelper: 200, supervisor: 403 };
  expect(await statuses('POST', `/api/requests/${ids.caseId}/call-attempts`, { outcome: 'reached' })).toEqual(helperStep);
});

test('一企一档: staff, the enterprise contact and the milestone’s own helper; residents and other helpers nothing', async () => {
  expect(await statuses('GET', `/api/enterprises/${ids.enterpriseId}`)).toEqual({
    owner: 403, otherResident: 403, unconfirmedFamily: 403, unassignedHelper: 404, assignedHelper: 404, supervisor: 200,
  });
  expect(await statuses('POST', `/api/enterprise-milestones/${ids.milestoneId}`, { note: '已电话督促' })).toEqual({
    owner: 403, otherResident: 403, unconfirmedFamily: 403, unassignedHelper: 404, assignedHelper: 404, supervisor: 200,
  });
  const contact = await signIn(t.app, '13600000001');
  expect((await t.app.inject({ method: 'GET', url: `/api/enterprises/${ids.enterpriseId}`, headers: bearer(contact) })).statusCode).toBe(200);
});

test('企业数字名片: the contact and supervisors manage the link; anyone holding the link reads the card, signed in or not', async () => {
  const managers = { owner: 403, otherResident: 403, unconfirmedFamily: 403, unassignedHelper: 403, assignedHelper: 403, supervisor: 200 };
  expect(await statuses('GET', `/api/enterprises/${ids.enterpriseId}/card`)).toEqual(managers);
  expect(await statuses('POST', `/api/enterprises/${ids.enterpriseId}/card`)).toEqual(managers);
  const contact = await signIn(t.app, '13600000001');
  const issued = await t.app.inject({ method: 'POST', url: `/api/enterprises/${ids.enterpriseId}/card`, headers: { ...bearer(contact), 'idempotency-key': newKey() } });
  const link = issued.json<EnterpriseCardState>().card?.token ?? '';
  expect(new Set(Object.values(await statuses('GET', `/api/cards/${link}`)))).toEqual(new Set([200]));
  expect((await t.app.inject({ method: 'GET', url: `/api/cards/${link}` })).statusCode).toBe(200);
  // Another enterprise's contact is not told the archive exists.
  const other = await t.app.inject({
    method: 'POST',
    url: '/api/enterprises',
    headers: { ...bearer(token.supervisor), 'idempotency-key': newKey() },
    payload: { name: '矩阵测试企业', creditCode: '91150626MA0R7T4P3R', legalPerson: '测试', industry: '测试', townshipId: 'galutu', address: '嘎鲁图镇', contactName: '测试', contactPhone: '13600000088' },
  });
  expect(other.statusCode).toBe(201);
  const otherContact = await signIn(t.app, '13600000088');
  expect((await t.app.inject({ method: 'GET', url: `/api/enterprises/${ids.enterpriseId}/card`, headers: bearer(otherContact) })).statusCode).toBe(404);
  expect((await t.app.inject({ method: 'DELETE', url: `/api/enterprises/${ids.enterpriseId}/card`, headers: bearer(otherContact) })).statusCode).toBe(404);
  expect(await statuses('DELETE', `/api/enterprises/${ids.enterpriseId}/card`)).toEqual(managers);
});

test('supervisor-only routes: everyone else is refused before anything is read (the supervisor gets past, to the body check)', async () => {
  const staffOnly = { owner: 403, otherResident: 403, unconfirmedFamily: 403, unassignedHelper: 403, assignedHelper: 403 };
  const writes: [ 'POST' | 'PUT' | 'PATCH', string][] = [
    ['POST', `/api/supervision/cases/${ids.caseId}/reassign`],
    ['POST', `/api/supervision/cases/${ids.caseId}/urgency`],
    ['POST', '/api/supervision/helpers/u-wurina'],
    ['PATCH', '/api/supervision/helpers/u-wurina'],
    ['PUT', '/api/supervision/catalogue/senior-allowance'],
    ['POST', `/api/ratings/${ids.ratingId}/verify`],
    ['POST', `/api/ratings/${ids.ratingId}/rectify`],
    ['POST', `/api/ratings/${ids.ratingId}/reply`],
    ['POST', `/api/complaints/${ids.complaintId}/triage`],
    ['POST', `/api/complaints/${ids.complaintId}/answer`],
    ['PUT', `/api/enterprises/${ids.enterpriseId}`],
    ['POST', `/api/enterprises/${ids.enterpriseId}/projects`],
    ['POST', '/api/notifications/failures/1/retry'],
    ['POST', '/api/supervision/agency-days'],
    ['POST', '/api/supervision/agency-days/av-wushenzhao-wushenzhao-2026-12-01/cancel'],
    ['POST', '/api/supervision/agency-days/av-wushenzhao-wushenzhao-2026-12-01/helper'],
    ['POST', '/api/supervision/agency-days/av-wushenzhao-wushenzhao-2026-12-01/place'],
  ];
  for (const [method, url] of writes) {
    const got = await statuses(method, url, {});
    expect({ url, ...got }).toEqual({ url, ...staffOnly, supervisor: got.supervisor });
    expect([400, 404, 409]).toContain(got.supervisor);
  }
  expect(await statuses('GET', `/api/supervision/cases/${ids.caseId}/candidates`)).toEqual({ ...staffOnly, supervisor: 200 });
  expect(await statuses('GET', '/api/supervision/agency-days')).toEqual({ ...staffOnly, supervisor: 200 });
});

test('the catalogue is public to everyone signed in', async () => {
  expect(new Set(Object.values(await statuses('GET', '/api/catalogue/senior-allowance')))).toEqual(new Set([200]));
});

test('every object route of the API has its row in an access-matrix test', async () => {
  const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json<{ paths: Record<string, Record<string, unknown>> }>();
  const objectRoutes = Object.entries(doc.paths).flatMap(([path, ops]) => (path.includes('{') ? Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`) : []));
  const fs = await import('node:fs');
  const path = await import('node:path');
  const sources = ['access-matrix.test.ts', 'access-matrix-quality.test.ts', 'family.test.ts', 'resident-services.test.ts', 'uploads.test.ts']
    .map((f) => path.join(__dirname, f))
    .filter((f) => fs.existsSync(f))
    .map((f) => fs.readFileSync(f, 'utf8'))
    .join('\n');
  // A route counts as covered when a matrix file calls its path, each parameter written as a value or a template.
  const covered = (route: string) => {
    const [, p = ''] = route.split(' ');
    const pattern = p
      .split(/\{[^}]+\}/)
      .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
      .join("[^/\\s'`]+");
    return new RegExp(pattern).test(sources) || UNCOVERED_WITH_REASON[route] !== undefined;
  };
  expect(objectRoutes.filter((r) => !covered(r))).toEqual([]);
});

/** Object routes whose access is tested in their own files, with the reason they are not rows here. */
const UNCOVERED_WITH_REASON: Record<string, string> = {
  'POST /api/family/{id}/confirm': 'access-matrix.test.ts checks it through a link id from the database',
  'GET /api/uploads/{id}': 'access-matrix.test.ts reads the photo through the url the upload returned',
  'POST /api/requests/{id}/confirmation-code': 'confirmations: 网格+代办 cases only, in workbench.test.ts',
  'POST /api/requests/{id}/confirm': 'confirmations: 网格+代办 cases only, in workbench.test.ts',
  'GET /api/enterprise-milestones/{id}/files/{fileId}': 'quality-console-create.test.ts: the contact of another enterprise gets 404 for a milestone file',
  'POST /api/requests/{id}/welfare': 'workbench.test.ts: the welfare escalation needs a missed check-in first',
  'POST /api/requests/{id}/authorisations': 'workbench.test.ts: needs two signatures uploaded by the helper',
};
