// The mini-program's server-side WeChat API, one instance per app: the access token (from /cgi-bin/token, cached until
// shortly before it expires, fetched once however many calls wait for it) is shared by subscribe messages and phone
// sign-in, because fetching a new token retires the old one within minutes: two caches would keep undoing each other.
export interface WechatApiConfig {
  appId: string;
  secret: string;
  apiBase: string;
}

export interface WechatReply {
  errcode?: number;
  errmsg?: string;
  access_token?: string;
  expires_in?: number;
  openid?: unknown;
  phone_info?: { phoneNumber?: unknown; purePhoneNumber?: unknown; countryCode?: unknown };
}

/** Codes meaning the token we hold is no longer good: fetch a new one and try once more. */
const TOKEN_ERRORS = new Set([40001, 40014, 42001]);
const TIMEOUT_MS = 5000;
const EARLY_REFRESH_S = 300;

async function call(url: URL, init?: RequestInit): Promise<WechatReply> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  return (await response.json()) as WechatReply;
}

export class WechatApi {
  private token: { value: string; expiresAt: number } | null = null;
  private pending: Promise<string> | null = null;

  constructor(readonly config: WechatApiConfig) {}

  private async fetchToken(): Promise<string> {
    const url = new URL('/cgi-bin/token', this.config.apiBase);
    url.searchParams.set('grant_type', 'client_credential');
    url.searchParams.set('appid', this.config.appId);
    url.searchParams.set('secret', this.config.secret);
    const body = await call(url);
    if (!body.access_token) throw new Error(`token refused: ${body.errcode ?? '?'} ${body.errmsg ?? ''}`.trim());
    const lifetime = Math.max((body.expires_in ?? 7200) - EARLY_REFRESH_S, 60);
    this.token = { value: body.access_token, expiresAt: Date.now() + lifetime * 1000 };
    return body.access_token;
  }

  private accessToken(): Promise<string> {
    if (this.token && this.token.expiresAt > Date.now()) return Promise.resolve(this.token.value);
    this.pending ??= this.fetchToken().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  /** POSTs JSON to an API that takes the access token; a token WeChat no longer accepts is replaced once. Throws on network errors. */
  async post(path: string, body: unknown): Promise<WechatReply> {
    for (let attempt = 0; ; attempt += 1) {
      const url = new URL(path, this.config.apiBase);
      url.searchParams.set('access_token', await this.accessToken());
      const reply = await call(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (!(TOKEN_ERRORS.has(reply.errcode ?? 0) && attempt === 0)) return reply;
      this.token = null;
    }
  }

  /** code2session: the mini-program's login code (Taro.login) -> the user's openid. Throws on network errors. */
  async code2session(code: string): Promise<WechatReply> {
    const url = new URL('/sns/jscode2session', this.config.apiBase);
    url.searchParams.set('appid', this.config.appId);
    url.searchParams.set('secret', this.config.secret);
    url.searchParams.set('js_code', code);
    url.searchParams.set('grant_type', 'authorization_code');
    return call(url);
  }
}
