// Deliveries that failed (WeChat refused or unreachable, an SMS vendor's error), for the supervisor to see and send
// again. A retry claims the failed row (failed -> sending, conditionally: two supervisors tapping at once send once),
// pushes the message through the same channels as the first attempt, and records the new outcome and time.
import type { Kysely } from 'kysely';
import { NOTIFICATION_CHANNELS, NOTIFICATION_EVENTS, type DeliveryStatus, type DeliveryView, type NotificationChannel, type NotificationEvent } from '../../../../types';
import type { Database } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import { maskPhone } from '../../lib/json';
import { contentOfMessage, deliver, messageQuery, type Outcome, type PushDeps } from './pusher';

const LIST_LIMIT = 200;

const isEvent = (value: string): value is NotificationEvent => (NOTIFICATION_EVENTS as readonly string[]).includes(value);
const isChannel = (value: string | null): value is NotificationChannel => value !== null && (NOTIFICATION_CHANNELS as readonly string[]).includes(value);

function deliveryQuery(db: Kysely<Database>) {
  return db
    .selectFrom('notification_deliveries')
    .innerJoin('users', 'users.id', 'notification_deliveries.user_id')
    .innerJoin('messages', 'messages.id', 'notification_deliveries.message_id')
    .selectAll('notification_deliveries')
    .select(['users.name', 'users.phone', 'messages.request_id']);
}
type Row = Awaited<ReturnType<ReturnType<typeof deliveryQuery>['execute']>>[number];

function toView(row: Row & { event: NotificationEvent }): DeliveryView {
  return {
    id: row.id,
    messageId: row.message_id,
    event: row.event,
    channel: isChannel(row.channel) ? row.channel : null,
    status: row.status as DeliveryStatus,
    recipient: { id: row.user_id, name: row.name },
    phone: maskPhone(row.phone),
    error: row.detail,
    requestId: row.request_id,
    at: row.created_at,
  };
}

/** Every failed delivery of a pushed event, the newest first. */
export async function failedDeliveries(db: Kysely<Database>): Promise<DeliveryView[]> {
  const rows = await deliveryQuery(db).where('notification_deliveries.status', '=', 'failed').orderBy('notification_deliveries.created_at', 'desc').limit(LIST_LIMIT).execute();
  return rows.flatMap((r) => (isEvent(r.event) ? [toView({ ...r, event: r.event })] : []));
}

async function loadDelivery(db: Kysely<Database>, id: number): Promise<DeliveryView> {
  const row = await deliveryQuery(db).where('notification_deliveries.id', '=', id).executeTakeFirst();
  if (!row || !isEvent(row.event)) throw new AppError('NOT_FOUND', 'no such delivery');
  return toView({ ...row, event: row.event });
}

export async function retryDelivery(db: Kysely<Database>, deps: PushDeps, id: number, now: Date = new Date()): Promise<DeliveryView> {
  const current = await loadDelivery(db, id);
  if (current.status !== 'failed') throw new AppError('INVALID_TRANSITION', `this delivery is ${current.status}; only a failed one is sent again`);
  const claimed = await db.updateTable('notification_deliveries').set({ status: 'sending' }).where('id', '=', id).where('status', '=', 'failed').executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) throw new AppError('INVALID_TRANSITION', 'this delivery is being sent again already');
  let outcome: Outcome;
  try {
    const message = await messageQuery(db).where('messages.id', '=', current.messageId).executeTakeFirstOrThrow();
    const content = contentOfMessage(message);
    outcome = content ? await deliver(db, deps, message, content) : { channel: null, status: 'skipped', detail: 'not an event that is pushed' };
  } catch (error) {
    // Never leave the row claimed: it would be neither listed as failed nor retried again.
    await db.updateTable('notification_deliveries').set({ status: 'failed' }).where('id', '=', id).execute();
    throw error;
  }
  await db.updateTable('notification_deliveries').set({ ...outcome, created_at: now.toISOString() }).where('id', '=', id).execute();
  return loadDelivery(db, id);
}
