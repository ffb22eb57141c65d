// Frozen. 企业数字名片: one shareable card per enterprise, read by anyone holding its link (a bank, a partner, a
// department) without signing in. The link's token is the only key, so issuing again replaces it (old links stop
// working) and withdrawing deletes it. Reads are counted: the enterprise sees how often its card was opened.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('enterprise_cards')
    .addColumn('enterprise_id', 'text', (c) => c.primaryKey().references('enterprises.id'))
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .addColumn('issued_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('views', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_viewed_at', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('enterprise_cards').execute();
}
