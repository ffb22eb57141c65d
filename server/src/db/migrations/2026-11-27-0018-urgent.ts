// Frozen. A supervisor may mark a case 加急 (urgent) with a reason, and lift it again: dispatch then plans the visit
// for the first day a helper can come instead of pooling it into a later trip, and the case board lists it first.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('requests').addColumn('urgent_at', 'text').execute();
  await db.schema.alterTable('requests').addColumn('urgent_reason', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('requests').dropColumn('urgent_reason').execute();
  await db.schema.alterTable('requests').dropColumn('urgent_at').execute();
}
