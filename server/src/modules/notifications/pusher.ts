// Pushes message-centre entries to WeChat or SMS after they are committed. The message table is the outbox: every
// event already writes a message in the same transaction as the change itself, so nothing is pushed for a change
// that rolled back, and no network call ever runs inside a database transaction. Each message is claimed by
// inserting its delivery row (unique per message) before sending: at most once, even with several processes.
import type { Kysely } from 'kysely';
import type { NotificationEvent } from '../../../../types';
import type { Database } from '../../db/schema';
import { contentOf, eventOf, type Content } from './message-content';
import type { SmsProvider } from './sms-provider';
import type { WechatSubscribeClient } from './wechat-provider';

export interface PushDeps {
  wechat: WechatSubscribeClient | null;
  templates: Partial<Record<NotificationEvent, string>>;
  sms: SmsProvider;
}

const PUSH_KINDS = ['offer', 'assigned', 'status', 'supplement_due', 'visit_reminder', 'rating_reply'];
/** News older than this is not worth a push any more (and a first start never pushes the whole history). */
const MAX_AGE_MS = 6 * 3600_000;
/** Commit order can differ from id order on PostgreSQL: look back this far behind the newest delivered message. */
const LOOK_BACK_IDS = 500;
const BATCH = 100;

export type Outcome = { channel: 'wechat' | 'sms' | null; status: string; detail: string | null };

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e.code === '23505' || /UNIQUE constraint/.test(e.message ?? '');
}

/** A message with what its push needs to say: the case's item or words, the village, the helper, the recipient's channels. */
export function messageQuery(db: Kysely<Database>) {
  return db
    .selectFrom('messages')
    .leftJoin('requests', 'requests.id', 'messages.request_id')
    .leftJoin('service_items', 'service_items.id', 'requests.service_item_id')
    .leftJoin('villages', 'villages.id', 'requests.village_id')
    .leftJoin('users as helper', 'helper.id', 'requests.helper_id')
    .innerJoin('users', 'users.id', 'messages.user_id')
    .select([
      'messages.id',
      'messages.user_id',
      'messages.kind',
      'messages.body',
      'messages.request_id',
      'messages.created_at',
      'users.phone',
      'users.wechat_openid',
      'service_items.name as item_name',
      'requests.description',
      'villages.name as village_name',
      'helper.name as helper_name',
    ]);
}

async function pending(db: Kysely<Database>, now: Date) {
  const newest = await db.selectFrom('notification_deliveries').select((eb) => eb.fn.max('message_id').as('m')).executeTakeFirst();
  const floor = Math.max(Number(newest?.m ?? 0) - LOOK_BACK_IDS, 0);
  return messageQuery(db)
    .leftJoin('notification_deliveries', 'notification_deliveries.message_id', 'messages.id')
    .where('notification_deliveries.id', 'is', null)
    .where('messages.id', '>', floor)
    .where('messages.created_at', '>=', new Date(now.getTime() - MAX_AGE_MS).toISOString())
    .where('messages.kind', 'in', PUSH_KINDS)
    .orderBy('messages.id')
    .limit(BATCH)
    .execute();
}
export type Pending = Awaited<ReturnType<ReturnType<typeof messageQuery>['execute']>>[number];

export async function deliver(db: Kysely<Database>, deps: PushDeps, m: Pending, content: Content): Promise<Outcome> {
  const optin = await db.selectFrom('notification_optins').selectAll().where('user_id', '=', m.user_id).where('event', '=', content.event).executeTakeFirst();
  const templateId = deps.templates[content.event];
  if (deps.wechat && templateId && m.wechat_openid && optin && optin.wechat_credits > 0) {
    // Each accepted subscription allows exactly one message: spend it before sending, conditionally.
    const spent = await db
      .updateTable('notification_optins')
      .set((eb) => ({ wechat_credits: eb('wechat_credits', '-', 1) }))
      .where('user_id', '=', m.user_id)
      .where('event', '=', content.event)
      .where('wechat_credits', '>', 0)
      .executeTakeFirst();
    if (Number(spent.numUpdatedRows) === 1) {
      const result = await deps.wechat.send(m.wechat_openid, templateId, content.page, content.data);
      if (result.ok) return { channel: 'wechat', status: 'sent', detail: null };
      if (result.userRefused) {
        await db.updateTable('notification_optins').set({ wechat_credits: 0 }).where('user_id', '=', m.user_id).where('event', '=', content.event).execute();
      } else {
        // WeChat spends a grant only on a message it accepted: give it back, so a retry (or the next message) may use it.
        await db
          .updateTable('notification_optins')
          .set((eb) => ({ wechat_credits: eb('wechat_credits', '+', 1) }))
          .where('user_id', '=', m.user_id)
          .where('event', '=', content.event)
          .execute();
      }
      if (!(optin.sms === 1 && m.phone)) return { channel: 'wechat', status: 'failed', detail: `${result.code} ${result.message}`.trim() };
    }
  }
  if (optin?.sms === 1 && m.phone) {
    const result = await deps.sms.send(m.phone, content.sms);
    return { channel: 'sms', status: result.status, detail: result.detail };
  }
  return { channel: null, status: 'skipped', detail: 'no opt-in for this event' };
}

export function contentOfMessage(m: Pending): Content | null {
  return contentOf({
    kind: m.kind,
    body: m.body,
    createdAt: m.created_at,
    requestId: m.request_id,
    subject: m.item_name ?? (m.description ? m.description.slice(0, 20) : null),
    villageName: m.village_name ?? null,
    helperName: m.helper_name ?? null,
  });
}

/** One pass over the outbox. Returns how many messages were handled (pushed, failed or skipped). */
export async function pushPending(db: Kysely<Database>, deps: PushDeps, now: Date = new Date()): Promise<number> {
  const batch = await pending(db, now);
  // Several steps at once (a reassignment is three) push only the newest status of a case to each person.
  const latest = new Map<string, number>();
  for (const m of batch) {
    const event = eventOf(m.kind, m.body);
    if (m.request_id && (event === 'status_changed' || event === 'assigned')) latest.set(`${m.user_id}|${m.request_id}`, m.id);
  }
  for (const m of batch) {
    const content = contentOfMessage(m);
    const superseded = content && m.request_id && (content.event === 'status_changed' || content.event === 'assigned') && latest.get(`${m.user_id}|${m.request_id}`) !== m.id;
    try {
      await db
        .insertInto('notification_deliveries')
        .values({ message_id: m.id, user_id: m.user_id, event: content?.event ?? m.kind, channel: null, status: 'sending', detail: null, created_at: now.toISOString() })
        .execute();
    } catch (error) {
      if (isUniqueViolation(error)) continue; // another process took it
      throw error;
    }
    const outcome: Outcome = !content
      ? { channel: null, status: 'skipped', detail: 'not an event that is pushed' }
      : superseded
        ? { channel: null, status: 'skipped', detail: 'superseded by a later step' }
        : await deliver(db, deps, m, content);
    await db.updateTable('notification_deliveries').set(outcome).where('message_id', '=', m.id).execute();
  }
  return batch.length;
}
