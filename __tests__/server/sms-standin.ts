// A local stand-in for Tencent Cloud's SMS endpoint: it checks each request the way the real one does (the
// TC3-HMAC-SHA256 signature with its own copy of the secret, the action, version and region headers, a fresh
// timestamp, the template's parameter count) and records what would have been sent.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tc3Authorization, type TencentSmsConfig } from '../../server/src/modules/notifications/tencent-sms';
import { SMS_TEMPLATE_NAMES, paramCount, type SmsTemplateName } from '../../server/src/modules/notifications/sms-templates';

export interface SentSms {
  phone: string;
  template: SmsTemplateName;
  params: string[];
  signName: string;
}

interface SendBody {
  PhoneNumberSet: string[];
  SmsSdkAppId: string;
  SignName: string;
  TemplateId: string;
  TemplateParamSet: string[];
}

export interface SmsStandIn {
  config: TencentSmsConfig;
  sent: SentSms[];
  /** the next answers' per-number status code instead of "Ok" (e.g. a daily limit), until cleared */
  refuseWith: string | null;
  close(): Promise<void>;
}

const SECRET_ID = 'AKIDstandin0000000000000000000000000';
const SECRET_KEY = 'standin-secret-key-0000000000000000';

/** Template ids as the vendor's console would number them. */
export const TEMPLATE_IDS = Object.fromEntries(SMS_TEMPLATE_NAMES.map((name, i) => [name, String(2_000_000 + i)])) as Record<SmsTemplateName, string>;

const error = (code: string, message: string) => ({ Response: { Error: { Code: code, Message: message }, RequestId: 'standin' } });

export async function startSmsStandIn(): Promise<SmsStandIn> {
  const state: { sent: SentSms[]; refuseWith: string | null } = { sent: [], refuseWith: null };
  const byId = new Map(Object.entries(TEMPLATE_IDS).map(([name, id]) => [id, name as SmsTemplateName]));
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const payload = Buffer.concat(chunks).toString('utf8');
      const answer = (body: unknown) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const timestamp = Number(req.headers['x-tc-timestamp']);
      if (req.method !== 'POST' || req.headers['x-tc-action'] !== 'SendSms' || req.headers['x-tc-version'] !== '2021-01-11') {
        return answer(error('InvalidAction', 'not SendSms 2021-01-11'));
      }
      if (req.headers['x-tc-region'] !== 'ap-beijing') return answer(error('InvalidParameterValue', 'region'));
      if (!Number.isInteger(timestamp) || Math.abs(timestamp - Date.now() / 1000) > 300) return answer(error('AuthFailure.SignatureExpire', 'timestamp'));
      if (req.headers['content-type'] !== 'application/json; charset=utf-8') return answer(error('InvalidParameter', 'content-type'));
      const expected = tc3Authorization({ secretId: SECRET_ID, secretKey: SECRET_KEY, service: 'sms', host: req.headers.host ?? '', timestamp, payload });
      if (req.headers.authorization !== expected) return answer(error('AuthFailure.SignatureFailure', 'The provided credentials could not be validated.'));
      const body = JSON.parse(payload) as SendBody;
      const template = byId.get(body.TemplateId);
      if (!template || body.SmsSdkAppId !== '1400000001') return answer(error('FailedOperation.TemplateIncorrectOrUnapproved', 'template'));
      if (body.TemplateParamSet.length !== paramCount(template)) return answer(error('InvalidParameterValue.TemplateParameterFormatError', 'parameter count'));
      const phone = body.PhoneNumberSet[0] ?? '';
      if (state.refuseWith) return answer({ Response: { SendStatusSet: [{ Code: state.refuseWith, Message: 'refused', PhoneNumber: phone }], RequestId: 'standin' } });
      state.sent.push({ phone, template, params: body.TemplateParamSet, signName: body.SignName });
      answer({ Response: { SendStatusSet: [{ SerialNo: `serial-${state.sent.length}`, PhoneNumber: phone, Fee: 1, Code: 'Ok', Message: 'send success' }], RequestId: 'standin' } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    config: {
      secretId: SECRET_ID,
      secretKey: SECRET_KEY,
      sdkAppId: '1400000001',
      signName: '乌审旗帮办代办',
      region: 'ap-beijing',
      apiBase: `http://127.0.0.1:${port}`,
      templates: { ...TEMPLATE_IDS },
      timeoutMs: 2_000,
    },
    get sent() {
      return state.sent;
    },
    get refuseWith() {
      return state.refuseWith;
    },
    set refuseWith(code: string | null) {
      state.refuseWith = code;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
