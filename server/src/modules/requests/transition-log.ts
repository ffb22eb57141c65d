// Moving a request between statuses: a conditional update (only from the status the caller saw) plus the record of
// who, when, from, to and why. Everything that changes a status goes through here.
import type { Kysely, Transaction } from 'kysely';
import type { Actor, RequestStatus, TimelineNoteKey } from '../../../../types';
import { prepareQuery } from '../../db/prepared';
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

// Prepared (every filing moves its request two or three times): the status alone, or with the helper.
type StatusArgs = { id: string; from: string; to: string; at: string };
const moveOnly = prepareQuery((db, a: StatusArgs) =>
  db.updateTable('requests').set({ status: a.to, updated_at: a.at }).where('id', '=', a.id).where('status', '=', a.from),
);
const moveWithHelper = prepareQuery((db, a: StatusArgs & { helperId: string | null }) =>
  db.updateTable('requests').set({ status: a.to, updated_at: a.at, helper_id: a.helperId }).where('id', '=', a.id).where('status', '=', a.from),
);
const insertTransition = prepareQuery(
  (
    db,
    a: { requestId: string; from: string | null; to: string; actor: string; actorId: string | null; note: string | null; noteKey: string | null; noteParams: string | null; at: string },
  ) =>
    db.insertInto('transitions').values({
      request_id: a.requestId,
      from_status: a.from,
      to_status: a.to,
      actor: a.actor,
      actor_id: a.actorId,
      note: a.note,
      note_key: a.noteKey,
      note_params: a.noteParams,
      at: a.at,
    }),
);

/** Returns false, changing nothing, when the request is no longer in `from` (someone else moved it first). */
export async function moveStatus(db: Db, move: Move): Promise<boolean> {
  const args = { id: move.requestId, from: move.from, to: move.to, at: move.at };
  const patch = move.patch ?? {};
  const changed = 'helper_id' in patch ? await moveWithHelper.run(db, { ...args, helperId: patch.helper_id ?? null }) : await moveOnly.run(db, args);
  if (changed !== 1) return false;
  await recordTransition(db, { ...move, from: move.from });
  // The people the request is for hear of every step, in the same transaction as the step itself.
  await notifyStatus(db, move.requestId, move.to, move.at);
  return true;
}

export async function recordTransition(
  db: Db,
  entry: Omit<Move, 'from' | 'patch'> & { from: RequestStatus | null },
): Promise<void> {
  await insertTransition.run(db, {
    requestId: entry.requestId,
    from: entry.from,
    to: entry.to,
    actor: entry.actor,
    actorId: entry.actorId,
    note: entry.note,
    noteKey: entry.noteKey ?? null,
    noteParams: entry.noteKey ? JSON.stringify(entry.noteParams ?? {}) : null,
    at: entry.at,
  });
}
