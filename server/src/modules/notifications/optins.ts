// The user's opt-ins, as recorded: each WeChat subscription the user accepted (wx.requestSubscribeMessage) allows one
// message of that event; SMS is a standing yes or no per event, for residents without WeChat.
import type { Kysely } from 'kysely';
import { NOTIFICATION_EVENTS, type NotificationEvent, type SubscriptionBody, type SubscriptionsResponse } from '../../../../types';
import type { Database } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import type { SessionUser } from '../../plugins/auth';

/** WeChat lets one-time grants pile up; a cap keeps a tapping loop from building a mountain of them. */
const MAX_CREDITS = 50;

export interface OptinConfig {
  wechatConfigured: boolean;
  templates: Partial<Record<NotificationEvent, string>>;
}

export async function subscriptions(db: Kysely<Database>, user: SessionUser, config: OptinConfig): Promise<SubscriptionsResponse> {
  const [account, rows] = await Promise.all([
    db.selectFrom('users').select(['phone', 'wechat_openid']).where('id', '=', user.id).executeTakeFirstOrThrow(),
    db.selectFrom('notification_optins').selectAll().where('user_id', '=', user.id).execute(),
  ]);
  return {
    wechatAvailable: config.wechatConfigured && account.wechat_openid !== null,
    smsAvailable: account.phone !== null,
    templates: NOTIFICATION_EVENTS.flatMap((event) => {
      const templateId = config.templates[event];
      return templateId ? [{ event, templateId }] : [];
    }),
    items: NOTIFICATION_EVENTS.map((event) => {
      const row = rows.find((r) => r.event === event);
      return { event, wechatCredits: row?.wechat_credits ?? 0, sms: row?.sms === 1 };
    }),
  };
}

export async function record(db: Kysely<Database>, user: SessionUser, body: SubscriptionBody, config: OptinConfig): Promise<void> {
  const account = await db.selectFrom('users').select(['phone', 'wechat_openid']).where('id', '=', user.id).executeTakeFirstOrThrow();
  if (body.wechat?.length) {
    if (!config.wechatConfigured) throw new AppError('WECHAT_NOT_CONFIGURED', 'WeChat messages are not set up on this server');
    if (!account.wechat_openid) throw new AppError('VALIDATION_FAILED', 'this account did not sign in with WeChat', 'wechat');
  }
  if (body.sms?.some((s) => s.enabled) && !account.phone) throw new AppError('VALIDATION_FAILED', 'this account has no phone number for text messages', 'sms');
  const at = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    for (const event of NOTIFICATION_EVENTS) {
      const grants = body.wechat?.filter((w) => w.event === event && w.accepted).length ?? 0;
      const sms = body.sms?.find((s) => s.event === event);
      if (grants === 0 && !sms) continue;
      const row = await trx.selectFrom('notification_optins').selectAll().where('user_id', '=', user.id).where('event', '=', event).executeTakeFirst();
      const next = { wechat_credits: Math.min((row?.wechat_credits ?? 0) + grants, MAX_CREDITS), sms: sms ? (sms.enabled ? 1 : 0) : (row?.sms ?? 0), updated_at: at };
      if (row) await trx.updateTable('notification_optins').set(next).where('user_id', '=', user.id).where('event', '=', event).execute();
      else await trx.insertInto('notification_optins').values({ user_id: user.id, event, ...next }).execute();
    }
  });
}
