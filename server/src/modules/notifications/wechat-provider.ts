// WeChat subscribe messages (订阅消息) through the real API: an access token from /cgi-bin/token (cached until shortly
// before it expires, fetched once however many sends wait for it), then POST /cgi-bin/message/subscribe/send.
export interface WechatApiConfig {
  appId: string;
  secret: string;
  apiBase: string;
}

export type TemplateData = Record<string, { value: string }>;

export type SendResult = { ok: true } | { ok: false; code: string; message: string; userRefused: boolean };

/** Codes meaning the token we hold is no longer good: fetch a new one and try once more. */
const TOKEN_ERRORS = new Set([40001, 40014, 42001]);
/** The user has no subscription left for this template (refused, or used up). */
const USER_REFUSED = 43101;
const TIMEOUT_MS = 5000;
const EARLY_REFRESH_S = 300;

interface WechatReply {
  errcode?: number;
  errmsg?: string;
  access_token?: string;
  expires_in?: number;
}

async function call(url: URL, init?: RequestInit): Promise<WechatReply> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  return (await response.json()) as WechatReply;
}

export class WechatSubscribeClient {
  private token: { value: string; expiresAt: number } | null = null;
  private pending: Promise<string> | null = null;

  constructor(private readonly config: WechatApiConfig) {}

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

  async send(openid: string, templateId: string, page: string, data: TemplateData): Promise<SendResult> {
    try {
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const url = new URL('/cgi-bin/message/subscribe/send', this.config.apiBase);
        url.searchParams.set('access_token', await this.accessToken());
        const body = await call(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ touser: openid, template_id: templateId, page, data, lang: 'zh_CN' }),
        });
        const code = body.errcode ?? 0;
        if (code === 0) return { ok: true };
        if (TOKEN_ERRORS.has(code) && attempt === 0) {
          this.token = null;
          continue;
        }
        return { ok: false, code: String(code), message: body.errmsg ?? '', userRefused: code === USER_REFUSED };
      }
      return { ok: false, code: 'token', message: 'the access token was refused twice', userRefused: false };
    } catch (error) {
      return { ok: false, code: 'network', message: error instanceof Error ? error.message : String(error), userRefused: false };
    }
  }
}
