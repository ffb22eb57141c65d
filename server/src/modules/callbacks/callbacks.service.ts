// Call-backs (回电): the helper records each attempt. Reached closes a call-back; no answer is retried, and after
// MAX_UNANSWERED attempts (or at once for a wrong number) a supervisor is alerted to find another way to the resident.
import type { Kysely } from 'kysely';
import type { CallAttemptBody } from '../../../../types';
import type { Database } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import type { SessionUser } from '../../plugins/auth';
import { loadVisible } from '../requests/requests.service';
import { notifySupervisors } from '../supervision/supervisors';
import { moveStatus } from '../requests/transition-log';
import { systemNote } from '../requests/timeline-notes';

export const MAX_UNANSWERED = 3;

export async function recordAttempt(db: Kysely<Database>, user: SessionUser, requestId: string, body: CallAttemptBody): Promise<void> {
  const { row, relation } = await loadVisible(db, user, requestId);
  if (relation !== 'helper') throw new AppError('FORBIDDEN', 'only the assigned helper records call attempts');
  const at = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('call_attempts')
      .values({ request_id: requestId, helper_id: user.id, outcome: body.outcome, note: body.note ?? null, at })
      .execute();
    if (body.outcome === 'reached') {
      if (row.kind === 'callback' && row.status === 'assigned') {
        await moveStatus(trx, { requestId, from: 'assigned', to: 'result_delivered', actor: 'helper', actorId: user.id, ...(body.note ? { note: body.note } : systemNote('calledBack')), at });
      }
      return;
    }
    const unanswered = await trx
      .selectFrom('call_attempts')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('request_id', '=', requestId)
      .where('outcome', '!=', 'reached')
      .executeTakeFirst();
    const escalate = body.outcome === 'wrong_number' || Number(unanswered?.n ?? 0) >= MAX_UNANSWERED;
    if (!escalate) {
      await trx.insertInto('messages').values({ user_id: user.id, request_id: requestId, kind: 'retry_call', body: body.outcome, created_at: at, read_at: null }).execute();
      return;
    }
    const flagged = await trx.updateTable('requests').set({ escalated_at: at }).where('id', '=', requestId).where('escalated_at', 'is', null).executeTakeFirst();
    if (Number(flagged.numUpdatedRows) !== 1) return;
    await notifySupervisors(trx, 'escalation', body.outcome, requestId, at);
  });
}
