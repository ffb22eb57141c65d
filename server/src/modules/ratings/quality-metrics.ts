// The console's quality figures, pure so each rule is tested on fixed dates:
// - 好评率: 非常满意 + 满意 + 基本满意, of all ratings;
// - 按期整改率: justified bad ratings rectified on or before their deadline (a banner day), of those rectified or
//   whose deadline has passed (one still inside its 15 working days is not yet late, so it is not counted yet);
// - 回复率: real-name bad ratings replied to, of all real-name bad ratings.
import { BAD_RATING_LEVELS, type QualitySummary, type RateCount, type RatingLevel } from '../../../../types';
import { bannerDate } from '../../lib/working-days';

export interface RatingFacts {
  level: string;
  anonymous: number;
  justified: number | null;
  rectify_by: string | null;
  rectified_at: string | null;
  replied_at: string | null;
}

export function rate(count: number, of: number): RateCount {
  return { count, of, rate: of === 0 ? null : Math.round((count / of) * 10_000) / 10_000 };
}

export function isBad(level: string): boolean {
  return (BAD_RATING_LEVELS as readonly string[]).includes(level as RatingLevel);
}

/** Rectified on time: the banner day of the rectification is no later than the deadline day. */
export function rectifiedOnTime(rectifiedAt: string | null, rectifyBy: string | null): boolean | null {
  if (!rectifiedAt || !rectifyBy) return null;
  return bannerDate(new Date(rectifiedAt)) <= rectifyBy;
}

export function qualitySummary(rows: readonly RatingFacts[], today: string): QualitySummary {
  const bad = rows.filter((r) => isBad(r.level));
  const justified = bad.filter((r) => r.justified === 1);
  const measurable = justified.filter((r) => r.rectified_at !== null || (r.rectify_by !== null && r.rectify_by < today));
  const onTime = measurable.filter((r) => rectifiedOnTime(r.rectified_at, r.rectify_by) === true);
  const realName = bad.filter((r) => r.anonymous === 0);
  return {
    ratings: rows.length,
    goodRate: rate(rows.length - bad.length, rows.length),
    onTimeRectificationRate: rate(onTime.length, measurable.length),
    replyRate: rate(realName.filter((r) => r.replied_at !== null).length, realName.length),
  };
}
