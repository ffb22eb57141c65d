// Frozen. 网格+代办: a request a grid worker files for a resident waits for the resident's own confirmation (a code
// sent to their phone, or their signature on the spot) before it is dispatched.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('resident_confirmations')
    .addColumn('request_id', 'text', (c) => c.primaryKey().references('requests.id'))
    .addColumn('code_hash', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('method', 'text')
    .addColumn('signature_id', 'text', (c) => c.references('uploads.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('resident_confirmations').ifExists().execute();
}
