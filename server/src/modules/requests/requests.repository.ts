import type { Kysely } from 'kysely';
import type { Database, RequestsTable } from '../../db/schema';

/** A request row with the names a summary shows. */
export function summaryQuery(db: Kysely<Database>) {
  return db
    .selectFrom('requests')
    .innerJoin('villages', 'villages.id', 'requests.village_id')
    .innerJoin('townships', 'townships.id', 'villages.township_id')
    .leftJoin('service_items', 'service_items.id', 'requests.service_item_id')
    .select([
      'requests.id',
      'requests.kind',
      'requests.status',
      'requests.description',
      'requests.village_id',
      'requests.resident_id',
      'requests.filed_by_id',
      'requests.helper_id',
      'requests.service_item_id',
      'requests.created_at',
      'requests.updated_at',
      'villages.name as village_name',
      'townships.name as township_name',
      'service_items.name as service_item_name',
    ]);
}

export type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>;

export function findSummary(db: Kysely<Database>, id: string): Promise<SummaryRow | undefined> {
  return summaryQuery(db).where('requests.id', '=', id).executeTakeFirst();
}

export function findByIdempotencyKey(db: Kysely<Database>, filedById: string, key: string) {
  return db
    .selectFrom('requests')
    .select('id')
    .where('filed_by_id', '=', filedById)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

export async function insertRequest(db: Kysely<Database>, row: RequestsTable): Promise<void> {
  await db.insertInto('requests').values(row).execute();
}

export function listTimeline(db: Kysely<Database>, requestId: string) {
  return db
    .selectFrom('transitions')
    .leftJoin('users', 'users.id', 'transitions.actor_id')
    .select([
      'transitions.id',
      'transitions.from_status',
      'transitions.to_status',
      'transitions.actor',
      'transitions.note',
      'transitions.at',
      'users.name as actor_name',
    ])
    .where('transitions.request_id', '=', requestId)
    .orderBy('transitions.id')
    .execute();
}

export function findHelperContact(db: Kysely<Database>, helperId: string) {
  return db
    .selectFrom('helpers')
    .innerJoin('users', 'users.id', 'helpers.user_id')
    .select(['users.id', 'users.name', 'users.phone', 'helpers.kind', 'helpers.languages'])
    .where('helpers.user_id', '=', helperId)
    .executeTakeFirst();
}

export function findUserNames(db: Kysely<Database>, ids: string[]) {
  return db.selectFrom('users').select(['id', 'name']).where('id', 'in', ids).execute();
}

export function hasPendingOffer(db: Kysely<Database>, requestId: string, helperId: string) {
  return db
    .selectFrom('offers')
    .select('id')
    .where('request_id', '=', requestId)
    .where('helper_id', '=', helperId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
}
