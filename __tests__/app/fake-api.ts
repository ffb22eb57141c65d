// Component tests answer the app's HTTP calls from a table of routes, at the one network boundary (Taro.request),
// and record what was sent. The server's own behaviour is tested through real HTTP in __tests__/server.
import Taro from '@tarojs/taro';

export interface SentRequest {
  method: string;
  path: string;
  body: unknown;
  headers: Record<string, string>;
}

type Handler = (sent: SentRequest) => { status?: number; body: unknown };

export function fakeApi(routes: Record<string, Handler | { status?: number; body: unknown }>): SentRequest[] {
  const sent: SentRequest[] = [];
  jest.spyOn(Taro, 'request').mockImplementation(((options: Taro.request.Option) => {
    const url = new URL(options.url, 'http://app.test');
    const request: SentRequest = {
      method: options.method ?? 'GET',
      path: `${url.pathname}${url.search}`,
      body: typeof options.data === 'string' ? JSON.parse(options.data) : options.data,
      headers: (options.header ?? {}) as Record<string, string>,
    };
    sent.push(request);
    const route = routes[`${request.method} ${url.pathname}`] ?? routes[`${request.method} ${request.path}`];
    const answer = typeof route === 'function' ? route(request) : route;
    if (!answer) return Promise.resolve({ statusCode: 404, data: { error: { code: 'NOT_FOUND', message: `no fake for ${request.path}` } }, header: {}, errMsg: 'ok' });
    return Promise.resolve({ statusCode: answer.status ?? 200, data: answer.body, header: {}, errMsg: 'request:ok' });
  }) as unknown as typeof Taro.request);
  return sent;
}
