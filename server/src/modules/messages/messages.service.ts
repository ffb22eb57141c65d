// The in-app message centre: every status change reaches the resident (and whoever filed for them); offers reach the
// helper. Messages store codes (kind + status), and the app words them in the reader's language.
import type { Kysely, Transaction } from 'kysely';
import type { MessageKind, MessageListResponse } from '../../../../types';
import { prepareQuery } from '../../db/prepared';
import type { Database } from '../../db/schema';
import type { SessionUser } from '../../plugins/auth';
import { filerLinkEnded, residentSide } from '../family/consent';

type Db = Kysely<Database> | Transaction<Database>;

// Prepared: every step of every case writes these.
const peopleOf = prepareQuery((db, a: { id: string }) =>
  db
    .selectFrom('requests')
    .select((eb) => ['resident_id', 'filed_by_id', filerLinkEnded(eb).as('filer_link_ended')])
    .where('id', '=', a.id),
);
const insertMessage = prepareQuery((db, a: { userId: string; requestId: string; kind: MessageKind; body: string; at: string }) =>
  db.insertInto('messages').values({ user_id: a.userId, request_id: a.requestId, kind: a.kind, body: a.body, created_at: a.at, read_at: null }),
);

export async function notifyStatus(db: Db, requestId: string, status: string, at: string): Promise<void> {
  const request = await peopleOf.first(db, { id: requestId });
  if (!request) return;
  for (const userId of residentSide(request)) {
    await insertMessage.run(db, { userId, requestId, kind: 'status', body: status, at });
  }
}

export async function notifyOffer(db: Db, helperId: string, requestId: string, at: string): Promise<void> {
  await insertMessage.run(db, { userId: helperId, requestId, kind: 'offer', body: 'offered', at });
}

/** A case's title in a message: its service item, else the start of what the resident wrote. */
const TITLE_CHARS = 16;
export function caseTitleOf(itemName: string | null, description: string | null): string | null {
  if (itemName) return itemName;
  const text = (description ?? '').trim();
  if (!text) return null;
  const chars = Array.from(text);
  return chars.length > TITLE_CHARS ? `${chars.slice(0, TITLE_CHARS).join('')}…` : text;
}

export async function listMessages(db: Kysely<Database>, user: SessionUser): Promise<MessageListResponse> {
  const [rows, unread] = await Promise.all([
    db
      .selectFrom('messages')
      .leftJoin('requests', 'requests.id', 'messages.request_id')
      .leftJoin('service_items', 'service_items.id', 'requests.service_item_id')
      .select([
        'messages.id',
        'messages.request_id',
        'messages.kind',
        'messages.body',
        'messages.created_at',
        'messages.read_at',
        'requests.resident_id',
        'requests.filed_by_id',
        'requests.helper_id',
        'requests.description',
        'service_items.name as item_name',
        'service_items.name_mn as item_name_mn',
      ])
      .select((eb) => filerLinkEnded(eb).as('filer_link_ended'))
      .where('messages.user_id', '=', user.id)
      .orderBy('messages.id', 'desc')
      .limit(100)
      .execute(),
    db
      .selectFrom('messages')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('user_id', '=', user.id)
      .where('read_at', 'is', null)
      .executeTakeFirst(),
  ]);
  return {
    items: rows.map((m) => {
      // the filer's clause of relationOf: one who filed for a family member whose link has ended (consent.ts)
      const hidden = m.filed_by_id === user.id && m.resident_id !== user.id && m.helper_id !== user.id && Boolean(m.filer_link_ended);
      return {
        id: Number(m.id),
        requestId: m.request_id,
        kind: m.kind,
        body: m.body,
        createdAt: m.created_at,
        read: m.read_at !== null,
        caseTitle: hidden ? null : caseTitleOf(m.item_name, m.description),
        ...(!hidden && m.item_name_mn ? { caseTitleMn: m.item_name_mn } : {}),
      };
    }),
    unread: Number(unread?.n ?? 0),
  };
}

export async function markAllRead(db: Kysely<Database>, user: SessionUser): Promise<void> {
  await db.updateTable('messages').set({ read_at: new Date().toISOString() }).where('user_id', '=', user.id).where('read_at', 'is', null).execute();
}
