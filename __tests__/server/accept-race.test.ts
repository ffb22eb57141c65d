import type { RequestDetail, OfferListResponse } from '../../types';
import { bearer, createTestApp, newKey, signIn, DEMO, type TestApp } from './test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

test('100 concurrent accepts of one offer: exactly one wins, the rest are told it is no longer open', async () => {
  const resident = await signIn(t.app, DEMO.qiqige);
  const helper = await signIn(t.app, DEMO.gridUrina);
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/requests',
    headers: { ...bearer(resident), 'idempotency-key': newKey() },
    payload: { kind: 'home_visit', villageId: 'wushenzhao-wushenzhao', description: '办残疾人证' },
  });
  const id = created.json<RequestDetail>().id;
  const offers = (await t.app.inject({ method: 'GET', url: '/api/offers', headers: bearer(helper) })).json<OfferListResponse>();
  const offer = offers.items.find((o) => o.request.id === id);
  expect(offer).toBeDefined();

  const answers = await Promise.all(
    Array.from({ length: 100 }, () => t.app.inject({ method: 'POST', url: `/api/offers/${offer?.id}/accept`, headers: bearer(helper) })),
  );
  const codes = answers.map((a) => a.statusCode);
  expect(codes.filter((c) => c === 200)).toHaveLength(1);
  expect(codes.filter((c) => c === 409)).toHaveLength(99);
  expect(answers.find((a) => a.statusCode === 409)?.json().error.code).toBe('OFFER_NOT_OPEN');

  const detail = (await t.app.inject({ method: 'GET', url: `/api/requests/${id}`, headers: bearer(resident) })).json<RequestDetail>();
  expect(detail.timeline.filter((e) => e.to === 'assigned')).toHaveLength(1);
});
