// Frozen. Every dispatch pass reads the visits already planned from today on (dispatch/engine-input.ts, loadHelpers):
// without an index on the day that was a scan of every plan ever written, the unassigned ones (no day) included, a
// few milliseconds per pass once a busy day had filed a thousand requests. With the request id beside the day the
// range is read from the index alone.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('dispatch_plans_day_request_idx').on('dispatch_plans').columns(['day', 'request_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('dispatch_plans_day_request_idx').ifExists().execute();
}
