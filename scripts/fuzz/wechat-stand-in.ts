// A local stand-in for WeChat's code2session (the README's WECHAT_API_BASE is for this), so the mini-program sign-in
// route is live during the fuzz instead of answering "not configured". Like WeChat, it accepts only codes it issued:
// here, codes starting with "ok-"; anything else gets errcode 40029 (invalid code).
import crypto from 'node:crypto';
import http from 'node:http';

export interface StandIn {
  url: string;
  calls: number;
  close(): Promise<void>;
}

export async function startWechatStandIn(): Promise<StandIn> {
  const state = { calls: 0 };
  const server = http.createServer((req, res) => {
    state.calls += 1;
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const code = url.searchParams.get('js_code') ?? '';
    const body =
      url.pathname === '/sns/jscode2session' && code.startsWith('ok-')
        ? { openid: `o-${crypto.createHash('sha256').update(code).digest('hex').slice(0, 24)}`, session_key: 'stand-in' }
        : { errcode: 40029, errmsg: 'invalid code' };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    get calls() {
      return state.calls;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
