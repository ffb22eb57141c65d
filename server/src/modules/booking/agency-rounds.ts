// The mobile agency point's days as rows residents can book: the regular round (schedule.ts: each village on one
// weekday every second week) is written out for the coming weeks when someone looks, one row per village and day;
// market days are added by supervisors (agency-days.ts). A row that exists is never written over, so a day a
// supervisor cancelled stays cancelled.
import type { Kysely, Selectable } from 'kysely';
import type { AgencyDayKind, AgencyVisitView } from '../../../../types';
import type { AgencyVisitsTable, Database } from '../../db/schema';
import { parseStringList } from '../../lib/json';
import { shiftDay } from '../../lib/working-days';
import { agencyDays } from './schedule';

/** How far ahead agency days are offered and listed. */
export const AGENCY_HORIZON_DAYS = 21;

interface HelperRow {
  user_id: string;
  kind: string;
  grid_village_ids: string;
  capacity_per_day: number;
  name: string;
  township_id: string;
}

function onDutyHelpers(db: Kysely<Database>, townshipIds: readonly string[]): Promise<HelperRow[]> {
  if (townshipIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('helpers')
    .innerJoin('users', 'users.id', 'helpers.user_id')
    .select(['helpers.user_id', 'helpers.kind', 'helpers.grid_village_ids', 'helpers.capacity_per_day', 'users.name', 'helpers.township_id'])
    .where('helpers.township_id', 'in', [...new Set(townshipIds)])
    .where('helpers.on_duty', '=', 1)
    .orderBy('helpers.user_id')
    .execute();
}

/** A blue vest of the village's township, or the grid worker of the village itself. */
export const serves = (h: Pick<HelperRow, 'township_id' | 'kind' | 'grid_village_ids'>, villageId: string, townshipId: string): boolean =>
  h.township_id === townshipId && (h.kind === 'blue_vest' || parseStringList(h.grid_village_ids).includes(villageId));

/** Helpers who serve a village: its grid workers and the blue vests of its township, on duty. */
export async function servingHelpers(db: Kysely<Database>, villageId: string, townshipId: string): Promise<HelperRow[]> {
  return (await onDutyHelpers(db, [townshipId])).filter((h) => serves(h, villageId, townshipId));
}

export interface VillageRef {
  id: string;
  name: string;
  township_id: string;
}

/** Writes out the regular round's days after `today` for these villages (idempotent: existing rows are kept). */
export async function ensureRounds(db: Kysely<Database>, villages: readonly VillageRef[], today: string): Promise<void> {
  const helpers = await onDutyHelpers(db, villages.map((v) => v.township_id));
  const rows = villages.flatMap((v) => {
    const serving = helpers.filter((h) => serves(h, v.id, v.township_id));
    // The point is run by the township's blue vests where there are any, else by the village's grid worker.
    const runner = serving.find((h) => h.kind === 'blue_vest') ?? serving[0];
    if (!runner) return [];
    return agencyDays(v.id, today, AGENCY_HORIZON_DAYS).map((day) => ({
      id: `av-${v.id}-${day}`,
      village_id: v.id,
      day,
      place: `${v.name}党群服务中心`,
      helper_id: runner.user_id,
    }));
  });
  if (rows.length) await db.insertInto('agency_visits').values(rows).onConflict((oc) => oc.column('id').doNothing()).execute();
}

/** The village's agency days residents may book: after today, within the horizon, not cancelled; by day. */
export function openAgencyDays(db: Kysely<Database>, villageId: string, today: string) {
  return db
    .selectFrom('agency_visits')
    .selectAll()
    .where('village_id', '=', villageId)
    .where('day', '>', today)
    .where('day', '<=', horizonEnd(today))
    .where('cancelled_at', 'is', null)
    .orderBy('day')
    .orderBy('start_time')
    .orderBy('id')
    .execute();
}

export const horizonEnd = (today: string): string => shiftDay(today, AGENCY_HORIZON_DAYS);

/** A bookable agency day as residents see it. */
export function agencyVisitView(row: Selectable<AgencyVisitsTable>): AgencyVisitView {
  return { id: row.id, day: row.day, place: row.place, kind: row.kind as AgencyDayKind, start: row.start_time, end: row.end_time };
}
