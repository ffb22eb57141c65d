import type { RequestDetail } from '../../types';
import { bearer, createTestApp, newKey, signIn, DEMO, type TestApp } from './test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ writeLimitPerMinute: 3 });
});
afterAll(() => t.close());

const file = (token: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/requests',
    headers: { ...bearer(token), 'idempotency-key': newKey() },
    payload: { kind: 'callback', villageId: 'wushenzhao-wushenzhao', description: '请回电' },
  });

test('one person’s writes are limited per minute with a coded answer; reads and other people are not affected', async () => {
  const qiqige = await signIn(t.app, DEMO.qiqige);
  const bateer = await signIn(t.app, DEMO.bateer);
  const answers = [];
  for (let i = 0; i < 4; i++) answers.push(await file(qiqige));
  expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201, 429]);
  expect(answers[3]?.json().error.code).toBe('RATE_LIMITED');
  expect(answers[3]?.json().error.message).toMatch(/wait \d+ seconds/);
  // Nothing was written for the refused one.
  const mine = await t.app.db.selectFrom('requests').select('id').where('filed_by_id', '=', 'u-qiqige').where('description', '=', '请回电').execute();
  expect(mine).toHaveLength(3);

  const read = await t.app.inject({ method: 'GET', url: `/api/requests/${answers[0]?.json<RequestDetail>().id}`, headers: bearer(qiqige) });
  expect(read.statusCode).toBe(200);
  expect((await file(bateer)).statusCode).toBe(201);
}, 30_000);
