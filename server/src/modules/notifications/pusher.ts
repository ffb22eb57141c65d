// Pushes message-centre entries to WeChat or SMS after they are committed. The message table is the outbox: every
// event already writes a message in the same transaction as the change itself, so nothing is pushed for a change
// that rolled back, and no network call ever runs inside a database transaction. Each message is claimed by
// inserting its delivery row (unique per message) before sending: at most once, even with several processes.
import type { Insertable, Kysely } from 'kysely';
import type { NotificationEvent } from '../../../../types';
import { onPostgres } from '../../db/dialect';
import { prepareQuery } from '../../db/prepared';
import type { Database } from '../../db/schema';
import type { NotificationDeliveriesTable, NotificationOptinsTable } from '../../db/schema-quality';
import { contentOf, eventOf, PUSHED_KINDS, type Content } from './message-content';
import type { SmsProvider } from './sms-provider';
import type { WechatSubscribeClient } from './wechat-provider';

export interface PushDeps {
  wechat: WechatSubscribeClient | null;
  templates: Partial<Record<NotificationEvent, string>>;
  sms: SmsProvider;
}

/** News older than this is not worth a push any more (and a first start never pushes the whole history). */
const MAX_AGE_MS = 6 * 3600_000;
/**
 * Commit order can differ from id order on PostgreSQL: look back this far behind the newest delivered message. On
 * SQLite one connection runs every write in turn, so ids are committed in order and nothing lower can still arrive;
 * looking back there only re-read hundreds of delivered messages on every push (a tenth of a filing's CPU).
 */
const LOOK_BACK_IDS = 500;
const lookBackOn = (db: Kysely<Database>) => (onPostgres(db) ? LOOK_BACK_IDS : 0);
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

// Prepared: a push pass follows every write request.
const newestDelivered = prepareQuery((db, _a: Record<string, never>) =>
  db.selectFrom('notification_deliveries').select((eb) => eb.fn.max('message_id').as('m')),
);
const undelivered = prepareQuery((db, a: { floor: number; since: string }) =>
  messageQuery(db)
    .leftJoin('notification_deliveries', 'notification_deliveries.message_id', 'messages.id')
    .where('notification_deliveries.id', 'is', null)
    .where('messages.id', '>', a.floor)
    .where('messages.created_at', '>=', a.since)
    .where('messages.kind', 'in', [...PUSHED_KINDS])
    .orderBy('messages.id')
    .limit(BATCH),
);

async function pending(db: Kysely<Database>, now: Date) {
  const newest = await newestDelivered.first(db, {});
  const floor = Math.max(Number(newest?.m ?? 0) - lookBackOn(db), 0);
  return undelivered.all(db, { floor, since: new Date(now.getTime() - MAX_AGE_MS).toISOString() });
}
export type Pending = Awaited<ReturnType<ReturnType<typeof messageQuery>['execute']>>[number];

type Optin = NotificationOptinsTable | undefined;

function optinOf(db: Kysely<Database>, m: Pending, content: Content): Promise<Optin> {
  return db.selectFrom('notification_optins').selectAll().where('user_id', '=', m.user_id).where('event', '=', content.event).executeTakeFirst();
}

/** The way to a WeChat push, when there is one: a client, a template for the event, the reader's openid, a grant left. */
function wechatRoute(deps: PushDeps, m: Pending, content: Content, optin: Optin) {
  const templateId = deps.templates[content.event];
  return deps.wechat && templateId && m.wechat_openid && optin && optin.wechat_credits > 0
    ? { client: deps.wechat, templateId, openid: m.wechat_openid }
    : null;
}

/** Whether `deliver` would try any channel: WeChat, or SMS. */
function anyChannel(deps: PushDeps, m: Pending, content: Content, optin: Optin): boolean {
  return wechatRoute(deps, m, content, optin) !== null || (optin?.sms === 1 && Boolean(m.phone));
}

const NO_OPTIN: Outcome = { channel: null, status: 'skipped', detail: 'no opt-in for this event' };

export async function deliver(db: Kysely<Database>, deps: PushDeps, m: Pending, content: Content, known?: { optin: Optin }): Promise<Outcome> {
  const optin = known ? known.optin : await optinOf(db, m, content);
  const wechat = wechatRoute(deps, m, content, optin);
  if (wechat) {
    // Each accepted subscription allows exactly one message: spend it before sending, conditionally.
    const spent = await db
      .updateTable('notification_optins')
      .set((eb) => ({ wechat_credits: eb('wechat_credits', '-', 1) }))
      .where('user_id', '=', m.user_id)
      .where('event', '=', content.event)
      .where('wechat_credits', '>', 0)
      .executeTakeFirst();
    if (Number(spent.numUpdatedRows) === 1) {
      const result = await wechat.client.send(wechat.openid, wechat.templateId, content.page, content.data);
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
      if (!(optin?.sms === 1 && m.phone)) return { channel: 'wechat', status: 'failed', detail: `${result.code} ${result.message}`.trim() };
    }
  }
  if (optin?.sms === 1 && m.phone) {
    const result = await deps.sms.send(m.phone, content.sms);
    return { channel: 'sms', status: result.status, detail: result.detail };
  }
  return NO_OPTIN;
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
  const createdAt = now.toISOString();
  const row = (m: Pending, event: string, outcome: Outcome): Insertable<NotificationDeliveriesTable> => ({ message_id: m.id, user_id: m.user_id, event, created_at: createdAt, ...outcome });
  // Most messages go nowhere (no opt-in, superseded, not pushed): their final row is written at once, all in one
  // statement. Only a message that is really sent is claimed first and settled after the send.
  const settled: Insertable<NotificationDeliveriesTable>[] = [];
  const toSend: { m: Pending; content: Content; optin: Optin }[] = [];
  for (const m of batch) {
    const content = contentOfMessage(m);
    if (!content) {
      settled.push(row(m, m.kind, { channel: null, status: 'skipped', detail: 'not an event that is pushed' }));
    } else if (m.request_id && (content.event === 'status_changed' || content.event === 'assigned') && latest.get(`${m.user_id}|${m.request_id}`) !== m.id) {
      settled.push(row(m, content.event, { channel: null, status: 'skipped', detail: 'superseded by a later step' }));
    } else {
      const optin = await optinOf(db, m, content);
      if (anyChannel(deps, m, content, optin)) toSend.push({ m, content, optin });
      else settled.push(row(m, content.event, NO_OPTIN));
    }
  }
  // Claims first, so that on SQLite (no look-back) a crash in this pass cannot leave a message to be sent below the
  // newest delivery row; another process may have settled or claimed some already: theirs stands.
  const claimed: typeof toSend = [];
  for (const send of toSend) {
    try {
      await db.insertInto('notification_deliveries').values(row(send.m, send.content.event, { channel: null, status: 'sending', detail: null })).execute();
      claimed.push(send);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  if (settled.length > 0) await db.insertInto('notification_deliveries').values(settled).onConflict((oc) => oc.column('message_id').doNothing()).execute();
  for (const { m, content, optin } of claimed) {
    const outcome = await deliver(db, deps, m, content, { optin });
    await db.updateTable('notification_deliveries').set(outcome).where('message_id', '=', m.id).execute();
  }
  return batch.length;
}
