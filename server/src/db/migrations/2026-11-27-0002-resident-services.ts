// Frozen. Resident services: uploads (photos, voice notes, signatures), application materials and 容缺 dates,
// 告知承诺, booked visit slots and mobile agency point days, call-back attempts, family links, the message centre.
import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import type { MigrationDialect } from './types';

export async function up(db: Kysely<unknown>, dialect: MigrationDialect): Promise<void> {
  const serialType = dialect === 'postgres' ? sql`serial` : sql`integer`;
  const serialKey = (c: ColumnDefinitionBuilder): ColumnDefinitionBuilder =>
    dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement();

  await db.schema
    .createTable('uploads')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage_path', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text', (c) => c.references('requests.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('uploads_request_idx').on('uploads').column('request_id').execute();

  for (const [column, type] of [
    ['legal_deadline', 'text'],
    ['landmark', 'text'],
    ['lat', 'double precision'],
    ['lng', 'double precision'],
    ['voice_note_id', 'text'],
    ['slot_id', 'text'],
    ['agency_visit_id', 'text'],
    ['commitment_signature_id', 'text'],
    ['escalated_at', 'text'],
  ] as const) {
    await db.schema.alterTable('requests').addColumn(column, type).execute();
  }

  await db.schema
    .createTable('request_materials')
    .addColumn('id', serialType, serialKey)
    .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('supply_by', 'text')
    .addColumn('upload_ids', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('request_materials_request_idx').on('request_materials').column('request_id').execute();

  await db.schema
    .createTable('slots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('helper_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text', (c) => c.references('requests.id'))
    .execute();
  await db.schema.createIndex('slots_helper_day_idx').on('slots').columns(['helper_id', 'day']).execute();

  await db.schema
    .createTable('agency_visits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('village_id', 'text', (c) => c.notNull().references('villages.id'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('helper_id', 'text', (c) => c.notNull().references('users.id'))
    .execute();
  await db.schema.createIndex('agency_visits_village_idx').on('agency_visits').columns(['village_id', 'day']).execute();

  await db.schema
    .createTable('call_attempts')
    .addColumn('id', serialType, serialKey)
    .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id'))
    .addColumn('helper_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('call_attempts_request_idx').on('call_attempts').column('request_id').execute();

  await db.schema
    .createTable('family_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('resident_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('relation', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .execute();
  await db.schema.createIndex('family_links_pair_idx').on('family_links').columns(['resident_id', 'member_id']).unique().execute();
  await db.schema.createIndex('family_links_member_idx').on('family_links').column('member_id').execute();

  await db.schema
    .createTable('messages')
    .addColumn('id', serialType, serialKey)
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('request_id', 'text', (c) => c.references('requests.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema.createIndex('messages_user_idx').on('messages').columns(['user_id', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['messages', 'family_links', 'call_attempts', 'agency_visits', 'slots', 'request_materials', 'uploads']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  for (const column of [
    'legal_deadline',
    'landmark',
    'lat',
    'lng',
    'voice_note_id',
    'slot_id',
    'agency_visit_id',
    'commitment_signature_id',
    'escalated_at',
  ]) {
    await db.schema.alterTable('requests').dropColumn(column).execute();
  }
}
