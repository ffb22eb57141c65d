// Moving a request between statuses: a conditional update (only from the status the caller saw) plus the record of
// who, when, from, to and why. Everything that changes a status goes through here.
import type { Kysely, Transaction } from 'kysely';
import type { Actor, RequestStatus, TimelineNoteKey } from '../../../../types';
import type { Database, RequestsTable } from '../../db/schema';
import { notifyStatus } from '../messages/messages.service';

type Db = Kysely<Database> | Transaction<Database>;

export interface Move {
  requestId: string;
  from: RequestStatus;
  to: RequestStatus;
  actor: Actor;
  actorId: string | null;
  note: string | null;
  /** a note the system wrote: its code and parameters (see systemNote in timeline-notes.ts) */
  noteKey?: TimelineNoteKey;
  noteParams?: Record<string, string>;
  at: string;
  /** other columns to change together with the status, e.g. the helper on assignment */
  patch?: Partial<Pick<RequestsTable, 'helper_id'>>;
}

/** Returns false, changing nothing, when the request is no longer in `from` (someone else moved it first). */
export async function moveStatus(db: Db, move: Move): Promise<boolean> {
  const result = await db
    .updateTable('requests')
    .set({ status: move.to, updated_at: move.at, ...move.patch })
    .where('id', '=', move.requestId)
    .where('status', '=', move.from)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await recordTransition(db, { ...move, from: move.from });
  // The people the request is for hear of every step, in the same transaction as the step itself.
  await notifyStatus(db, move.requestId, move.to, move.at);
  return true;
}

export async function recordTransition(
  db: Db,
  entry: Omit<Move, 'from' | 'patch'> & { from: RequestStatus | null },
): Promise<void> {
  await db
    .insertInto('transitions')
    .values({
      request_id: entry.requestId,
      from_status: entry.from,
      to_status: entry.to,
      actor: entry.actor,
      actor_id: entry.actorId,
      note: entry.note,
      note_key: entry.noteKey ?? null,
      note_params: entry.noteKey ? JSON.stringify(entry.noteParams ?? {}) : null,
      at: entry.at,
    })
    .execute();
}
