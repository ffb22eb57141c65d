// Configuration from the environment, read once. Every variable is listed in the README.
import path from 'node:path';
import { smsSettingsFromEnv, type SmsSettings } from './modules/notifications/sms-config';

export interface AppConfig {
  /** SQLite file path, used when databaseUrl is not set */
  sqlitePath: string;
  /** postgres://… switches the engine to PostgreSQL */
  databaseUrl: string | null;
  /** signing secret for session tokens; generated into data/ in demo mode when absent */
  jwtSecret: string | null;
  /** 32 bytes, base64: the AES-256-GCM key for sensitive personal data; generated into data/ in demo mode */
  piiKey: string | null;
  dataDir: string;
  /** folder with the built H5 app; served at / when it exists */
  h5Dir: string | null;
  /** true when no SMS provider is configured: codes go to the log and to the H5 dev banner */
  demoMode: boolean;
  /** which SMS provider sends codes and news (SMS_PROVIDER and its variables) */
  sms: SmsSettings;
  codeTtlSeconds: number;
  offerWindowSeconds: number;
  /** writes one person (or one address before sign-in) may make per minute, beyond routes with their own limit */
  writeLimitPerMinute: number;
  dispatchIntervalMs: number;
  /** SQLite: checkpoint the log in a worker thread instead of inside commits (db/checkpointer.ts) */
  backgroundCheckpoints: boolean;
  /** case pages kept between reads (modules/requests/case-page-cache.ts); 0 turns the cache off */
  casePageCacheEntries: number;
  /** rebuild every kept case page on read and fail when it differs (the test suite sets it) */
  casePageCacheVerify: boolean;
  wechat: { appId: string; secret: string; apiBase: string } | null;
  helpLinePhone: string;
  /** where the app is reached from outside, e.g. https://bangban.example.cn, for links printed as QR codes; null: the origin each caller used */
  publicOrigin: string | null;
  logLevel: string;
}

const intFrom = (value: string | undefined, fallback: number): number => {
  const parsed = Number.parseInt(value ?? '', 10);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
};

export function configFromEnv(env: NodeJS.ProcessEnv = process.env, overrides: Partial<AppConfig> = {}): AppConfig {
  const root = path.resolve(__dirname, '..', '..');
  const dataDir = env.DATA_DIR ?? path.join(root, 'data');
  const wechat =
    env.WECHAT_APPID && env.WECHAT_SECRET
      ? {
          appId: env.WECHAT_APPID,
          secret: env.WECHAT_SECRET,
          apiBase: env.WECHAT_API_BASE ?? 'https://api.weixin.qq.com',
        }
      : null;
  const sms = overrides.sms ?? smsSettingsFromEnv(env);
  // Outside demo mode the two keys must come from the deployment, not be generated next to the data they protect:
  // a copied data folder would carry the key to its own encrypted ID numbers and the power to sign sessions.
  if (sms.kind !== 'demo') {
    const keys = { JWT_SECRET: overrides.jwtSecret ?? env.JWT_SECRET, PII_KEY: overrides.piiKey ?? env.PII_KEY };
    const missing = Object.entries(keys)
      .filter(([, value]) => !value?.trim())
      .map(([name]) => name);
    if (missing.length > 0) throw new Error(`SMS_PROVIDER=${env.SMS_PROVIDER ?? sms.kind} runs outside demo mode and needs ${missing.join(' and ')} set`);
  }
  return {
    sqlitePath: env.SQLITE_PATH ?? path.join(dataDir, 'bangban.sqlite'),
    databaseUrl: env.DATABASE_URL ?? null,
    jwtSecret: env.JWT_SECRET ?? null,
    piiKey: env.PII_KEY ?? null,
    dataDir,
    h5Dir: env.H5_DIR ?? path.join(root, 'dist', 'h5'),
    demoMode: sms.kind === 'demo',
    sms,
    codeTtlSeconds: intFrom(env.CODE_TTL_SECONDS, 300),
    offerWindowSeconds: intFrom(env.OFFER_WINDOW_SECONDS, 900),
    writeLimitPerMinute: intFrom(env.WRITE_LIMIT_PER_MINUTE, 120),
    dispatchIntervalMs: intFrom(env.DISPATCH_INTERVAL_MS, 15_000),
    backgroundCheckpoints: env.SQLITE_BACKGROUND_CHECKPOINTS !== '0',
    casePageCacheEntries: env.CASE_PAGE_CACHE_ENTRIES === '0' ? 0 : intFrom(env.CASE_PAGE_CACHE_ENTRIES, 2_000),
    casePageCacheVerify: env.CASE_PAGE_CACHE_VERIFY === '1',
    wechat,
    helpLinePhone: env.HELP_LINE_PHONE ?? '12345',
    publicOrigin: env.PUBLIC_ORIGIN ? env.PUBLIC_ORIGIN.replace(/\/+$/, '') : null,
    logLevel: env.LOG_LEVEL ?? 'info',
    ...overrides,
  };
}
