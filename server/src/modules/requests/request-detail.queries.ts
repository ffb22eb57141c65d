// The case page's reads, prepared once (see db/prepared.ts): one row with everything that is one-per-request, then one
// query per table of records, each by request_id on its index. It was ~15 queries, several of them for the same row.
import { prepareQuery } from '../../db/prepared';
import { summaryQuery } from './requests.repository';

type ById = { id: string };

/**
 * The request as a summary shows it (the access check needs that) and every one-to-one fact of the page: names of
 * resident and filer, the helper's contact card, the booked agency day, the pending resident confirmation.
 */
export const caseRow = prepareQuery((db, a: ById) =>
  summaryQuery(db)
    .leftJoin('users as resident', 'resident.id', 'requests.resident_id')
    .leftJoin('users as filer', 'filer.id', 'requests.filed_by_id')
    .leftJoin('helpers', 'helpers.user_id', 'requests.helper_id')
    .leftJoin('users as helper', 'helper.id', 'helpers.user_id')
    .leftJoin('agency_visits', 'agency_visits.id', 'requests.agency_visit_id')
    .leftJoin('resident_confirmations', 'resident_confirmations.request_id', 'requests.id')
    .select([
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
      'resident_confirmations.request_id as confirmation_request_id',
      'resident_confirmations.confirmed_at',
    ])
    .where('requests.id', '=', a.id),
);

export type CaseRow = NonNullable<Awaited<ReturnType<typeof caseRow.first>>>;

export const timeline = prepareQuery((db, a: ById) =>
  db
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
    .where('transitions.request_id', '=', a.id)
    .orderBy('transitions.id'),
);

export const materials = prepareQuery((db, a: ById) =>
  db.selectFrom('request_materials').selectAll().where('request_id', '=', a.id).orderBy('id'),
);

export const uploads = prepareQuery((db, a: ById) => db.selectFrom('uploads').selectAll().where('request_id', '=', a.id));

export const callAttempts = prepareQuery((db, a: ById) =>
  db
    .selectFrom('call_attempts')
    .innerJoin('users', 'users.id', 'call_attempts.helper_id')
    .select(['call_attempts.outcome', 'call_attempts.note', 'call_attempts.at', 'users.name'])
    .where('call_attempts.request_id', '=', a.id)
    .orderBy('call_attempts.id'),
);

/** Kept apart from the row: a request is expected to hold at most one slot, but nothing in the schema says so. */
export const bookedSlot = prepareQuery((db, a: ById) => db.selectFrom('slots').selectAll().where('request_id', '=', a.id));

/** The dispatch engine's latest decision for the request (dispatch/plan-store.ts turns it into the view). */
export const visitPlan = prepareQuery((db, a: ById) => db.selectFrom('dispatch_plans').selectAll().where('request_id', '=', a.id));
