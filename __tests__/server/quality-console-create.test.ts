// Creating from the console: a helper or grid worker (one account per phone, typed errors), an enterprise and its
// project, and 一企一档 milestone documents with their scans (who may attach, who may read the file).
import type { EnterpriseArchive, HelperAdminView, UploadView, UserView } from '../../types';
import { PNG_1X1, multipart } from './fixtures';
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

const send = (method: 'POST' | 'PUT', token: string, url: string, payload: object, key = newKey()) =>
  t.app.inject({ method, url, headers: { ...bearer(token), 'idempotency-key': key }, payload });
const get = (token: string, url: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });
const errorOf = (res: { statusCode: number; json(): { error: { code: string; field?: string } } }) => ({ status: res.statusCode, ...res.json().error });
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

async function upload(token: string, kind: string, file: Buffer, name: string, type: string) {
  const body = multipart(file, name, type);
  return t.app.inject({ method: 'POST', url: `/api/uploads?kind=${kind}`, headers: { ...bearer(token), ...body.headers }, payload: body.payload });
}

describe('POST /api/supervision/helpers', () => {
  const body = { phone: '13900000077', name: '斯琴', kind: 'grid_worker', townshipId: 'wushenzhao', skills: ['民政'], gridVillageIds: ['wushenzhao-huize'], languages: ['mn', 'zh'], capacityPerDay: 4 };

  test('supervisors only: residents and helpers get 403 with a code', async () => {
    for (const token of [tok.qiqige, tok.helperWang, tok.gridUrina]) {
      expect(errorOf(await send('POST', token, '/api/supervision/helpers', body))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    }
  });

  test('bad input: 400 with a code and the field', async () => {
    const cases: [object, string][] = [
      [{ ...body, phone: '1390000' }, 'phone'],
      [{ ...body, townshipId: 'atlantis' }, 'townshipId'],
      [{ ...body, gridVillageIds: ['nowhere'] }, 'gridVillageIds'],
      [{ ...body, gridVillageIds: [] }, 'gridVillageIds'],
      [{ ...body, skills: ['占卜'] }, 'skills'],
      [{ ...body, capacityPerDay: 0 }, 'capacityPerDay'],
    ];
    for (const [payload, field] of cases) {
      expect(errorOf(await send('POST', tok.supervisorLiu, '/api/supervision/helpers', payload))).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', field });
    }
  });

  test('one account per phone: a new one is made once, a repeat is ALREADY_EXISTS, a replayed key answers the same', async () => {
    const key = newKey();
    const created = await send('POST', tok.supervisorLiu, '/api/supervision/helpers', body, key);
    expect(created.statusCode).toBe(201);
    const helper = created.json<HelperAdminView>();
    expect(helper).toMatchObject({ name: '斯琴', kind: 'grid_worker', languages: ['mn', 'zh'], capacityPerDay: 4, onDuty: false });
    const replay = await send('POST', tok.supervisorLiu, '/api/supervision/helpers', body, key);
    expect(replay.statusCode).toBe(201);
    expect(replay.json<HelperAdminView>().id).toBe(helper.id);
    expect(errorOf(await send('POST', tok.supervisorLiu, '/api/supervision/helpers', { ...body, kind: 'blue_vest', gridVillageIds: [] }))).toMatchObject({ status: 409, code: 'ALREADY_EXISTS', field: 'phone' });
    const rows = await t.app.db.selectFrom('users').select('id').where('phone', '=', body.phone).execute();
    expect(rows).toHaveLength(1);
  });

  test('a registered resident becomes a helper on the same account, keeping their role', async () => {
    const created = await send('POST', tok.supervisorLiu, '/api/supervision/helpers', { ...body, phone: DEMO.bateer, kind: 'blue_vest', gridVillageIds: [] });
    expect(created.statusCode).toBe(201);
    const me = (await get(tok.bateer, '/api/me')).json<UserView>();
    expect(created.json<HelperAdminView>().id).toBe(me.id);
    expect(me.roles).toEqual(['resident', 'helper']);
  });
});

describe('enterprises and projects from the console', () => {
  const profile = {
    name: '乌审旗沙地生态农牧有限公司', creditCode: '91150626MA0R7T4P3A', legalPerson: '乌力吉', industry: '农牧', townshipId: 'galutu',
    address: '嘎鲁图镇', contactName: '萨仁', contactPhone: '13600000088',
  };

  test('only supervisors create; a repeated credit code is ALREADY_EXISTS; a project gets the seven milestones', async () => {
    expect(errorOf(await send('POST', tok.qiqige, '/api/enterprises', profile))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(errorOf(await send('POST', tok.helperWang, '/api/enterprises', profile))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(errorOf(await send('POST', tok.supervisorLiu, '/api/enterprises', { ...profile, contactPhone: '123' }))).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', field: 'contactPhone' });
    const created = await send('POST', tok.supervisorLiu, '/api/enterprises', profile);
    expect(created.statusCode).toBe(201);
    const id = created.json<EnterpriseArchive>().id;
    expect(errorOf(await send('POST', tok.supervisorLiu, '/api/enterprises', { ...profile, contactPhone: '13600000089' }))).toMatchObject({ status: 409, code: 'ALREADY_EXISTS', field: 'creditCode' });
    const project = { name: '有机饲草基地', investment: '3000万元', site: '嘎鲁图镇', description: '' };
    expect(errorOf(await send('POST', tok.bayaer, `/api/enterprises/${id}/projects`, project))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(errorOf(await send('POST', tok.supervisorLiu, `/api/enterprises/${id}/projects`, { ...project, name: '' }))).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', field: 'name' });
    const withProject = await send('POST', tok.supervisorLiu, `/api/enterprises/${id}/projects`, project);
    expect(withProject.statusCode).toBe(201);
    expect(withProject.json<EnterpriseArchive>().projects[0]?.milestones).toHaveLength(7);
  });
});

describe('一企一档 documents with scans', () => {
  async function demoMilestones() {
    const archive = (await get(tok.supervisorLiu, `/api/enterprises/${DEMO_ENTERPRISE}`)).json<EnterpriseArchive>();
    const milestones = archive.projects[0]?.milestones ?? [];
    const own = milestones.find((m) => m.helper?.id === 'u-bayaer');
    const other = milestones.find((m) => m.helper?.id !== 'u-bayaer');
    if (!own || !other) throw new Error('the demo archive has a milestone of 巴雅尔 and one of someone else');
    return { own, other };
  }

  test('a supervisor attaches a PDF scan; the contact reads it through the milestone; a resident cannot', async () => {
    const { other } = await demoMilestones();
    const pdf = await upload(tok.supervisorLiu, 'document', PDF, 'licence.pdf', 'application/pdf');
    expect(pdf.statusCode).toBe(201);
    const file = pdf.json<UploadView>();
    expect(file).toMatchObject({ kind: 'document', mime: 'application/pdf' });
    const documents = [...other.documents.map((d) => ({ name: d.name, ...(d.file ? { uploadId: d.file.id } : {}) })), { name: '施工许可证', number: '乌建施〔2026〕12号', issuedOn: '2026-08-01', uploadId: file.id }];
    const saved = await send('POST', tok.supervisorLiu, `/api/enterprise-milestones/${other.id}`, { documents });
    expect(saved.statusCode).toBe(200);
    const doc = saved.json<EnterpriseArchive>().projects[0]?.milestones.find((m) => m.id === other.id)?.documents.at(-1);
    expect(doc).toEqual({ name: '施工许可证', number: '乌建施〔2026〕12号', issuedOn: '2026-08-01', file: { id: file.id, mime: 'application/pdf', size: PDF.length, url: `/api/enterprise-milestones/${other.id}/files/${file.id}` } });

    const read = await get(tok.contact, doc?.file?.url ?? '');
    expect(read.statusCode).toBe(200);
    expect(read.headers['content-type']).toBe('application/pdf');
    expect(read.rawPayload.equals(PDF)).toBe(true);
    expect(errorOf(await get(tok.qiqige, doc?.file?.url ?? ''))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    // The contact of another enterprise cannot tell the file from a missing one.
    const otherEnterprise = { name: '乌审旗毛乌素治沙有限公司', creditCode: '91150626MA0R7T4P4B', legalPerson: '巴图', industry: '治沙', townshipId: 'galutu', address: '嘎鲁图镇', contactName: '高娃', contactPhone: '13600000066' };
    expect((await send('POST', tok.supervisorLiu, '/api/enterprises', otherEnterprise)).statusCode).toBe(201);
    const otherContact = await signIn(t.app, otherEnterprise.contactPhone);
    expect(errorOf(await get(otherContact, doc?.file?.url ?? ''))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    // The same file on a second milestone, or a file id not on this milestone, is refused.
    const { own } = await demoMilestones();
    expect(errorOf(await send('POST', tok.supervisorLiu, `/api/enterprise-milestones/${own.id}`, { documents: [{ name: '复印件', uploadId: file.id }] }))).toMatchObject({ status: 400, field: 'documents' });
    expect((await get(tok.contact, `/api/enterprise-milestones/${own.id}/files/${file.id}`)).statusCode).toBe(404);

    // Removed from the list, the file is no longer served through the milestone.
    const removed = await send('POST', tok.supervisorLiu, `/api/enterprise-milestones/${other.id}`, { documents: documents.slice(0, -1) });
    expect(removed.json<EnterpriseArchive>().projects[0]?.milestones.find((m) => m.id === other.id)?.documents.map((d) => d.name)).toEqual(other.documents.map((d) => d.name));
    expect((await get(tok.contact, doc?.file?.url ?? '')).statusCode).toBe(404);
  });

  test('the assigned helper attaches a photo to their own milestone only; someone else’s upload is refused', async () => {
    const { own, other } = await demoMilestones();
    const photo = (await upload(tok.bayaer, 'photo', PNG_1X1, 'permit.png', 'image/png')).json<UploadView>();
    const saved = await send('POST', tok.bayaer, `/api/enterprise-milestones/${own.id}`, { documents: [{ name: '营业执照', issuedOn: '2026-03-10', uploadId: photo.id }] });
    expect(saved.statusCode).toBe(200);
    expect(saved.json<EnterpriseArchive>().projects[0]?.milestones.find((m) => m.id === own.id)?.documents[0]?.file).toMatchObject({ id: photo.id, mime: 'image/png' });
    expect((await send('POST', tok.bayaer, `/api/enterprise-milestones/${other.id}`, { documents: [{ name: '营业执照', uploadId: photo.id }] })).statusCode).toBe(404);
    const theirs = (await upload(tok.supervisorLiu, 'document', PDF, 'x.pdf', 'application/pdf')).json<UploadView>();
    expect(errorOf(await send('POST', tok.bayaer, `/api/enterprise-milestones/${own.id}`, { documents: [{ name: '许可证', uploadId: theirs.id }] }))).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', field: 'documents' });
    const text = await upload(tok.bayaer, 'document', Buffer.from('not a document at all', 'latin1'), 'x.txt', 'text/plain');
    expect(errorOf(text)).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    // The enterprise contact follows the milestones but does not edit them.
    expect(errorOf(await send('POST', tok.contact, `/api/enterprise-milestones/${own.id}`, { documents: [] }))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
  });
});
