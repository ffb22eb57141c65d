// The monthly report exports: the cases filed in a banner month and the ratings given in it. Residents' names and
// phone numbers are left out (a report needs counts and outcomes, not people); anonymous stays anonymous.
import type { Kysely } from 'kysely';
import { RATING_LEVEL_NAMES, type RatingLevel, type RequestKind, type RequestStatus } from '../../../../types';
import type { Database } from '../../db/schema';
import { bannerDate } from '../../lib/working-days';
import { isBad, rectifiedOnTime } from '../ratings/quality-metrics';
import { ratingQuery } from '../ratings/ratings.view';
import { toCsv } from './csv';
import { dayStartIso } from './days';
import { deadlineStanding } from './deadline-state';
import { KIND_NAMES, STATUS_NAMES } from './labels';
import { NOT_OPEN } from '../../../../types';

const STATE_NAMES = { on_time: '按期', due_soon: '临期', overdue: '逾期', none: '无时限' } as const;
const CALL_NAMES: Record<string, string> = { reached: '已接通', no_answer: '无人接听', wrong_number: '号码错误' };

/** YYYY-MM -> the UTC instants at which that banner month begins and ends. */
export function monthBounds(month: string): { start: string; end: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { start: dayStartIso(`${month}-01`), end: dayStartIso(`${next}-01`) };
}

/** An instant as banner wall-clock time, to the minute. */
export function bannerTime(iso: string): string {
  const local = new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}

const yesNo = (v: boolean | null) => (v === null ? null : v ? '是' : '否');

export async function casesCsv(db: Kysely<Database>, month: string, now: Date = new Date()): Promise<string> {
  const { start, end } = monthBounds(month);
  const today = bannerDate(now);
  const [rows, deliveries, ratings] = await Promise.all([
    db
      .selectFrom('requests')
      .innerJoin('villages', 'villages.id', 'requests.village_id')
      .innerJoin('townships', 'townships.id', 'villages.township_id')
      .leftJoin('service_items', 'service_items.id', 'requests.service_item_id')
      .leftJoin('users as helper', 'helper.id', 'requests.helper_id')
      .select([
        'requests.id',
        'requests.kind',
        'requests.status',
        'requests.created_at',
        'requests.legal_deadline',
        'service_items.name as item',
        'service_items.department',
        'townships.name as township',
        'villages.name as village',
        'helper.name as helper',
      ])
      .where('requests.created_at', '>=', start)
      .where('requests.created_at', '<', end)
      .where('requests.status', '!=', 'draft')
      .orderBy('requests.created_at')
      .execute(),
    db
      .selectFrom('transitions')
      .innerJoin('requests', 'requests.id', 'transitions.request_id')
      .select(['transitions.request_id', 'transitions.at'])
      .where('transitions.to_status', '=', 'result_delivered')
      .where('requests.created_at', '>=', start)
      .where('requests.created_at', '<', end)
      .orderBy('transitions.id')
      .execute(),
    db
      .selectFrom('ratings')
      .innerJoin('requests', 'requests.id', 'ratings.request_id')
      .select(['ratings.request_id', 'ratings.level'])
      .where('requests.created_at', '>=', start)
      .where('requests.created_at', '<', end)
      .execute(),
  ]);
  const deliveredOn = new Map<string, string>();
  for (const d of deliveries) if (!deliveredOn.has(d.request_id)) deliveredOn.set(d.request_id, bannerDate(new Date(d.at)));
  const levelOf = new Map(ratings.map((r) => [r.request_id, RATING_LEVEL_NAMES[r.level as RatingLevel] ?? r.level]));

  const header = ['案件编号', '类型', '状态', '事项', '部门', '苏木镇', '嘎查村社区', '帮办员', '提交时间', '法定期限', '结果送达日', '按时办结', '期限状态', '评价'];
  return toCsv(
    header,
    rows.map((r) => {
      const delivered = deliveredOn.get(r.id) ?? null;
      const open = !NOT_OPEN.includes(r.status as RequestStatus);
      return [
        r.id,
        KIND_NAMES[r.kind as RequestKind] ?? r.kind,
        STATUS_NAMES[r.status as RequestStatus] ?? r.status,
        r.item ?? null,
        r.department ?? null,
        r.township,
        r.village,
        r.helper ?? null,
        bannerTime(r.created_at),
        r.legal_deadline,
        delivered,
        delivered && r.legal_deadline ? yesNo(delivered <= r.legal_deadline) : null,
        open ? STATE_NAMES[deadlineStanding(today, r.legal_deadline).state] : null,
        levelOf.get(r.id) ?? null,
      ];
    }),
  );
}

export async function ratingsCsv(db: Kysely<Database>, month: string): Promise<string> {
  const { start, end } = monthBounds(month);
  const rows = await ratingQuery(db).where('ratings.created_at', '>=', start).where('ratings.created_at', '<', end).orderBy('ratings.created_at').execute();
  const header = [
    '评价编号', '案件编号', '评价时间', '评价等级', '差评', '实名', '评价内容', '帮办员', '事项', '苏木镇',
    '核实结论', '核实说明', '整改期限', '整改措施', '整改完成时间', '按期整改', '回复', '回复时间', '回访结果',
  ];
  return toCsv(
    header,
    rows.map((r) => [
      r.id,
      r.request_id,
      bannerTime(r.created_at),
      RATING_LEVEL_NAMES[r.level as RatingLevel] ?? r.level,
      yesNo(isBad(r.level)),
      yesNo(r.anonymous === 0),
      r.comment,
      r.helper_name ?? null,
      r.service_item_name ?? null,
      r.township_name,
      r.justified === null ? (r.review_status ? '待核实' : null) : r.justified === 1 ? '属实' : '不属实',
      r.verification,
      r.rectify_by,
      r.rectification,
      r.rectified_at ? bannerTime(r.rectified_at) : null,
      yesNo(rectifiedOnTime(r.rectified_at, r.rectify_by)),
      r.reply,
      r.replied_at ? bannerTime(r.replied_at) : null,
      r.call_back ? (CALL_NAMES[r.call_back] ?? r.call_back) : null,
    ]),
  );
}
