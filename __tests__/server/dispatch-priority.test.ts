// A severe disability grade, sealed in the resident's profile, makes the dispatcher rank the resident first, and
// nothing the pass writes says so.
import { loadDispatchInput } from '../../server/src/dispatch/engine-input';
import { isSevereGrade } from '../../server/src/dispatch/resident-priority';
import type { RequestDetail } from '../../types';
import { bearer, createTestApp, newKey, type TestApp, signInDemo } from './test-app';

let t: TestApp;
const tok: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestApp();
  Object.assign(tok, await signInDemo(t.app));
});
afterAll(() => t.close());

const post = (token: string, url: string, payload: object = {}) => t.app.inject({ method: 'POST', url, headers: { ...bearer(token), 'idempotency-key': newKey() }, payload });

async function fileAs(token: string, villageId: string): Promise<string> {
  const created = await post(token, '/api/requests', { kind: 'home_visit', villageId, description: '帮我办认证' });
  expect(created.statusCode).toBe(201);
  return created.json<RequestDetail>().id;
}

/** What the next pass would read for a request, as if it were waiting again. */
async function priorityOf(id: string) {
  await t.app.db.updateTable('requests').set({ status: 'triaged' }).where('id', '=', id).execute();
  const { input } = await loadDispatchInput(t.app.db, [id], new Date());
  return input.requests[0].priority;
}

test('the severe grades are 一级 and 二级 (重度), however the resident wrote them', () => {
  for (const text of ['肢体二级', '视力一级', '一级肢体残疾', '智力 2级', '重度听力残疾']) expect(isSevereGrade(text)).toBe(true);
  for (const text of ['肢体三级', '听力四级', '无', '']) expect(isSevereGrade(text)).toBe(false);
});

test('a resident whose sealed profile says 肢体二级 is severely disabled to the dispatcher; the stored plan does not say it', async () => {
  await post(tok.qiqige, '/api/me/consent', { granted: true });
  expect((await post(tok.qiqige, '/api/me/profile', { disability: '肢体二级' })).statusCode).toBe(200);
  const id = await fileAs(tok.qiqige, 'wushenzhao-wushenzhao');
  const plan = await t.app.db.selectFrom('dispatch_plans').selectAll().where('request_id', '=', id).executeTakeFirstOrThrow();
  expect(plan.helper_id).not.toBeNull();
  expect(plan.reasons).not.toContain('severelyDisabled');
  expect(plan.reasons).not.toContain('"priority"');
  expect(await priorityOf(id)).toEqual({ elderlyAlone: false, severelyDisabled: true, urgent: false });
});

test('an elderly resident who said they live alone is ranked first too; the stored plan does not say it', async () => {
  await post(tok.zhangGuilan, '/api/me/consent', { granted: true });
  expect((await post(tok.zhangGuilan, '/api/me/profile', { livesAlone: true })).statusCode).toBe(200);
  const id = await fileAs(tok.zhangGuilan, 'wushenzhao-wushenzhao');
  const plan = await t.app.db.selectFrom('dispatch_plans').selectAll().where('request_id', '=', id).executeTakeFirstOrThrow();
  expect(plan.reasons).not.toContain('elderlyAlone');
  expect(await priorityOf(id)).toEqual({ elderlyAlone: true, severelyDisabled: false, urgent: false });
  await post(tok.zhangGuilan, '/api/me/profile', { livesAlone: false });
  expect((await priorityOf(await fileAs(tok.zhangGuilan, 'wushenzhao-wushenzhao'))).elderlyAlone).toBe(false);
});

test('a lighter grade, or no profile at all, is ordinary', async () => {
  await post(tok.qiqige, '/api/me/profile', { disability: '肢体三级' });
  expect((await priorityOf(await fileAs(tok.qiqige, 'wushenzhao-wushenzhao'))).severelyDisabled).toBe(false);
  expect(await priorityOf(await fileAs(tok.bateer, 'wushenzhao-wushenzhao'))).toEqual({ elderlyAlone: false, severelyDisabled: false, urgent: false });
});
