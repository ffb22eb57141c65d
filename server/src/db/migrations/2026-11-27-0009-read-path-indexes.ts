// Frozen. The case page reads every record table by request_id; these three had no index on it, so each case read
// scanned them whole, and more slowly the more cases there were.
import type { Kysely } from 'kysely';

const INDEXES = [
  { name: 'check_ins_request_idx', table: 'check_ins' },
  { name: 'welfare_steps_request_idx', table: 'welfare_steps' },
  { name: 'slots_request_idx', table: 'slots' },
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const { name, table } of INDEXES) await db.schema.createIndex(name).on(table).column('request_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const { name } of INDEXES) await db.schema.dropIndex(name).ifExists().execute();
}
