// Frozen. Texts a vendor accepted, per phone: the guard against SMS bombing (短信轰炸) counts the code texts each
// number got in the last day, whoever asked for them (a sign-in, a family link, a filing at the door).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sms_sends')
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sms_sends_phone_sent_at').on('sms_sends').columns(['phone', 'sent_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sms_sends').execute();
}
