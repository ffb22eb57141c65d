// Frozen. The helper's workbench: check-ins, the welfare escalation at an unanswered door, signed authorisations
// (委托书, 续办委托书), the custody chain of hand-overs (交接单), the department's case number.
import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import type { MigrationDialect } from './types';

export async function up(db: Kysely<unknown>, dialect: MigrationDialect): Promise<void> {
  const serialType = dialect === 'postgres' ? sql`serial` : sql`integer`;
  const serialKey = (c: ColumnDefinitionBuilder): ColumnDefinitionBuilder =>
    dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement();

  await db.schema.alterTable('requests').addColumn('department_case_no', 'text').execute();

  await db.schema
    .createTable('check_ins')
    .addColumn('id', serialType, serialKey)
    .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id'))
    .addColumn('helper_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('lat', 'double precision')
    .addColumn('lng', 'double precision')
    .addColumn('distance_km', 'double precision')
    .addColumn('far', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('welfare_steps')
    .addColumn('id', serialType, serialKey)
    .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id'))
    .addColumn('helper_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('authorisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('letter', 'text', (c) => c.notNull())
    .addColumn('resident_signature_id', 'text', (c) => c.notNull().references('uploads.id'))
    .addColumn('helper_signature_id', 'text', (c) => c.notNull().references('uploads.id'))
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('helper_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('authorisations_request_idx').on('authorisations').column('request_id').execute();

  await db.schema
    .createTable('handovers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_party', 'text', (c) => c.notNull())
    .addColumn('to_party', 'text', (c) => c.notNull())
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('photo_ids', 'text', (c) => c.notNull())
    .addColumn('from_signature_id', 'text', (c) => c.references('uploads.id'))
    .addColumn('to_signature_id', 'text', (c) => c.references('uploads.id'))
    .addColumn('tracking_no', 'text')
    .addColumn('place', 'text')
    .addColumn('lat', 'double precision')
    .addColumn('lng', 'double precision')
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('handovers_request_idx').on('handovers').column('request_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['handovers', 'authorisations', 'welfare_steps', 'check_ins']) await db.schema.dropTable(table).ifExists().execute();
  await db.schema.alterTable('requests').dropColumn('department_case_no').execute();
}
