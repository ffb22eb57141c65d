import type { AvailabilityResponse, MessageListResponse, RequestDetail, ServiceItemView, UploadView, OfferListResponse } from '../../types';
import { bearer, createTestApp, newKey, signIn, DEMO, type TestApp, signInDemo } from './test-app';
import { PNG_1X1, WEBM_HEAD, jpegWithExif, multipart } from './fixtures';
import { bannerDate, shiftDay } from '../../server/src/lib/working-days';

let t: TestApp;
const tok: Record<keyof typeof DEMO, string> = {} as Record<keyof typeof DEMO, string>;
beforeAll(async () => {
  t = await createTestApp();
  Object.assign(tok, await signInDemo(t.app));
});
afterAll(() => t.close());

const upload = (token: string, kind: string, file: Buffer, name = 'f.bin', type = 'application/octet-stream') => {
  const { payload, headers } = multipart(file, name, type);
  return t.app.inject({ method: 'POST', url: `/api/uploads?kind=${kind}`, headers: { ...bearer(token), ...headers }, payload });
};
const file = (token: string, body: object, key = newKey()) =>
  t.app.inject({ method: 'POST', url: '/api/requests', headers: { ...bearer(token), 'idempotency-key': key }, payload: body });
const tomorrowPlus = (n: number) => shiftDay(bannerDate(), n);
const village = 'wushenzhao-wushenzhao';

describe('catalogue search', () => {
  const search = async (q: string) =>
    (await t.app.inject({ method: 'GET', url: `/api/catalogue?q=${encodeURIComponent(q)}` })).json<ServiceItemView[]>().map((i) => i.name);
  test('Chinese substring, pinyin initials and full pinyin all find 养老保险', async () => {
    for (const q of ['养老', 'ylbx', 'yanglao']) expect(await search(q)).toContain('城乡居民养老保险待遇申领');
  });
  test('initials of 残疾人 find the disability items and not the pension', async () => {
    const names = await search('cjr');
    expect(names.some((n) => n.includes('残疾人'))).toBe(true);
    expect(names).not.toContain('城乡居民养老保险待遇申领');
  });
});

describe('uploads', () => {
  test('a photo is accepted by its bytes, whatever its name says, and its Exif (GPS) is stripped', async () => {
    const res = await upload(tok.qiqige, 'photo', jpegWithExif(), 'not-a-photo.txt', 'text/plain');
    expect(res.statusCode).toBe(201);
    const view = res.json<UploadView>();
    expect(view.mime).toBe('image/jpeg');
    const back = await t.app.inject({ method: 'GET', url: view.url, headers: bearer(tok.qiqige) });
    expect(back.statusCode).toBe(200);
    expect(back.rawPayload.includes(Buffer.from('GPSLatitude'))).toBe(false);
    expect(back.rawPayload.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  });
  test('a file that only claims to be an image is refused, and so is a too large one', async () => {
    const fake = await upload(tok.qiqige, 'photo', Buffer.from('<html>this is not an image at all</html>'), 'x.jpg', 'image/jpeg');
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const huge = await upload(tok.qiqige, 'signature', Buffer.concat([PNG_1X1, Buffer.alloc(1024 * 1024 + 10)]), 's.png', 'image/png');
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });
  test('nobody else may fetch someone’s upload', async () => {
    const view = (await upload(tok.qiqige, 'signature', PNG_1X1, 's.png', 'image/png')).json<UploadView>();
    expect((await t.app.inject({ method: 'GET', url: view.url, headers: bearer(tok.zhangGuilan) })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: view.url, headers: bearer(tok.helperWang) })).statusCode).toBe(404);
  });
});

describe('applying with materials, 容缺 and 告知承诺', () => {
  const base = { kind: 'assist', villageId: village, description: '申领高龄津贴', serviceItemId: 'senior-allowance' };
  const allProvided = [
    { name: '居民身份证', status: 'provided' },
    { name: '居民户口簿', status: 'provided' },
    { name: '社会保障卡或本人银行卡', status: 'provided' },
    { name: '《高龄津贴申请审批表》', status: 'provided' },
    { name: '近期一寸免冠彩色照片', status: 'provided' },
  ];
  test('every material must be accounted for', async () => {
    const res = await file(tok.qiqige, { ...base, materials: allProvided.slice(1) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('居民身份证');
  });
  test('容缺 only for materials that allow it, and only with a date in the coming weeks', async () => {
    const deferId = allProvided.map((m) => (m.name === '居民身份证' ? { ...m, status: 'deferred', supplyBy: tomorrowPlus(5) } : m));
    expect((await file(tok.qiqige, { ...base, materials: deferId })).statusCode).toBe(400);
    const past = allProvided.map((m) => (m.name === '居民户口簿' ? { ...m, status: 'deferred', supplyBy: tomorrowPlus(-1) } : m));
    expect((await file(tok.qiqige, { ...base, materials: past })).statusCode).toBe(400);
  });
  test('告知承诺 is refused where it does not apply', async () => {
    const sig = (await upload(tok.qiqige, 'signature', PNG_1X1, 's.png', 'image/png')).json<UploadView>();
    const res = await file(tok.qiqige, { ...base, materials: allProvided, commitmentSignatureId: sig.id });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('commitmentSignatureId');
  });
  test('an application with a photo and a 容缺 material shows both, and its legal deadline in working days', async () => {
    const photo = (await upload(tok.qiqige, 'photo', PNG_1X1, 'id.png', 'image/png')).json<UploadView>();
    const supplyBy = tomorrowPlus(10);
    const materials = allProvided.map((m) =>
      m.name === '居民户口簿' ? { ...m, status: 'deferred', supplyBy } : m.name === '居民身份证' ? { ...m, uploadIds: [photo.id] } : m,
    );
    const res = await file(tok.qiqige, { ...base, materials });
    expect(res.statusCode).toBe(201);
    const detail = res.json<RequestDetail>();
    expect(detail.legalDeadline?.workingDaysLeft).toBe(20);
    expect(detail.materials.find((m) => m.name === '居民户口簿')).toMatchObject({ status: 'deferred', supplyBy });
    expect(detail.materials.find((m) => m.name === '居民身份证')?.uploads.map((u) => u.id)).toEqual([photo.id]);
    // The grid worker it is offered to may see the photo; an unrelated resident may not.
    expect((await t.app.inject({ method: 'GET', url: photo.url, headers: bearer(tok.gridUrina) })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: photo.url, headers: bearer(tok.zhangGuilan) })).statusCode).toBe(404);
    // An upload is used once.
    const again = await file(tok.qiqige, { ...base, materials });
    expect(again.statusCode).toBe(400);
  });
});

describe('booking a home visit', () => {
  test('the last slot cannot be booked twice: of concurrent bookings exactly one wins', async () => {
    const avail = (await t.app.inject({ method: 'GET', url: `/api/availability?villageId=${village}`, headers: bearer(tok.qiqige) })).json<AvailabilityResponse>();
    expect(avail.slots.length).toBeGreaterThan(0);
    expect(avail.agencyVisits.length).toBeGreaterThan(0);
    const slot = avail.slots[0];
    const voice = (await upload(tok.qiqige, 'voice', WEBM_HEAD, 'note.webm', 'audio/webm')).json<UploadView>();
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        file(i % 2 ? tok.zhangGuilan : tok.qiqige, {
          kind: 'home_visit',
          villageId: village,
          description: '帮我看看要办什么',
          slotId: slot?.id,
          ...(i === 0 ? { voiceNoteId: voice.id, landmark: '嘎查委员会往北两公里，红色屋顶', location: { lat: 39.03, lng: 108.91 } } : {}),
        }),
      ),
    );
    const codes = answers.map((a) => a.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(7);
    expect(answers.find((a) => a.statusCode === 409)?.json().error.code).toBe('SLOT_TAKEN');
    const winner = answers.find((a) => a.statusCode === 201)?.json<RequestDetail>();
    expect(winner?.booking).toMatchObject({ day: slot?.day, start: slot?.start });
    const after = (await t.app.inject({ method: 'GET', url: `/api/availability?villageId=${village}`, headers: bearer(tok.qiqige) })).json<AvailabilityResponse>();
    expect(after.slots.map((s) => s.id)).not.toContain(slot?.id);
  });

  test('a visit on the mobile agency point’s day is offered to the helper who runs it', async () => {
    const avail = (await t.app.inject({ method: 'GET', url: `/api/availability?villageId=${village}`, headers: bearer(tok.qiqige) })).json<AvailabilityResponse>();
    const day = avail.agencyVisits[0];
    const res = await file(tok.qiqige, { kind: 'home_visit', villageId: village, description: '代办点那天来', agencyVisitId: day?.id });
    expect(res.statusCode).toBe(201);
    const detail = res.json<RequestDetail>();
    expect(detail.booking).toMatchObject({ day: day?.day, place: day?.place });
    const runner = await t.app.db.selectFrom('agency_visits').select('helper_id').where('id', '=', day?.id ?? '').executeTakeFirstOrThrow();
    const offer = await t.app.db.selectFrom('offers').select('helper_id').where('request_id', '=', detail.id).executeTakeFirstOrThrow();
    expect(offer.helper_id).toBe(runner.helper_id);
    // The resident is told the booked day is kept, in the plan and on the timeline.
    expect(detail.visitPlan).toMatchObject({ state: 'planned', day: day?.day, bookedWindow: { start: '09:00', end: '17:00' }, supervisorNote: null });
    expect(detail.timeline.at(-1)?.note).toContain('已按您的预约');
  });
});

describe('call-backs', () => {
  async function acceptedCallback(): Promise<string> {
    const created = (await file(tok.zhangGuilan, { kind: 'callback', villageId: 'galutu-hurehu', description: '请回电' })).json<RequestDetail>();
    const helpers = [tok.helperWang, tok.gridUrina, tok.supervisorLiu];
    for (const h of helpers) {
      const offers = await t.app.inject({ method: 'GET', url: '/api/offers', headers: bearer(h) });
      if (offers.statusCode !== 200) continue;
      const offer = offers.json<OfferListResponse>().items.find((o) => o.request.id === created.id);
      if (offer) {
        await t.app.inject({ method: 'POST', url: `/api/offers/${offer.id}/accept`, headers: bearer(h) });
        return created.id;
      }
    }
    // The offer went to another helper of the seed: accept it as them.
    const offer = await t.app.db.selectFrom('offers').selectAll().where('request_id', '=', created.id).executeTakeFirstOrThrow();
    const phone = (await t.app.db.selectFrom('users').select('phone').where('id', '=', offer.helper_id).executeTakeFirstOrThrow()).phone ?? '';
    await t.app.inject({ method: 'POST', url: `/api/offers/${offer.id}/accept`, headers: bearer(await signIn(t.app, phone)) });
    return created.id;
  }
  const helperTokenOf = async (id: string) => {
    const row = await t.app.db.selectFrom('requests').innerJoin('users', 'users.id', 'requests.helper_id').select('users.phone').where('requests.id', '=', id).executeTakeFirstOrThrow();
    return signIn(t.app, row.phone ?? '');
  };
  const attempt = (token: string, id: string, outcome: string) =>
    t.app.inject({ method: 'POST', url: `/api/requests/${id}/call-attempts`, headers: bearer(token), payload: { outcome } });

  test('three unanswered calls alert the supervisor; the resident’s case shows every attempt', async () => {
    const id = await acceptedCallback();
    const helper = await helperTokenOf(id);
    expect((await attempt(tok.zhangGuilan, id, 'no_answer')).statusCode).toBe(403);
    for (let i = 0; i < 2; i += 1) expect((await attempt(helper, id, 'no_answer')).json<RequestDetail>().escalated).toBe(false);
    const third = (await attempt(helper, id, 'no_answer')).json<RequestDetail>();
    expect(third.escalated).toBe(true);
    expect(third.callAttempts.map((a) => a.outcome)).toEqual(['no_answer', 'no_answer', 'no_answer']);
    const inbox = (await t.app.inject({ method: 'GET', url: '/api/messages', headers: bearer(tok.supervisorLiu) })).json<MessageListResponse>();
    expect(inbox.items.some((m) => m.kind === 'escalation' && m.requestId === id)).toBe(true);
  });

  test('a call that reaches the resident closes the call-back', async () => {
    const id = await acceptedCallback();
    const done = (await attempt(await helperTokenOf(id), id, 'reached')).json<RequestDetail>();
    expect(done.status).toBe('result_delivered');
  });
});

describe('acting for family (亲属代办)', () => {
  test('a son files for his mother only after she confirms with her own code, and the record shows who acted', async () => {
    const before = await file(tok.bateer, { kind: 'home_visit', villageId: village, description: '给我妈办高龄津贴', forUserId: 'u-qiqige' });
    expect(before.statusCode).toBe(403);
    const added = await t.app.inject({
      method: 'POST',
      url: '/api/family',
      headers: bearer(tok.bateer),
      payload: { phone: DEMO.qiqige, name: '妈妈', relation: '母亲' },
    });
    const { link, devCode } = added.json<{ link: { id: string; member: { name: string } }; devCode: string }>();
    expect(link.member.name).toBe('妈妈');
    const wrong = devCode === '000000' ? '111111' : '000000';
    const bad = await t.app.inject({ method: 'POST', url: `/api/family/${link.id}/confirm`, headers: bearer(tok.bateer), payload: { code: wrong } });
    expect(bad.json().error.code).toBe('CODE_INVALID');
    const ok = await t.app.inject({ method: 'POST', url: `/api/family/${link.id}/confirm`, headers: bearer(tok.bateer), payload: { code: devCode } });
    expect(ok.json().status).toBe('confirmed');

    const filed = await file(tok.bateer, { kind: 'home_visit', villageId: village, description: '给我妈办高龄津贴', forUserId: 'u-qiqige' });
    expect(filed.statusCode).toBe(201);
    const detail = filed.json<RequestDetail>();
    expect(detail.resident.name).toBe('其其格');
    expect(detail.filedBy.name).toBe('巴特尔');
    expect(detail.timeline[0]).toMatchObject({ actor: 'resident', actorName: '巴特尔' });
    // Both mother and son track it; a stranger cannot file for her.
    expect((await t.app.inject({ method: 'GET', url: `/api/requests/${detail.id}`, headers: bearer(tok.qiqige) })).statusCode).toBe(200);
    expect((await file(tok.zhangGuilan, { kind: 'home_visit', villageId: village, description: 'x', forUserId: 'u-qiqige' })).statusCode).toBe(403);
  });
});

test('the message centre counts unread status changes and clears them', async () => {
  const token = await signIn(t.app, '13611112222');
  await file(token, { kind: 'home_visit', villageId: 'galutu-hurehu', description: '帮我看看' });
  const inbox = (await t.app.inject({ method: 'GET', url: '/api/messages', headers: bearer(token) })).json<MessageListResponse>();
  expect(inbox.unread).toBeGreaterThanOrEqual(2);
  expect(inbox.items.map((m) => m.body)).toEqual(expect.arrayContaining(['triaged', 'offered']));
  // each says which case: no service item, so the start of what she wrote
  expect(new Set(inbox.items.map((m) => m.caseTitle))).toEqual(new Set(['帮我看看']));
  const read = await t.app.inject({ method: 'POST', url: '/api/messages/read', headers: bearer(token) });
  expect(read.json<MessageListResponse>().unread).toBe(0);
});

test('a message names its case by the service item, else by the start of the description', async () => {
  const { caseTitleOf } = await import('../../server/src/modules/messages/messages.service');
  expect(caseTitleOf('高龄津贴申领', '随便写的')).toBe('高龄津贴申领');
  expect(caseTitleOf(null, '  请回电  ')).toBe('请回电');
  expect(caseTitleOf(null, '腿脚不方便，想请人上门帮我办高龄津贴认证')).toBe('腿脚不方便，想请人上门帮我办高龄…');
  expect(caseTitleOf(null, '')).toBeNull();
  expect(caseTitleOf(null, null)).toBeNull();
});

test('a 容缺 material due within two working days reminds the resident once a day', async () => {
  const { sendSupplementReminders } = await import('../../server/src/modules/messages/reminders');
  const supplyBy = shiftDay(bannerDate(), 1);
  const token = await signIn(t.app, '13622223333');
  const materials = [
    { name: '居民身份证', status: 'provided' },
    { name: '居民户口簿', status: 'deferred', supplyBy },
    { name: '社会保障卡或本人银行卡', status: 'provided' },
    { name: '《高龄津贴申请审批表》', status: 'provided' },
    { name: '近期一寸免冠彩色照片', status: 'provided' },
  ];
  const res = await file(token, { kind: 'assist', villageId: 'galutu-hurehu', description: 'x', serviceItemId: 'senior-allowance', materials });
  expect(res.statusCode).toBe(201);
  // Once per banner day (UTC+8), whatever the hour: 00:30 and 07:50 there are still the previous day in UTC.
  const at = (time: string, day = bannerDate()) => new Date(`${day}T${time}:00+08:00`);
  expect(await sendSupplementReminders(t.app.db, at('00:30'))).toBeGreaterThanOrEqual(1);
  expect(await sendSupplementReminders(t.app.db, at('07:50'))).toBe(0);
  expect(await sendSupplementReminders(t.app.db, at('16:00'))).toBe(0);
  expect(await sendSupplementReminders(t.app.db)).toBe(0);
  const inbox = (await t.app.inject({ method: 'GET', url: '/api/messages', headers: bearer(token) })).json<MessageListResponse>();
  expect(inbox.items.filter((m) => m.kind === 'supplement_due').map((m) => m.body)).toEqual([`居民户口簿|${supplyBy}`]);
  // a case with a service item is named by it, in Mongolian too
  expect(inbox.items[0]).toMatchObject({ caseTitle: '高龄津贴申领', caseTitleMn: expect.stringMatching(/[\u1820-\u18AF]/) });
});
