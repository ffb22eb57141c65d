// 好差评: the resident rates a delivered case (the rating and the step to `rated` in one transaction); a bad rating
// opens verify -> rectify (within 15 working days of the rating) -> reply and call-back. Each step is a conditional
// update from the state the supervisor saw, so two supervisors cannot both take it.
import crypto from 'node:crypto';
import type { Kysely, UpdateObject } from 'kysely';
import { RECTIFY_WORKING_DAYS, type RatingBody, type RatingView, type ReplyRatingBody, type ReviewStatus, type VerifyRatingBody } from '../../../../types';
import type { Database } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import { addWorkingDays, bannerDate } from '../../lib/working-days';
import type { SessionUser } from '../../plugins/auth';
import { loadVisible } from '../requests/requests.service';
import { moveStatus } from '../requests/transition-log';
import { systemNote } from '../requests/timeline-notes';
import { notifySupervisors } from '../supervision/supervisors';
import { isBad } from './quality-metrics';
import { getRating, ratingQuery } from './ratings.view';

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e.code === '23505' || /UNIQUE constraint/.test(e.message ?? '');
}

export async function rateRequest(db: Kysely<Database>, user: SessionUser, requestId: string, body: RatingBody, now: Date = new Date()): Promise<RatingView> {
  const { row, relation } = await loadVisible(db, user, requestId);
  if (relation !== 'resident') throw new AppError('FORBIDDEN', 'only the resident (or who acts for them) rates a case');
  if (row.status === 'rated' || row.status === 'archived') throw new AppError('INVALID_TRANSITION', 'this case has already been rated or closed');
  if (row.status !== 'result_delivered') throw new AppError('INVALID_TRANSITION', 'a case is rated after its result has been delivered');
  const at = now.toISOString();
  const bad = isBad(body.level);
  const id = `r-${crypto.randomUUID()}`;
  const comment = body.comment?.trim() || null;
  try {
    await db.transaction().execute(async (trx) => {
      const moved = await moveStatus(trx, {
        requestId,
        from: 'result_delivered',
        to: 'rated',
        actor: 'resident',
        actorId: user.id,
        ...systemNote('rated', { level: body.level }),
        at,
      });
      if (!moved) throw new AppError('INVALID_TRANSITION', 'the case changed meanwhile; reload and try again');
      await trx
        .insertInto('ratings')
        .values({
          id,
          request_id: requestId,
          rater_id: user.id,
          helper_id: row.helper_id,
          level: body.level,
          comment,
          anonymous: body.anonymous ? 1 : 0,
          created_at: at,
          review_status: bad ? 'verifying' : null,
          // The 15 working days run from the day of the rating, not from when staff get round to verifying it.
          rectify_by: bad ? addWorkingDays(bannerDate(now), RECTIFY_WORKING_DAYS) : null,
          justified: null,
          verification: null,
          verified_at: null,
          verified_by: null,
          rectification: null,
          rectified_at: null,
          rectified_by: null,
          reply: null,
          replied_at: null,
          replied_by: null,
          call_back: null,
          call_back_note: null,
        })
        .execute();
      if (bad) await notifySupervisors(trx, 'bad_rating', id, requestId, at);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('INVALID_TRANSITION', 'this case has already been rated');
    throw error;
  }
  return getRating(db, user, id);
}

async function advance(
  db: Kysely<Database>,
  user: SessionUser,
  ratingId: string,
  from: ReviewStatus,
  changes: (row: Awaited<ReturnType<typeof loadForReview>>) => UpdateObject<Database, 'ratings'>,
): Promise<RatingView> {
  const row = await loadForReview(db, ratingId);
  if (row.review_status !== from) throw new AppError('INVALID_TRANSITION', `this rating is ${row.review_status ?? 'not under review'}, not ${from}`);
  const set = changes(row);
  const at = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    const done = await trx.updateTable('ratings').set(set).where('id', '=', ratingId).where('review_status', '=', from).executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) throw new AppError('INVALID_TRANSITION', 'the rating changed meanwhile; reload and try again');
    if (set.review_status === 'closed' && set.reply) {
      // The reply reaches the people the case is for, in the message centre and (when opted in) by WeChat or SMS.
      const recipients = [...new Set([row.rater_id, row.resident_id, row.filed_by_id])];
      await trx
        .insertInto('messages')
        .values(recipients.map((userId) => ({ user_id: userId, request_id: row.request_id, kind: 'rating_reply', body: ratingId, created_at: at, read_at: null })))
        .execute();
    }
  });
  return getRating(db, user, ratingId);
}

async function loadForReview(db: Kysely<Database>, ratingId: string) {
  const row = await ratingQuery(db).where('ratings.id', '=', ratingId).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'no such rating');
  if (!row.review_status) throw new AppError('INVALID_TRANSITION', 'only a bad rating (不满意, 非常不满意) is verified and rectified');
  return row;
}

export function verify(db: Kysely<Database>, user: SessionUser, ratingId: string, body: VerifyRatingBody): Promise<RatingView> {
  return advance(db, user, ratingId, 'verifying', () => ({
    review_status: body.justified ? 'rectifying' : 'awaiting_reply',
    justified: body.justified ? 1 : 0,
    verification: body.reason.trim(),
    verified_at: new Date().toISOString(),
    verified_by: user.id,
  }));
}

export function rectify(db: Kysely<Database>, user: SessionUser, ratingId: string, measures: string): Promise<RatingView> {
  return advance(db, user, ratingId, 'rectifying', () => ({
    review_status: 'awaiting_reply',
    rectification: measures.trim(),
    rectified_at: new Date().toISOString(),
    rectified_by: user.id,
  }));
}

export function reply(db: Kysely<Database>, user: SessionUser, ratingId: string, body: ReplyRatingBody): Promise<RatingView> {
  return advance(db, user, ratingId, 'awaiting_reply', (row) => {
    // A real-name rater is called back and the outcome recorded; an anonymous one cannot be, by design.
    if (row.anonymous === 1 && body.callBack) throw new AppError('VALIDATION_FAILED', 'an anonymous rater cannot be called back', 'callBack');
    if (row.anonymous === 0 && !body.callBack) throw new AppError('VALIDATION_FAILED', 'record the call-back to the resident', 'callBack');
    return {
      review_status: 'closed',
      reply: body.reply.trim(),
      replied_at: new Date().toISOString(),
      replied_by: user.id,
      call_back: body.callBack ?? null,
      call_back_note: body.callBackNote?.trim() || null,
    };
  });
}
