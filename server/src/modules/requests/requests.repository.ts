import type { Kysely } from 'kysely';
import { prepareQuery } from '../../db/prepared';
import type { Database, RequestsTable } from '../../db/schema';
import { filerLinkEnded } from '../family/consent';

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
      'requests.urgent_at',
      'requests.urgency_asked_at',
      'villages.name as village_name',
      'townships.name as township_name',
      'service_items.name as service_item_name',
      'villages.name_mn as village_name_mn',
      'townships.name_mn as township_name_mn',
      'service_items.name_mn as service_item_name_mn',
    ])
    .select((eb) => filerLinkEnded(eb).as('filer_link_ended'));
}

export type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>;

const summaryById = prepareQuery((db, a: { id: string }) => summaryQuery(db).where('requests.id', '=', a.id));

export function findSummary(db: Kysely<Database>, id: string): Promise<SummaryRow | undefined> {
  return summaryById.first(db, { id });
}

const byIdempotencyKey = prepareQuery((db, a: { filedById: string; key: string }) =>
  db.selectFrom('requests').select('id').where('filed_by_id', '=', a.filedById).where('idempotency_key', '=', a.key),
);

export function findByIdempotencyKey(db: Kysely<Database>, filedById: string, key: string) {
  return byIdempotencyKey.first(db, { filedById, key });
}

export async function insertRequest(db: Kysely<Database>, row: RequestsTable): Promise<void> {
  await db.insertInto('requests').values(row).execute();
}

export const pendingOfferTo = prepareQuery((db, a: { requestId: string; helperId: string }) =>
  db
    .selectFrom('offers')
    .select('id')
    .where('request_id', '=', a.requestId)
    .where('helper_id', '=', a.helperId)
    .where('status', '=', 'pending'),
);
