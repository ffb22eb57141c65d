// Frozen. The dispatch engine's plan, one row per request it has decided about: which helper, which day and stop of
// that helper's trip, and why (reasons as data for the console, sentences for the resident and the supervisor).
// A row without a helper is a request the engine could not place yet, with the reason.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('dispatch_plans')
    .addColumn('request_id', 'text', (c) => c.primaryKey())
    .addColumn('helper_id', 'text')
    .addColumn('day', 'integer')
    .addColumn('stop_number', 'integer')
    .addColumn('eta_min', 'integer')
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('resident_text', 'text', (c) => c.notNull())
    .addColumn('supervisor_text', 'text', (c) => c.notNull())
    .addColumn('planned_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('dispatch_plans_helper_day').on('dispatch_plans').columns(['helper_id', 'day']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('dispatch_plans').ifExists().execute();
}
