// Tencent Cloud SMS (API 3.0, SendSms of version 2021-01-11), called over HTTPS with the TC3-HMAC-SHA256 signature
// written out here rather than through Tencent's SDK: one action needs one signed POST, and the SDK would bring
// every product of theirs with it. The signature is checked against the worked example in Tencent's own
// "Signature v3" documentation (__tests__/server/sms-tencent.test.ts).
import crypto from 'node:crypto';
import type { SmsMessage, SmsTemplateName } from './sms-templates';
import type { SmsProvider, SmsResult } from './sms-provider';

export interface TencentSmsConfig {
  secretId: string;
  secretKey: string;
  /** SmsSdkAppId, from the SMS console's application list */
  sdkAppId: string;
  /** the approved signature, without brackets */
  signName: string;
  region: string;
  /** https://sms.tencentcloudapi.com; tests point it at a local stand-in */
  apiBase: string;
  /** approved template id per message; a message without one is not sent */
  templates: Partial<Record<SmsTemplateName, string>>;
  timeoutMs?: number;
}

const SERVICE = 'sms';
const VERSION = '2021-01-11';
const ALGORITHM = 'TC3-HMAC-SHA256';
const CONTENT_TYPE = 'application/json; charset=utf-8';

const sha256Hex = (text: string): string => crypto.createHash('sha256').update(text, 'utf8').digest('hex');
const hmac = (key: Buffer | string, text: string): Buffer => crypto.createHmac('sha256', key).update(text, 'utf8').digest();

export interface SignInput {
  secretId: string;
  secretKey: string;
  service: string;
  host: string;
  /** seconds since the epoch; the credential's date is its UTC day */
  timestamp: number;
  payload: string;
}

/** The Authorization header of a POST with a JSON body, signing content-type and host. */
export function tc3Authorization(input: SignInput): string {
  const date = new Date(input.timestamp * 1000).toISOString().slice(0, 10);
  const signedHeaders = 'content-type;host';
  const canonicalRequest = ['POST', '/', '', `content-type:${CONTENT_TYPE}\nhost:${input.host}\n`, signedHeaders, sha256Hex(input.payload)].join('\n');
  const scope = `${date}/${input.service}/tc3_request`;
  const stringToSign = [ALGORITHM, String(input.timestamp), scope, sha256Hex(canonicalRequest)].join('\n');
  const signingKey = hmac(hmac(hmac(`TC3${input.secretKey}`, date), input.service), 'tc3_request');
  const signature = crypto.createHmac('sha256', signingKey).update(stringToSign, 'utf8').digest('hex');
  return `${ALGORITHM} Credential=${input.secretId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}

interface SendSmsAnswer {
  Response?: {
    Error?: { Code?: string; Message?: string };
    SendStatusSet?: { Code?: string; Message?: string; SerialNo?: string }[];
  };
}

export class TencentSmsProvider implements SmsProvider {
  constructor(private readonly config: TencentSmsConfig) {}

  async send(phone: string, message: SmsMessage): Promise<SmsResult> {
    const templateId = this.config.templates[message.template];
    if (!templateId) return { status: 'failed', detail: `no template id for ${message.template} (SMS_TEMPLATE_${message.template.toUpperCase()})` };
    const payload = JSON.stringify({
      PhoneNumberSet: [`+86${phone}`],
      SmsSdkAppId: this.config.sdkAppId,
      SignName: this.config.signName,
      TemplateId: templateId,
      TemplateParamSet: message.params,
    });
    const url = new URL(this.config.apiBase);
    const timestamp = Math.floor(Date.now() / 1000);
    const authorization = tc3Authorization({ secretId: this.config.secretId, secretKey: this.config.secretKey, service: SERVICE, host: url.host, timestamp, payload });
    let answer: SendSmsAnswer;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          Authorization: authorization,
          'Content-Type': CONTENT_TYPE,
          'X-TC-Action': 'SendSms',
          'X-TC-Version': VERSION,
          'X-TC-Timestamp': String(timestamp),
          'X-TC-Region': this.config.region,
        },
        body: payload,
        signal: AbortSignal.timeout(this.config.timeoutMs ?? 8_000),
      });
      if (!response.ok) return { status: 'failed', detail: `HTTP ${response.status}` };
      answer = (await response.json()) as SendSmsAnswer;
    } catch (error) {
      return { status: 'failed', detail: error instanceof Error ? error.message : String(error) };
    }
    const error = answer.Response?.Error;
    if (error) return { status: 'failed', detail: `${error.Code ?? 'Error'} ${error.Message ?? ''}`.trim() };
    const status = answer.Response?.SendStatusSet?.[0];
    if (!status) return { status: 'failed', detail: 'no send status in the answer' };
    // "Ok" is the only success; anything else (a daily limit for the number, a template not approved…) is a refusal.
    if (status.Code !== 'Ok') return { status: 'failed', detail: `${status.Code ?? ''} ${status.Message ?? ''}`.trim() };
    return { status: 'sent', detail: status.SerialNo ?? null };
  }
}
