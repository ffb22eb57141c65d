// Frozen. A resident may ask for a helper who speaks their language (Mongolian-speaking herders): dispatch then
// offers the visit only to helpers who do.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('requests').addColumn('needs_language', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('requests').dropColumn('needs_language').execute();
}
