// 加急: a supervisor marks an open case urgent, or lifts it, always with a reason. Dispatch then plans the visit like a
// call-back's: the first day a helper can come, never held back for a shared trip (engine-input.ts). The case board
// lists it first, the resident sees it on the case page with the reason on the timeline, and the helper on the case
// hears of it. A case still waiting for its helper's answer goes back to dispatch, so the new priority counts at once.
import type { Kysely } from 'kysely';
import type { RequestStatus, UrgencyBody } from '../../../../types';
import type { Database } from '../../db/schema';
import { offerRequest } from '../../dispatch/dispatcher';
import { forgetPlan } from '../../dispatch/plan-store';
import { AppError } from '../../lib/app-error';
import type { SessionUser } from '../../plugins/auth';
import { loadVisible } from '../requests/requests.service';
import { moveStatus, recordTransition } from '../requests/transition-log';
import { systemNote } from '../requests/timeline-notes';
import { OPEN_STATUSES } from './open-statuses';

/** Statuses in which dispatch still decides the day: an urgent case there is (re)planned at once. */
const PLANNED_BY_DISPATCH: readonly RequestStatus[] = ['triaged', 'offered'];

export async function setUrgency(db: Kysely<Database>, user: SessionUser, id: string, body: UrgencyBody, offerWindowSeconds: number): Promise<void> {
  const { row } = await loadVisible(db, user, id);
  const status = row.status as RequestStatus;
  if (!OPEN_STATUSES.includes(status)) throw new AppError('INVALID_TRANSITION', `a ${status} case is no longer being worked on`);
  if ((row.urgent_at !== null) === body.urgent) {
    throw new AppError('INVALID_TRANSITION', body.urgent ? 'the case is already marked urgent' : 'the case is not marked urgent');
  }
  const reason = body.reason.trim();
  const at = new Date().toISOString();
  const note = systemNote(body.urgent ? 'markedUrgent' : 'urgencyLifted', { reason });
  const redispatch = body.urgent && PLANNED_BY_DISPATCH.includes(status);

  await db.transaction().execute(async (trx) => {
    // Conditional on the flag the caller saw: of two supervisors pressing at once, one records it.
    const changed = await trx
      .updateTable('requests')
      .set(body.urgent ? { urgent_at: at, urgent_reason: reason } : { urgent_at: null, urgent_reason: null })
      .where('id', '=', id)
      .where('urgent_at', body.urgent ? 'is' : 'is not', null)
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) !== 1) throw new AppError('INVALID_TRANSITION', 'the case changed meanwhile; reload and try again');
    if (status === 'offered' && redispatch) {
      // The pending offer was planned without the urgency (perhaps for a later shared trip): withdraw it, plan afresh.
      await forgetPlan(trx, id);
      await trx.updateTable('offers').set({ status: 'withdrawn', decided_at: at }).where('request_id', '=', id).where('status', '=', 'pending').execute();
      const moved = await moveStatus(trx, { requestId: id, from: 'offered', to: 'triaged', actor: 'supervisor', actorId: user.id, ...note, at });
      if (!moved) throw new AppError('INVALID_TRANSITION', 'the case changed meanwhile; reload and try again');
      return;
    }
    // Nothing else changes status: the note stands on the timeline at the status the case is in.
    await recordTransition(trx, { requestId: id, from: status, to: status, actor: 'supervisor', actorId: user.id, ...note, at });
    if (body.urgent && row.helper_id) {
      await trx.insertInto('messages').values({ user_id: row.helper_id, request_id: id, kind: 'urgent', body: reason, created_at: at, read_at: null }).execute();
    }
  });
  if (redispatch) await offerRequest(db, id, offerWindowSeconds);
}
