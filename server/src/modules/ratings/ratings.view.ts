// Reading ratings: one query with the names a rating shows, and who may see which.
import type { Kysely } from 'kysely';
import type { CallOutcome, RatingLevel, RatingListQuery, RatingView, ReviewStatus } from '../../../../types';
import type { Database } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import { bannerDate, workingDaysBetween } from '../../lib/working-days';
import type { SessionUser } from '../../plugins/auth';
import { isBad, rectifiedOnTime } from './quality-metrics';

export function ratingQuery(db: Kysely<Database>) {
  return db
    .selectFrom('ratings')
    .innerJoin('requests', 'requests.id', 'ratings.request_id')
    .innerJoin('villages', 'villages.id', 'requests.village_id')
    .innerJoin('townships', 'townships.id', 'villages.township_id')
    .innerJoin('users as rater', 'rater.id', 'ratings.rater_id')
    .leftJoin('users as helper', 'helper.id', 'ratings.helper_id')
    .leftJoin('service_items', 'service_items.id', 'requests.service_item_id')
    .selectAll('ratings')
    .select([
      'requests.resident_id',
      'requests.filed_by_id',
      'rater.name as rater_name',
      'helper.name as helper_name',
      'service_items.name as service_item_name',
      'townships.name as township_name',
    ]);
}

export type RatingRow = Awaited<ReturnType<ReturnType<typeof ratingQuery>['executeTakeFirstOrThrow']>>;

const bool = (v: number | null): boolean | null => (v === null ? null : v === 1);

export function toRatingView(row: RatingRow, today: string = bannerDate()): RatingView {
  const status = row.review_status as ReviewStatus | null;
  const clockRunning = status === 'verifying' || status === 'rectifying';
  return {
    id: row.id,
    requestId: row.request_id,
    level: row.level as RatingLevel,
    comment: row.comment,
    anonymous: row.anonymous === 1,
    bad: isBad(row.level),
    // Anonymous means anonymous to everyone who reads ratings, the console and the export included.
    raterName: row.anonymous === 1 ? null : row.rater_name,
    helperName: row.helper_name ?? null,
    serviceItemName: row.service_item_name ?? null,
    townshipName: row.township_name,
    createdAt: row.created_at,
    review:
      status && row.rectify_by
        ? {
            status,
            rectifyBy: row.rectify_by,
            rectifyWorkingDaysLeft: clockRunning && row.justified !== 0 ? workingDaysBetween(today, row.rectify_by) : null,
            justified: bool(row.justified),
            verification: row.verification,
            verifiedAt: row.verified_at,
            rectification: row.rectification,
            rectifiedAt: row.rectified_at,
            rectifiedOnTime: rectifiedOnTime(row.rectified_at, row.rectify_by),
            reply: row.reply,
            repliedAt: row.replied_at,
            callBack: row.call_back as CallOutcome | null,
            callBackNote: row.call_back_note,
          }
        : null,
  };
}

/** The rater and the people the request is for see a rating; supervisors see all; nobody else learns it exists. */
export function maySee(row: Pick<RatingRow, 'rater_id' | 'resident_id' | 'filed_by_id'>, user: SessionUser): boolean {
  return user.roles.includes('supervisor') || [row.rater_id, row.resident_id, row.filed_by_id].includes(user.id);
}

export async function getRating(db: Kysely<Database>, user: SessionUser, id: string): Promise<RatingView> {
  const row = await ratingQuery(db).where('ratings.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'no such rating');
  if (!maySee(row, user)) throw new AppError('NOT_FOUND', 'no such rating', undefined, true);
  return toRatingView(row);
}

export async function listRatings(db: Kysely<Database>, user: SessionUser, filter: RatingListQuery): Promise<RatingView[]> {
  let query = ratingQuery(db);
  if (!user.roles.includes('supervisor')) {
    query = query.where((eb) =>
      eb.or([eb('ratings.rater_id', '=', user.id), eb('requests.resident_id', '=', user.id), eb('requests.filed_by_id', '=', user.id)]),
    );
  }
  if (filter.reviewStatus) query = query.where('ratings.review_status', '=', filter.reviewStatus);
  if (filter.level) query = query.where('ratings.level', '=', filter.level);
  const rows = await query.orderBy('ratings.created_at', 'desc').limit(500).execute();
  const today = bannerDate();
  return rows.map((r) => toRatingView(r, today));
}
