// The supervisor's board: every open case with where it stands against its legal deadline, filtered by township,
// department, helper, status, kind and deadline state; cases marked 加急 first, then those whose resident asked for
// it, then the most pressing deadline.
import { heldFen, ledgerOf, parseMoney } from '../workbench/handover-money';
import type { Kysely } from 'kysely';
import { OPEN_STATUSES, type CaseBoardQuery, type CaseBoardResponse, type CaseBoardRow, type DeadlineCounts, type DeadlineState } from '../../../../types';
import type { Database } from '../../db/schema';
import { bannerDate } from '../../lib/working-days';
import { summaryQuery } from '../requests/requests.repository';
import { toSummary } from '../requests/requests.service';
import { deadlineStanding } from './deadline-state';
import { dateOfDay } from '../../dispatch/plan-days';
import { currentPlanNote, PLAN_SHOWN_WHILE } from '../../dispatch/plan-store';

const BOARD_LIMIT = 2000;
const URGENCY: Record<DeadlineState, number> = { overdue: 0, due_soon: 1, on_time: 2, none: 3 };

function boardQuery(db: Kysely<Database>) {
  return summaryQuery(db)
    .innerJoin('users as resident', 'resident.id', 'requests.resident_id')
    .leftJoin('users as helper', 'helper.id', 'requests.helper_id')
    .leftJoin('dispatch_plans', 'dispatch_plans.request_id', 'requests.id')
    .select([
      'dispatch_plans.day as plan_day',
      'dispatch_plans.stop_number as plan_stop',
      'dispatch_plans.supervisor_text as plan_note',
      'townships.id as township_id',
      'service_items.department',
      'resident.name as resident_name',
      'helper.name as helper_name',
      'requests.legal_deadline',
      'requests.escalated_at',
      'requests.urgent_reason',
      'requests.urgency_asked_reason',
    ]);
}

/** 代缴 money still in the helper's hands, per listed case whose hand-overs carry money. */
async function moneyHeld(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('handovers').select(['request_id', 'kind', 'money']).where('request_id', 'in', [...ids]).where('money', 'is not', null).execute();
  const byCase = new Map<string, { kind: string; money: ReturnType<typeof parseMoney> }[]>();
  for (const r of rows) byCase.set(r.request_id, [...(byCase.get(r.request_id) ?? []), { kind: r.kind, money: parseMoney(r.money) }]);
  return new Map([...byCase].map(([id, trail]) => [id, heldFen(ledgerOf(trail))]));
}

export async function caseBoard(db: Kysely<Database>, filter: CaseBoardQuery, now: Date = new Date()): Promise<CaseBoardResponse> {
  const today = bannerDate(now);
  let query = boardQuery(db);
  // Without a status filter the board shows open cases; naming a status (even a closed one) shows exactly those.
  query = filter.status ? query.where('requests.status', '=', filter.status) : query.where('requests.status', 'in', [...OPEN_STATUSES]);
  if (filter.townshipId) query = query.where('townships.id', '=', filter.townshipId);
  if (filter.department) query = query.where('service_items.department', '=', filter.department);
  if (filter.helperId) query = query.where('requests.helper_id', '=', filter.helperId);
  if (filter.kind) query = query.where('requests.kind', '=', filter.kind);
  const rows = await query.orderBy('requests.created_at').limit(BOARD_LIMIT).execute();
  const held = await moneyHeld(db, rows.map((r) => r.id));

  const items: CaseBoardRow[] = rows.map((row) => {
    const { legalDeadline, state } = deadlineStanding(today, row.legal_deadline);
    return {
      ...toSummary(row),
      townshipId: row.township_id,
      department: row.department ?? null,
      residentName: row.resident_name,
      helper: row.helper_id && row.helper_name ? { id: row.helper_id, name: row.helper_name } : null,
      legalDeadline,
      deadlineState: state,
      escalated: row.escalated_at !== null,
      urgentReason: row.urgent_at !== null ? (row.urgent_reason ?? '') : null,
      urgencyAsked: row.urgency_asked_at !== null ? (row.urgency_asked_reason ?? '') : null,
      dispatch:
        row.plan_note !== null && PLAN_SHOWN_WHILE.some((s) => s === row.status)
          ? { day: row.plan_day !== null ? dateOfDay(row.plan_day) : null, stopNumber: row.plan_stop, note: currentPlanNote(row.plan_note, row.plan_stop) }
          : null,
      moneyHeldFen: held.get(row.id) ?? 0,
    };
  });
  const listed = filter.deadlineState ? items.filter((i) => i.deadlineState === filter.deadlineState) : items;
  listed.sort(
    (a, b) =>
      Number(b.urgent) - Number(a.urgent) ||
      Number(b.urgencyAsked !== null) - Number(a.urgencyAsked !== null) ||
      URGENCY[a.deadlineState] - URGENCY[b.deadlineState] ||
      (a.legalDeadline?.workingDaysLeft ?? 0) - (b.legalDeadline?.workingDaysLeft ?? 0) ||
      a.createdAt.localeCompare(b.createdAt),
  );
  const counts: DeadlineCounts = { on_time: 0, due_soon: 0, overdue: 0, none: 0 };
  for (const item of listed) counts[item.deadlineState] += 1;
  return { today, items: listed, counts };
}
