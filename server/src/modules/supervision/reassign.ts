// Reassignment: a supervisor sends an open case back to dispatch, or gives it to a named helper. Every step goes
// through the transition table (X -> triaged -> offered -> assigned), so the resident's timeline shows each one and why.
import crypto from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { canTransition, type ReassignBody, type RequestStatus } from '../../../../types';
import type { Database } from '../../db/schema';
import { offerRequest } from '../../dispatch/dispatcher';
import { forgetPlan } from '../../dispatch/plan-store';
import { AppError } from '../../lib/app-error';
import type { SessionUser } from '../../plugins/auth';
import { loadVisible } from '../requests/requests.service';
import { moveStatus } from '../requests/transition-log';
import { noteFields, systemNote, type SystemNote } from '../requests/timeline-notes';

/**
 * Once the helper is on the way or holds the resident's documents, the case is not reassigned: the custody chain
 * (交接单) would break. Suspend it first; a suspended case can be reassigned.
 */
const REASSIGNABLE: readonly RequestStatus[] = ['submitted', 'triaged', 'offered', 'assigned', 'scheduled', 'suspended'];

async function step(trx: Transaction<Database>, id: string, from: RequestStatus, to: RequestStatus, user: SessionUser, note: string | SystemNote, at: string, helperId: string | null) {
  if (!canTransition(from, to, 'supervisor')) throw new AppError('INVALID_TRANSITION', `a supervisor cannot move this request from ${from} to ${to}`);
  const moved = await moveStatus(trx, { requestId: id, from, to, actor: 'supervisor', actorId: user.id, ...noteFields(note), at, patch: { helper_id: helperId } });
  if (!moved) throw new AppError('INVALID_TRANSITION', 'the request changed meanwhile; reload and try again');
}

async function findHelper(db: Kysely<Database>, helperId: string) {
  const helper = await db
    .selectFrom('helpers')
    .innerJoin('users', 'users.id', 'helpers.user_id')
    .select(['users.id', 'users.name', 'helpers.on_duty'])
    .where('helpers.user_id', '=', helperId)
    .executeTakeFirst();
  if (!helper) throw new AppError('VALIDATION_FAILED', 'no such helper or grid worker', 'helperId');
  // An off-duty helper would not see the case until they come back on duty: the resident would wait unseen.
  if (helper.on_duty !== 1) throw new AppError('HELPER_OFF_DUTY', `${helper.name} is off duty; put them on duty first or choose another helper`, 'helperId');
  return { id: helper.id, name: helper.name };
}

export async function reassign(db: Kysely<Database>, user: SessionUser, id: string, body: ReassignBody, offerWindowSeconds: number): Promise<void> {
  const { row } = await loadVisible(db, user, id);
  const from = row.status as RequestStatus;
  if (!REASSIGNABLE.includes(from)) {
    throw new AppError('INVALID_TRANSITION', `a ${from} case is not reassigned (the helper may hold documents); suspend it first`);
  }
  const target = body.helperId ? await findHelper(db, body.helperId) : null;
  if (!target && from === 'triaged') throw new AppError('VALIDATION_FAILED', 'the case is already waiting for dispatch; name a helper to assign it', 'helperId');
  if (target && target.id === row.helper_id && (from === 'assigned' || from === 'scheduled')) {
    throw new AppError('VALIDATION_FAILED', 'the case is already with this helper', 'helperId');
  }
  const reason = body.reason.trim();
  const at = new Date().toISOString();

  await db.transaction().execute(async (trx) => {
    // The supervisor overrides the engine: its planned day and reasons no longer apply (dispatch plans afresh).
    await forgetPlan(trx, id);
    await trx.updateTable('offers').set({ status: 'withdrawn', decided_at: at }).where('request_id', '=', id).where('status', '=', 'pending').execute();
    // A booked time belongs to the helper it was booked with: another helper agrees a new one.
    const slot = await trx.selectFrom('slots').select(['id', 'helper_id']).where('request_id', '=', id).executeTakeFirst();
    if (slot && slot.helper_id !== target?.id) {
      await trx.updateTable('slots').set({ request_id: null }).where('id', '=', slot.id).execute();
      await trx.updateTable('requests').set({ slot_id: null }).where('id', '=', id).execute();
    }
    if (from !== 'triaged') await step(trx, id, from, 'triaged', user, systemNote('reassigned', { reason }), at, null);
    if (!target) return;
    await step(trx, id, 'triaged', 'offered', user, systemNote('assignedBySupervisor', { name: target.name }), at, null);
    await step(trx, id, 'offered', 'assigned', user, reason, at, target.id);
    // The assignment is also an offer the helper accepted on the supervisor's word: the offer ledger stays complete
    // and dispatch will not offer this case to the same helper again should it come back.
    await trx
      .insertInto('offers')
      .values({ id: `o-${crypto.randomUUID()}`, request_id: id, helper_id: target.id, status: 'accepted', reason: `督办指派：${reason}`, created_at: at, expires_at: at, decided_at: at, decline_reason: null })
      .execute();
    await trx.insertInto('messages').values({ user_id: target.id, request_id: id, kind: 'assigned', body: 'assigned', created_at: at, read_at: null }).execute();
  });
  if (!target) await offerRequest(db, id, offerWindowSeconds);
}
