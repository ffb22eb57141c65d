// WeChat subscribe messages (订阅消息): POST /cgi-bin/message/subscribe/send through the app's WeChat API client
// (lib/wechat-api.ts), which holds the access token shared with phone sign-in.
import type { WechatApi } from '../../lib/wechat-api';

export type TemplateData = Record<string, { value: string }>;

export type SendResult = { ok: true } | { ok: false; code: string; message: string; userRefused: boolean };

/** The user has no subscription left for this template (refused, or used up). */
const USER_REFUSED = 43101;

export class WechatSubscribeClient {
  constructor(private readonly api: WechatApi) {}

  async send(openid: string, templateId: string, page: string, data: TemplateData): Promise<SendResult> {
    try {
      const body = await this.api.post('/cgi-bin/message/subscribe/send', { touser: openid, template_id: templateId, page, data, lang: 'zh_CN' });
      const code = body.errcode ?? 0;
      if (code === 0) return { ok: true };
      return { ok: false, code: String(code), message: body.errmsg ?? '', userRefused: code === USER_REFUSED };
    } catch (error) {
      return { ok: false, code: 'network', message: error instanceof Error ? error.message : String(error), userRefused: false };
    }
  }
}
