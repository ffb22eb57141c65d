// Frozen. Sensitive personal data under PIPL: encrypted profile fields behind a separate consent, a log of every read
// of them, and residents' deletion requests.
import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import type { MigrationDialect } from './types';

export async function up(db: Kysely<unknown>, dialect: MigrationDialect): Promise<void> {
  const serialType = dialect === 'postgres' ? sql`serial` : sql`integer`;
  const serialKey = (c: ColumnDefinitionBuilder): ColumnDefinitionBuilder =>
    dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement();
  await db.schema
    .createTable('resident_profiles')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('id_number_sealed', 'text')
    .addColumn('disability_sealed', 'text')
    .addColumn('sensitive_consent_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('sensitive_access_log')
    .addColumn('id', serialType, serialKey)
    .addColumn('viewer_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('subject_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sensitive_access_log_subject_idx').on('sensitive_access_log').columns(['subject_id', 'at']).execute();
  await db.schema
    .createTable('deletion_requests')
    .addColumn('id', serialType, serialKey)
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('reason', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['deletion_requests', 'sensitive_access_log', 'resident_profiles']) await db.schema.dropTable(table).ifExists().execute();
}
