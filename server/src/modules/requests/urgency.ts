// 加急 (urgent). A supervisor marks an open case urgent, or lifts it, always with a reason. Dispatch then plans the
// visit like a call-back's: the first day a helper can come, never held back for a shared trip (engine-input.ts). The
// case board lists it first, the resident sees it on the case page with the reason on the timeline, and the helper on
// the case hears of it. A case still waiting for its helper's answer goes back to dispatch, so the new priority counts
// at once.
//
// A resident (or whoever filed for them) may ask for it with a reason: the ask goes on the timeline and to every
// supervisor, and waits on the board until one grants it (marks the case urgent) or declines it with a reason. Only a
// supervisor makes a case urgent: an ask any resident could make binding would soon mean nothing.
import type { Kysely } from 'kysely';
import { OPEN_STATUSES, type AskUrgencyBody, type MessageKind, type RequestStatus, type UrgencyBody } from '../../../../types';
import type { Database, RequestsTable } from '../../db/schema';
import { offerRequest } from '../../dispatch/dispatcher';
import { forgetPlan } from '../../dispatch/plan-store';
import { AppError } from '../../lib/app-error';
import type { SessionUser } from '../../plugins/auth';
import { notifySupervisors } from '../supervision/supervisors';
import { loadVisible } from './requests.service';
import { moveStatus, recordTransition } from './transition-log';
import { systemNote } from './timeline-notes';
import { residentSide } from '../family/consent';

/** Statuses in which dispatch still decides the day: an urgent case there is (re)planned at once. */
const PLANNED_BY_DISPATCH: readonly RequestStatus[] = ['triaged', 'offered'];

const changedMeanwhile = () => new AppError('INVALID_TRANSITION', 'the case changed meanwhile; reload and try again');

/**
 * The case as the caller may see it, refused by who they are first, then by its state (still open?). The supervisor's
 * route is guarded by role; the resident's is open to everyone signed in, so the relation is checked here.
 */
async function openCase(db: Kysely<Database>, user: SessionUser, id: string, residentsOnly: boolean) {
  const { row, relation } = await loadVisible(db, user, id);
  if (residentsOnly && relation !== 'resident') throw new AppError('FORBIDDEN', 'only the resident, or whoever filed for them, asks for 加急');
  const status = row.status as RequestStatus;
  if (!OPEN_STATUSES.includes(status)) throw new AppError('INVALID_TRANSITION', `a ${status} case is no longer being worked on`);
  return { row, status };
}

export async function askUrgency(db: Kysely<Database>, user: SessionUser, id: string, body: AskUrgencyBody): Promise<void> {
  const { row, status } = await openCase(db, user, id, true);
  if (row.urgent_at !== null) throw new AppError('INVALID_TRANSITION', 'the case is already marked urgent');
  if (row.urgency_asked_at !== null) throw new AppError('INVALID_TRANSITION', 'already asked; the service centre will answer');
  const reason = body.reason.trim();
  const at = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    const changed = await trx
      .updateTable('requests')
      .set({ urgency_asked_at: at, urgency_asked_reason: reason })
      .where('id', '=', id)
      .where('urgent_at', 'is', null)
      .where('urgency_asked_at', 'is', null)
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) !== 1) throw changedMeanwhile();
    await recordTransition(trx, { requestId: id, from: status, to: status, actor: 'resident', actorId: user.id, ...systemNote('urgencyAsked', { reason }), at });
    await notifySupervisors(trx, 'urgency_asked', reason, id, at);
  });
}

export async function setUrgency(db: Kysely<Database>, user: SessionUser, id: string, body: UrgencyBody, offerWindowSeconds: number): Promise<void> {
  const { row, status } = await openCase(db, user, id, false);
  const urgent = row.urgent_at !== null;
  const asked = row.urgency_asked_at !== null;
  if (body.urgent && urgent) throw new AppError('INVALID_TRANSITION', 'the case is already marked urgent');
  if (!body.urgent && !urgent && !asked) throw new AppError('INVALID_TRANSITION', 'the case is not marked urgent and nobody asked for it');
  const reason = body.reason.trim();
  const at = new Date().toISOString();
  // Not urgent and asked: "no" answers the resident's ask rather than lifting anything.
  const note = systemNote(body.urgent ? 'markedUrgent' : urgent ? 'urgencyLifted' : 'urgencyDeclined', { reason });
  const set: Partial<RequestsTable> = body.urgent
    ? { urgent_at: at, urgent_reason: reason, urgency_asked_at: null, urgency_asked_reason: null }
    : { urgent_at: null, urgent_reason: null, urgency_asked_at: null, urgency_asked_reason: null };
  const redispatch = body.urgent && PLANNED_BY_DISPATCH.includes(status);

  await db.transaction().execute(async (trx) => {
    // Conditional on the flags the caller saw: of two supervisors pressing at once, one records it.
    const changed = await trx
      .updateTable('requests')
      .set(set)
      .where('id', '=', id)
      .where('urgent_at', urgent ? 'is not' : 'is', null)
      .where('urgency_asked_at', asked ? 'is not' : 'is', null)
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) !== 1) throw changedMeanwhile();
    if (asked) await tell(trx, residentSide(row), id, body.urgent ? 'urgency_granted' : 'urgency_declined', reason, at);
    if (redispatch && status === 'offered') {
      // The pending offer was planned without the urgency (perhaps for a later shared trip): take it back and plan
      // afresh. Its helper did not decline, so she may well get it again.
      await forgetPlan(trx, id);
      await trx.updateTable('offers').set({ status: 'replanned', decided_at: at }).where('request_id', '=', id).where('status', '=', 'pending').execute();
      if (!(await moveStatus(trx, { requestId: id, from: 'offered', to: 'triaged', actor: 'supervisor', actorId: user.id, ...note, at }))) throw changedMeanwhile();
      return;
    }
    // Nothing else changes status: the note stands on the timeline at the status the case is in.
    await recordTransition(trx, { requestId: id, from: status, to: status, actor: 'supervisor', actorId: user.id, ...note, at });
    if (body.urgent && row.helper_id) await tell(trx, [row.helper_id], id, 'urgent', reason, at);
  });
  if (redispatch) await offerRequest(db, id, offerWindowSeconds);
}

async function tell(db: Kysely<Database>, userIds: readonly string[], requestId: string, kind: MessageKind, body: string, at: string): Promise<void> {
  const values = [...new Set(userIds)].map((userId) => ({ user_id: userId, request_id: requestId, kind, body, created_at: at, read_at: null }));
  await db.insertInto('messages').values(values).execute();
}
