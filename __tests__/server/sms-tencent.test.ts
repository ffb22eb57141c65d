// SMS through Tencent Cloud (SMS_PROVIDER=tencent) against a local stand-in that checks the signature, over real
// HTTP: sign-in codes, family-link codes, the resident's code for a filing made at their door, and the news for
// residents without WeChat. A code that did not go out is an SMS_NOT_SENT error, never a silent success.
import fs from 'node:fs';
import path from 'node:path';
import type { RequestDetail } from '../../types';
import { configFromEnv } from '../../server/src/config';
import { smsSettingsFromEnv } from '../../server/src/modules/notifications/sms-config';
import { paramCount, renderSms, SMS_TEMPLATE_NAMES, SMS_TEMPLATES, smsMessage } from '../../server/src/modules/notifications/sms-templates';
import { sendCodeText } from '../../server/src/modules/notifications/sms-guard';
import { tc3Authorization, TencentSmsProvider } from '../../server/src/modules/notifications/tencent-sms';
import { startSmsStandIn, TEMPLATE_IDS, type SmsStandIn } from './sms-standin';
import { bearer, createTestApp, DEMO, newKey, type TestApp } from './test-app';

let standIn: SmsStandIn;
let t: TestApp;

/** Outside demo mode the keys must be given (config.ts). */
const KEYS = { piiKey: Buffer.alloc(32, 7).toString('base64') };

beforeAll(async () => {
  standIn = await startSmsStandIn();
  t = await createTestApp({ ...KEYS, sms: { kind: 'tencent', tencent: standIn.config } });
});
afterAll(async () => {
  await standIn.close();
  await t.close();
});
afterEach(() => {
  standIn.refuseWith = null;
});

const askCode = (phone: string) => t.app.inject({ method: 'POST', url: '/api/auth/code', payload: { phone } });
const lastTo = (phone: string) => standIn.sent.filter((s) => s.phone === `+86${phone}`).at(-1);
const post = (token: string, url: string, payload?: object) =>
  t.app.inject({ method: 'POST', url, headers: { ...bearer(token), 'idempotency-key': newKey() }, ...(payload ? { payload } : {}) });

/** Signs in with the code the stand-in received, as a person reads it off their phone. */
async function signIn(phone: string): Promise<string> {
  const asked = await askCode(phone);
  expect(asked.statusCode).toBe(200);
  const code = lastTo(phone)?.params[0] ?? '';
  const verified = await t.app.inject({ method: 'POST', url: '/api/auth/verify', payload: { phone, code } });
  expect(verified.statusCode).toBe(200);
  return verified.json<{ token: string }>().token;
}

test('the TC3-HMAC-SHA256 signature matches the worked example in Tencent Cloud’s “Signature v3” documentation', () => {
  const authorization = tc3Authorization({
    secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE',
    secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE',
    service: 'cvm',
    host: 'cvm.tencentcloudapi.com',
    timestamp: 1551113065,
    payload: String.raw`{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}`,
  });
  expect(authorization).toBe(
    'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168',
  );
});

test('a sign-in code goes out as the sign-in template, and only the code that arrived signs in', async () => {
  const asked = await askCode(DEMO.qiqige);
  expect(asked.json()).toEqual({ sent: true, expiresInSeconds: 300 }); // no devCode outside demo mode
  const sms = lastTo(DEMO.qiqige);
  expect(sms).toMatchObject({ template: 'sign_in_code', signName: '乌审旗帮办代办' });
  expect(sms?.params).toEqual([expect.stringMatching(/^\d{6}$/), '5']);
  expect(renderSms(smsMessage('sign_in_code', sms?.params ?? []), '乌审旗帮办代办')).toBe(
    `【乌审旗帮办代办】您的登录验证码为${sms?.params[0] ?? ''}，5分钟内有效。请勿把验证码告诉他人。`,
  );
  const verified = await t.app.inject({ method: 'POST', url: '/api/auth/verify', payload: { phone: DEMO.qiqige, code: sms?.params[0] } });
  expect(verified.statusCode).toBe(200);
});

test('a vendor refusal is SMS_NOT_SENT; the code that never went out is taken back and does not count against the limit', async () => {
  standIn.refuseWith = 'LimitExceeded.PhoneNumberDailyLimit';
  const before = standIn.sent.length;
  for (let i = 0; i < 6; i++) {
    const refused = await askCode(DEMO.zhangGuilan);
    expect(refused.statusCode).toBe(502);
    expect(refused.json().error).toMatchObject({ code: 'SMS_NOT_SENT', message: expect.stringMatching(/could not be sent/) });
  }
  expect(standIn.sent.length).toBe(before);
  expect(await t.app.db.selectFrom('login_codes').select('phone').where('phone', '=', DEMO.zhangGuilan).execute()).toEqual([]);
  standIn.refuseWith = null;
  // Six refused asks did not use up the five codes a number may get in 15 minutes.
  await signIn(DEMO.zhangGuilan);
});

test('短信轰炸: one number gets at most 10 code texts a day, whoever asks for them; other numbers are not affected', async () => {
  const son = await signIn(DEMO.bateer);
  const victim = '13655550077';
  const textsTo = () => standIn.sent.filter((s) => s.phone === `+86${victim}`).length;
  // a family link asked for again and again (each ask sends a new code), plus sign-ins to the same number
  const added = await post(son, '/api/family', { phone: victim, name: '邻居', relation: '其他' });
  const linkId = added.json<{ link: { id: string } }>().link.id;
  for (let i = 0; i < 5; i++) expect((await post(son, `/api/family/${linkId}/resend`)).statusCode).toBe(200);
  for (let i = 0; i < 4; i++) expect((await askCode(victim)).statusCode).toBe(200);
  expect(textsTo()).toBe(10);
  const refused = await post(son, `/api/family/${linkId}/resend`);
  expect(refused.statusCode).toBe(429);
  expect(refused.json().error).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(/too many code texts today/) });
  expect((await askCode(victim)).json().error.code).toBe('RATE_LIMITED');
  expect(textsTo()).toBe(10);
  // the refused sign-in code was taken back: nothing usable is left behind
  expect(await t.app.db.selectFrom('login_codes').select('phone').where('phone', '=', victim).execute()).toHaveLength(4);
  expect((await askCode('13655550078')).statusCode).toBe(200);
  // A day later the number may be texted again, and the day's sends (phone numbers) are gone.
  const tomorrow = new Date(Date.now() + 24 * 3600_000 + 60_000);
  await sendCodeText(t.app.db, new TencentSmsProvider(standIn.config), t.app.log, victim, smsMessage('sign_in_code', ['123456', '5']), tomorrow);
  expect(textsTo()).toBe(11);
  expect(await t.app.db.selectFrom('sms_sends').select('sent_at').where('phone', '=', victim).execute()).toEqual([{ sent_at: tomorrow.toISOString() }]);
});

test('a wrong secret (the stand-in checks the signature) and an unreachable vendor are SMS_NOT_SENT too', async () => {
  const wrongKey = await createTestApp({ ...KEYS, sms: { kind: 'tencent', tencent: { ...standIn.config, secretKey: 'not-the-secret' } } });
  const unreachable = await createTestApp({ ...KEYS, sms: { kind: 'tencent', tencent: { ...standIn.config, apiBase: 'http://127.0.0.1:9' } } });
  try {
    for (const app of [wrongKey.app, unreachable.app]) {
      const answer = await app.inject({ method: 'POST', url: '/api/auth/code', payload: { phone: DEMO.bateer } });
      expect(answer.statusCode).toBe(502);
      expect(answer.json().error.code).toBe('SMS_NOT_SENT');
    }
  } finally {
    await wrongKey.close();
    await unreachable.close();
  }
});

test('a family member’s code goes to their phone, naming who asks; the answer carries no code', async () => {
  const son = await signIn(DEMO.bateer);
  const added = await post(son, '/api/family', { phone: '13655550001', name: '阿妈', relation: '母亲' });
  expect(added.statusCode).toBe(200);
  expect(added.json()).not.toHaveProperty('devCode');
  const sms = lastTo('13655550001');
  expect(sms).toMatchObject({ template: 'family_code', params: ['巴特尔', expect.stringMatching(/^\d{6}$/)] });

  // A refused resend says so, and the link stays waiting for a code that does arrive.
  const linkId = added.json<{ link: { id: string } }>().link.id;
  standIn.refuseWith = 'FailedOperation.PhoneNumberInBlacklist';
  expect((await post(son, `/api/family/${linkId}/resend`)).json().error.code).toBe('SMS_NOT_SENT');
  standIn.refuseWith = null;
  expect((await post(son, `/api/family/${linkId}/resend`)).statusCode).toBe(200);
  // She reads it to her son, who enters it.
  const code = lastTo('13655550001')?.params[1] ?? '';
  const confirmed = await post(son, `/api/family/${linkId}/confirm`, { code });
  expect(confirmed.statusCode).toBe(200);
  expect(confirmed.json()).toMatchObject({ status: 'confirmed' });
});

test('网格+代办: the resident’s code names the grid worker and what was filed, on the resident’s own phone', async () => {
  const grid = await signIn(DEMO.gridUrina);
  const resident = (await post(grid, '/api/residents', { phone: '13655550002', name: '额尔敦', villageId: 'wushenzhao-wushenzhao', consent: true })).json<{ id: string }>();
  const filed = (await post(grid, '/api/requests', { kind: 'home_visit', villageId: 'wushenzhao-wushenzhao', description: '帮老人办残疾人证', forUserId: resident.id })).json<RequestDetail>();
  const sent = await post(grid, `/api/requests/${filed.id}/confirmation-code`);
  expect(sent.json()).toEqual({ sent: true });
  const sms = lastTo('13655550002');
  expect(sms).toMatchObject({ template: 'confirm_code', params: ['乌日娜', '帮老人办残疾人证', expect.stringMatching(/^\d{6}$/)] });
  const confirmed = await post(grid, `/api/requests/${filed.id}/confirm`, { code: sms?.params[2] });
  expect(confirmed.json<RequestDetail>().awaitingResidentConfirmation).toBe(false);
});

test('news goes out as its template (the stand-in refuses a wrong parameter count) and the delivery records the serial number', async () => {
  const grid = await signIn(DEMO.gridUrina);
  const resident = await signIn(DEMO.zhangGuilan);
  await post(grid, '/api/notifications/subscriptions', { sms: [{ event: 'offered', enabled: true }] });
  await t.app.db.updateTable('helpers').set({ capacity_per_day: 20 }).where('user_id', '=', 'u-wurina').execute();
  expect((await post(resident, '/api/requests', { kind: 'callback', villageId: 'wushenzhao-wushenzhao', description: '请回电' })).statusCode).toBe(201);
  await t.app.notifier.flush();
  const sms = lastTo(DEMO.gridUrina);
  expect(sms).toMatchObject({ template: 'offered', params: ['乌审召嘎查', '请回电'] });
  const delivery = await t.app.db
    .selectFrom('notification_deliveries')
    .select(['channel', 'status', 'detail'])
    .where('user_id', '=', 'u-wurina')
    .where('event', '=', 'offered')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  expect(delivery).toEqual({ channel: 'sms', status: 'sent', detail: expect.stringMatching(/^serial-\d+$/) });
});

test('SMS_PROVIDER: unset is demo mode, an unknown name or a missing variable stops start-up with the names', () => {
  expect(smsSettingsFromEnv({})).toEqual({ kind: 'demo' });
  expect(smsSettingsFromEnv({ SMS_PROVIDER: 'log' })).toEqual({ kind: 'log' });
  expect(() => smsSettingsFromEnv({ SMS_PROVIDER: 'aliyun' })).toThrow('SMS_PROVIDER=aliyun is not known; use one of: log, tencent');
  expect(() => smsSettingsFromEnv({ SMS_PROVIDER: 'tencent', TENCENTCLOUD_SECRET_ID: 'id', SMS_SIGN_NAME: '乌审旗帮办代办' })).toThrow(
    'SMS_PROVIDER=tencent needs TENCENTCLOUD_SECRET_KEY, SMS_SDK_APP_ID, SMS_TEMPLATE_SIGN_IN_CODE, SMS_TEMPLATE_FAMILY_CODE, SMS_TEMPLATE_CONFIRM_CODE',
  );
  const env: NodeJS.ProcessEnv = { SMS_PROVIDER: 'tencent', TENCENTCLOUD_SECRET_ID: 'id', TENCENTCLOUD_SECRET_KEY: 'key', SMS_SDK_APP_ID: '1400000001', SMS_SIGN_NAME: '乌审旗帮办代办' };
  for (const name of SMS_TEMPLATE_NAMES) env[`SMS_TEMPLATE_${name.toUpperCase()}`] = TEMPLATE_IDS[name];
  // Outside demo mode the signing and encryption keys must come from the deployment, not be generated into data/.
  expect(() => configFromEnv({ SMS_PROVIDER: 'log' })).toThrow('SMS_PROVIDER=log runs outside demo mode and needs JWT_SECRET and PII_KEY set');
  expect(() => configFromEnv({ ...env, JWT_SECRET: 'a-secret' })).toThrow('SMS_PROVIDER=tencent runs outside demo mode and needs PII_KEY set');
  expect(configFromEnv({ ...env, JWT_SECRET: 'a-secret', PII_KEY: KEYS.piiKey })).toMatchObject({ demoMode: false, sms: { kind: 'tencent' } });
  expect(configFromEnv({})).toMatchObject({ demoMode: true, sms: { kind: 'demo' } });
  expect(smsSettingsFromEnv(env)).toEqual({
    kind: 'tencent',
    tencent: { secretId: 'id', secretKey: 'key', sdkAppId: '1400000001', signName: '乌审旗帮办代办', region: 'ap-guangzhou', apiBase: 'https://sms.tencentcloudapi.com', templates: TEMPLATE_IDS },
  });
});

test('the README lists every template exactly as the server sends it, for the operator to register', () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
  for (const name of SMS_TEMPLATE_NAMES) expect(readme).toContain(`| \`${name.toUpperCase()}\` | ${SMS_TEMPLATES[name]} |`);
});

test('every template’s parameters are cut to what vendors accept, never refused', () => {
  expect(SMS_TEMPLATE_NAMES.map(paramCount)).toEqual([2, 2, 3, 2, 1, 2, 4, 3, 2, 3, 3, 1]);
  const long = smsMessage('status_changed', ['内蒙古自治区鄂尔多斯市乌审旗乌审召镇残疾人证新办申请', '已受理']);
  expect(long.params[0]).toBe('内蒙古自治区鄂尔多斯市乌审旗乌审召镇残…');
  expect([...long.params[0]].length).toBe(20);
  expect(smsMessage('rating_reply', [null]).params).toEqual(['—']);
});
