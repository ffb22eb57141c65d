// The case page in one statement, prepared once (see db/prepared.ts): the row with everything that is one-per-request,
// and beside it each table of records gathered into JSON by a subquery on its request_id index. It was ~15 queries,
// then one per table; each statement has a fixed cost (binding, stepping, a row object, a promise) that was most of
// a case read. SQLite hands the JSON back as text, PostgreSQL (json_agg) already parsed: `parsedJson` takes either.
import { sql, type Kysely } from 'kysely';
import { jsonArrayFrom as pgArrayFrom, jsonObjectFrom as pgObjectFrom } from 'kysely/helpers/postgres';
import { jsonArrayFrom as sqliteArrayFrom, jsonObjectFrom as sqliteObjectFrom } from 'kysely/helpers/sqlite';
import { onPostgres } from '../../db/dialect';
import { prepareQuery } from '../../db/prepared';
import type { Database } from '../../db/schema';
import { summaryQuery } from './requests.repository';

type ById = { id: string };
type Db = Kysely<Database>;

const jsonArrayFrom = <O>(db: Db, query: Parameters<typeof sqliteArrayFrom<O>>[0]) => (onPostgres(db) ? pgArrayFrom(query) : sqliteArrayFrom(query));
const jsonObjectFrom = <O>(db: Db, query: Parameters<typeof sqliteObjectFrom<O>>[0]) => (onPostgres(db) ? pgObjectFrom(query) : sqliteObjectFrom(query));

/** A JSON column as its value: SQLite returns the text, PostgreSQL the parsed value. */
export function parsedJson<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

/**
 * The request as a summary shows it (the access check needs that), every one-to-one fact of the page (names of
 * resident and filer, the helper's contact card, the booked agency day, the pending resident confirmation), the
 * records of its own tables as JSON, and whether any workbench record exists (most cases have none; the workbench
 * module reads them only when there are).
 */
export const caseRow = prepareQuery((db, a: ById) =>
  summaryQuery(db)
    .leftJoin('users as resident', 'resident.id', 'requests.resident_id')
    .leftJoin('users as filer', 'filer.id', 'requests.filed_by_id')
    .leftJoin('helpers', 'helpers.user_id', 'requests.helper_id')
    .leftJoin('users as helper', 'helper.id', 'helpers.user_id')
    .leftJoin('agency_visits', 'agency_visits.id', 'requests.agency_visit_id')
    .leftJoin('resident_confirmations', 'resident_confirmations.request_id', 'requests.id')
    .select((eb) => [
      'requests.legal_deadline',
      'requests.landmark',
      'requests.lat',
      'requests.lng',
      'requests.voice_note_id',
      'requests.commitment_signature_id',
      'requests.escalated_at',
      'requests.department_case_no',
      'resident.name as resident_name',
      'resident.phone as resident_phone',
      'filer.name as filer_name',
      'helpers.user_id as helper_user_id',
      'helpers.kind as helper_kind',
      'helpers.languages as helper_languages',
      'helper.name as helper_name',
      'helper.phone as helper_phone',
      'agency_visits.day as agency_day',
      'agency_visits.place as agency_place',
      'agency_visits.start_time as agency_start',
      'agency_visits.end_time as agency_end',
      'resident_confirmations.request_id as confirmation_request_id',
      'resident_confirmations.confirmed_at',
      jsonArrayFrom(
        db,
        eb
          .selectFrom('transitions')
          .leftJoin('users', 'users.id', 'transitions.actor_id')
          .select([
            'transitions.id',
            'transitions.from_status',
            'transitions.to_status',
            'transitions.actor',
            'transitions.note',
            'transitions.note_key',
            'transitions.note_params',
            'transitions.at',
            'users.name as actor_name',
          ])
          .whereRef('transitions.request_id', '=', 'requests.id')
          .orderBy('transitions.id'),
      ).as('timeline_json'),
      jsonArrayFrom(
        db,
        eb
          .selectFrom('request_materials')
          .select(['request_materials.name', 'request_materials.form', 'request_materials.status', 'request_materials.supply_by', 'request_materials.upload_ids'])
          .whereRef('request_materials.request_id', '=', 'requests.id')
          .orderBy('request_materials.id'),
      ).as('materials_json'),
      jsonArrayFrom(
        db,
        eb
          .selectFrom('uploads')
          .select([
            'uploads.id',
            'uploads.owner_id',
            'uploads.kind',
            'uploads.mime',
            'uploads.size',
            'uploads.sha256',
            'uploads.storage_path',
            'uploads.request_id',
            'uploads.created_at',
          ])
          .whereRef('uploads.request_id', '=', 'requests.id'),
      ).as('uploads_json'),
      jsonArrayFrom(
        db,
        eb
          .selectFrom('call_attempts')
          .innerJoin('users', 'users.id', 'call_attempts.helper_id')
          .select(['call_attempts.outcome', 'call_attempts.note', 'call_attempts.at', 'users.name'])
          .whereRef('call_attempts.request_id', '=', 'requests.id')
          .orderBy('call_attempts.id'),
      ).as('attempts_json'),
      // A request is expected to hold at most one slot, but nothing in the schema says so: the first one found is
      // shown (a scalar subquery stops at it). No ORDER BY: on SQLite that sort cost more than the rest of the read.
      jsonObjectFrom(
        db,
        eb.selectFrom('slots').select(['slots.day', 'slots.start_time', 'slots.end_time']).whereRef('slots.request_id', '=', 'requests.id'),
      ).as('slot_json'),
      // The dispatch engine's latest decision for the request (dispatch/plan-store.ts turns it into the view).
      jsonObjectFrom(
        db,
        eb
          .selectFrom('dispatch_plans')
          .select([
            'dispatch_plans.request_id',
            'dispatch_plans.helper_id',
            'dispatch_plans.day',
            'dispatch_plans.stop_number',
            'dispatch_plans.eta_min',
            'dispatch_plans.reasons',
            'dispatch_plans.resident_text',
            'dispatch_plans.supervisor_text',
            'dispatch_plans.planned_at',
          ])
          .whereRef('dispatch_plans.request_id', '=', 'requests.id'),
      ).as('plan_json'),
      // Whether the workbench module has anything to show (records, or family contacts for the staff's view).
      eb
        .or([
          eb.exists(eb.selectFrom('check_ins').select(sql.lit(1).as('one')).whereRef('check_ins.request_id', '=', 'requests.id')),
          eb.exists(eb.selectFrom('welfare_steps').select(sql.lit(1).as('one')).whereRef('welfare_steps.request_id', '=', 'requests.id')),
          eb.exists(eb.selectFrom('authorisations').select(sql.lit(1).as('one')).whereRef('authorisations.request_id', '=', 'requests.id')),
          eb.exists(eb.selectFrom('handovers').select(sql.lit(1).as('one')).whereRef('handovers.request_id', '=', 'requests.id')),
          eb.exists(
            eb
              .selectFrom('family_links')
              .select(sql.lit(1).as('one'))
              .whereRef('family_links.member_id', '=', 'requests.resident_id')
              .where('family_links.status', '=', 'confirmed'),
          ),
        ])
        .as('has_workbench_records'),
    ])
    .where('requests.id', '=', a.id),
);

export type CaseRow = NonNullable<Awaited<ReturnType<typeof caseRow.first>>>;
