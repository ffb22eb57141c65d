// SMS_PROVIDER and the variables each provider needs, read once at start-up. A provider named but not fully
// configured stops the server with the names of what is missing: a deployment that cannot send sign-in codes must
// not look healthy.
import type { FastifyBaseLogger } from 'fastify';
import { LoggingSmsProvider, type SmsProvider } from './sms-provider';
import { REQUIRED_SMS_TEMPLATES, SMS_TEMPLATE_NAMES, type SmsTemplateName } from './sms-templates';
import { TencentSmsProvider, type TencentSmsConfig } from './tencent-sms';

export type SmsSettings =
  /** no provider: texts go to the log, and codes back to the H5 page so the demo can be used */
  | { kind: 'demo' }
  /** texts go to the log only (a staging server whose testers read the log) */
  | { kind: 'log' }
  | { kind: 'tencent'; tencent: TencentSmsConfig };

export const SMS_PROVIDERS = ['log', 'tencent'] as const;

export function smsSettingsFromEnv(env: NodeJS.ProcessEnv): SmsSettings {
  const provider = env.SMS_PROVIDER?.trim();
  if (!provider) return { kind: 'demo' };
  if (provider === 'log') return { kind: 'log' };
  if (provider !== 'tencent') throw new Error(`SMS_PROVIDER=${provider} is not known; use one of: ${SMS_PROVIDERS.join(', ')} (or leave it unset for demo mode)`);
  const templates: Partial<Record<SmsTemplateName, string>> = {};
  for (const name of SMS_TEMPLATE_NAMES) {
    const id = env[`SMS_TEMPLATE_${name.toUpperCase()}`]?.trim();
    if (id) templates[name] = id;
  }
  const required: Record<string, string | undefined> = {
    TENCENTCLOUD_SECRET_ID: env.TENCENTCLOUD_SECRET_ID,
    TENCENTCLOUD_SECRET_KEY: env.TENCENTCLOUD_SECRET_KEY,
    SMS_SDK_APP_ID: env.SMS_SDK_APP_ID,
    SMS_SIGN_NAME: env.SMS_SIGN_NAME,
  };
  for (const name of REQUIRED_SMS_TEMPLATES) required[`SMS_TEMPLATE_${name.toUpperCase()}`] = templates[name];
  const missing = Object.entries(required)
    .filter(([, value]) => !value?.trim())
    .map(([name]) => name);
  if (missing.length > 0) throw new Error(`SMS_PROVIDER=tencent needs ${missing.join(', ')}`);
  const value = (name: string): string => (required[name] ?? '').trim();
  return {
    kind: 'tencent',
    tencent: {
      secretId: value('TENCENTCLOUD_SECRET_ID'),
      secretKey: value('TENCENTCLOUD_SECRET_KEY'),
      sdkAppId: value('SMS_SDK_APP_ID'),
      signName: value('SMS_SIGN_NAME'),
      region: env.SMS_REGION?.trim() || 'ap-guangzhou',
      apiBase: env.SMS_API_BASE?.trim() || 'https://sms.tencentcloudapi.com',
      templates,
    },
  };
}

export function smsProviderOf(settings: SmsSettings, log: FastifyBaseLogger): SmsProvider {
  return settings.kind === 'tencent' ? new TencentSmsProvider(settings.tencent) : new LoggingSmsProvider(log);
}
