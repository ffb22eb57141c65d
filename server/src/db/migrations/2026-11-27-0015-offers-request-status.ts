// Frozen. The case page's access check asks whether the reader holds an offer on the request in a given status (an
// EXISTS per relation on every read of GET /api/requests/:id): with the status beside the request id that is
// answered from the index alone, not by visiting each offer row of the request. The index on request_id alone is
// then a prefix of this one and only costs every offer write, so it goes.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('offers_request_status_idx').on('offers').columns(['request_id', 'status']).execute();
  await db.schema.dropIndex('offers_request_idx').ifExists().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('offers_request_idx').ifNotExists().on('offers').column('request_id').execute();
  await db.schema.dropIndex('offers_request_status_idx').ifExists().execute();
}
