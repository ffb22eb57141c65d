// Frozen. A resident may say they are an elderly person living alone (独居老人): sealed like the other sensitive
// fields, read by dispatch to rank them first.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('resident_profiles').addColumn('lives_alone_sealed', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('resident_profiles').dropColumn('lives_alone_sealed').execute();
}
