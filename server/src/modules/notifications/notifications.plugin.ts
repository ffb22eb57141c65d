// Notifications: opt-in routes, and the notifier that pushes committed message-centre entries to WeChat (subscribe
// messages through the real API, when configured) or SMS (a logging provider in demo mode). A push runs after every
// write request and, in the process entry, on a timer that also sends the visit reminders.
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { NOTIFICATION_EVENTS, type NotificationEvent } from '../../../../types';
import type { AppConfig } from '../../config';
import { IdempotencyHeaders, errorResponses } from '../../schemas/common';
import { SubscriptionBody, SubscriptionsResponse } from '../../schemas/quality';
import deliveryRoutes from './deliveries.routes';
import { record, subscriptions } from './optins';
import { pushPending, type PushDeps } from './pusher';
import type { SmsProvider } from './sms-provider';
import { sendVisitReminders } from './visit-reminders';
import type { WechatApi } from '../../lib/wechat-api';
import { WechatSubscribeClient } from './wechat-provider';

export interface NotificationOptions {
  /** the app's WeChat API client (null when WECHAT_APPID / WECHAT_SECRET are not set) */
  wechat: WechatApi | null;
  /** the subscribe-message template id of each event, from WECHAT_TEMPLATE_<EVENT> */
  templates: Partial<Record<NotificationEvent, string>>;
  /** run reminders and pushes on a timer (the process entry); tests drive app.notifier directly */
  intervalMs: number | null;
  sms: SmsProvider;
}

export interface Notifier {
  /** push every pending message; resolves when the outbox is empty (including a pass already under way) */
  flush(): Promise<number>;
  remindVisits(now?: Date): Promise<number>;
}

declare module 'fastify' {
  interface FastifyInstance {
    notifier: Notifier;
  }
}

export function notificationOptions(
  config: AppConfig,
  timer: boolean,
  clients: { wechat: WechatApi | null; sms: SmsProvider },
  env: NodeJS.ProcessEnv = process.env,
): NotificationOptions {
  const templates: Partial<Record<NotificationEvent, string>> = {};
  for (const event of NOTIFICATION_EVENTS) {
    const id = env[`WECHAT_TEMPLATE_${event.toUpperCase()}`]?.trim();
    if (id) templates[event] = id;
  }
  return { ...clients, templates, intervalMs: timer ? config.dispatchIntervalMs : null };
}

const BATCH = 100;

async function notifications(app: FastifyInstance, options: NotificationOptions): Promise<void> {
  const deps: PushDeps = {
    wechat: options.wechat ? new WechatSubscribeClient(options.wechat) : null,
    templates: options.templates,
    sms: options.sms,
  };
  let running: Promise<number> | null = null;
  let again = false;
  let closed = false;

  const flush = (): Promise<number> => {
    if (closed) return Promise.resolve(0);
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let handled = 0;
      do {
        again = false;
        const n = await pushPending(app.db, deps);
        handled += n;
        if (n >= BATCH) again = true;
      } while (again && !closed);
      return handled;
    })()
      .catch((error: unknown) => {
        app.log.error({ err: error }, 'notification push failed');
        return 0;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  app.decorate('notifier', { flush, remindVisits: (now?: Date) => sendVisitReminders(app.db, now) });

  // A callback hook, not an async one: every response passes through it, and an async hook costs a read a promise
  // and a turn of the microtask queue for nothing. Writes start the push exactly as before and do not wait for it.
  app.addHook('onResponse', (request, _reply, done) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') void flush();
    done();
  });
  const timer = options.intervalMs
    ? setInterval(() => {
        sendVisitReminders(app.db)
          .then(flush)
          .catch((error: unknown) => app.log.error({ err: error }, 'visit reminders failed'));
      }, options.intervalMs)
    : null;
  timer?.unref();
  app.addHook('preClose', async () => {
    closed = true;
    if (timer) clearInterval(timer);
    await running;
  });

  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const optinConfig = { wechatConfigured: options.wechat !== null, templates: options.templates };
  api.get(
    '/api/notifications/subscriptions',
    {
      onRequest: [app.authenticate],
      schema: { tags: ['notifications'], summary: 'My notification opt-ins, and the template ids for wx.requestSubscribeMessage', response: { 200: SubscriptionsResponse, ...errorResponses } },
    },
    async (request) => subscriptions(app.db, request.user, optinConfig),
  );
  api.post(
    '/api/notifications/subscriptions',
    {
      onRequest: [app.authenticate],
      config: { idempotency: 'optional' },
      schema: {
        tags: ['notifications'],
        summary: 'Record what the user accepted in wx.requestSubscribeMessage (one message per acceptance) and their SMS choices',
        headers: IdempotencyHeaders,
        body: SubscriptionBody,
        response: { 200: SubscriptionsResponse, ...errorResponses },
      },
    },
    async (request) => {
      await record(app.db, request.user, request.body, optinConfig);
      return subscriptions(app.db, request.user, optinConfig);
    },
  );
  await app.register(deliveryRoutes, { deps });
}

export default fp(notifications, { name: 'notifications', dependencies: ['db', 'auth'] });
