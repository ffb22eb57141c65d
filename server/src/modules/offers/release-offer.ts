// An offer that ends without an acceptance (declined, or expired) puts the request back to dispatch: both in one
// transaction, and only if the offer was still pending, so a late accept and a release can never both happen.
import type { Kysely } from 'kysely';
import type { Actor } from '../../../../types';
import type { Database } from '../../db/schema';
import { moveStatus } from '../requests/transition-log';
import type { SystemNote } from '../requests/timeline-notes';

export interface Release {
  offerId: string;
  requestId: string;
  outcome: 'declined' | 'expired';
  declineReason: string | null;
  actor: Actor;
  actorId: string | null;
  note: SystemNote;
  at: string;
}

/** Returns false, changing nothing, when the offer was no longer pending. */
export function releaseOffer(db: Kysely<Database>, r: Release): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('offers')
      .set({ status: r.outcome, decided_at: r.at, ...(r.declineReason ? { decline_reason: r.declineReason } : {}) })
      .where('id', '=', r.offerId)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    return moveStatus(trx, { requestId: r.requestId, from: 'offered', to: 'triaged', actor: r.actor, actorId: r.actorId, ...r.note, at: r.at });
  });
}
