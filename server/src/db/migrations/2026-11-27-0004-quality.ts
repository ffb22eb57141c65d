// Frozen. Supervision and the quality loop: 好差评 ratings with their verify -> rectify -> reply record, 办不成事
// complaints, 一企一档 (enterprises, their projects and milestones), notification opt-ins and the delivery log.
import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import type { MigrationDialect } from './types';

export async function up(db: Kysely<unknown>, dialect: MigrationDialect): Promise<void> {
  const serialType = dialect === 'postgres' ? sql`serial` : sql`integer`;
  const serialKey = (c: ColumnDefinitionBuilder): ColumnDefinitionBuilder =>
    dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement();

  await db.schema
    .createTable('ratings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // One rating per request: the unique key is what makes a second rating impossible, even when two race.
    .addColumn('request_id', 'text', (c) => c.notNull().unique().references('requests.id'))
    .addColumn('rater_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('helper_id', 'text', (c) => c.references('users.id'))
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('anonymous', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('review_status', 'text')
    .addColumn('rectify_by', 'text')
    .addColumn('justified', 'integer')
    .addColumn('verification', 'text')
    .addColumn('verified_at', 'text')
    .addColumn('verified_by', 'text', (c) => c.references('users.id'))
    .addColumn('rectification', 'text')
    .addColumn('rectified_at', 'text')
    .addColumn('rectified_by', 'text', (c) => c.references('users.id'))
    .addColumn('reply', 'text')
    .addColumn('replied_at', 'text')
    .addColumn('replied_by', 'text', (c) => c.references('users.id'))
    .addColumn('call_back', 'text')
    .addColumn('call_back_note', 'text')
    .execute();
  await db.schema.createIndex('ratings_created_idx').on('ratings').column('created_at').execute();
  await db.schema.createIndex('ratings_rater_idx').on('ratings').column('rater_id').execute();

  await db.schema
    .createTable('complaints')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('resident_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('filed_by_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('request_id', 'text', (c) => c.references('requests.id'))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text')
    .addColumn('triage_note', 'text')
    .addColumn('triaged_at', 'text')
    .addColumn('triaged_by', 'text', (c) => c.references('users.id'))
    .addColumn('answer', 'text')
    .addColumn('resolved', 'integer')
    .addColumn('answered_at', 'text')
    .addColumn('answered_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema.createIndex('complaints_resident_idx').on('complaints').column('resident_id').execute();
  await db.schema.createIndex('complaints_filed_by_idx').on('complaints').column('filed_by_id').execute();

  await db.schema
    .createTable('enterprises')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('credit_code', 'text', (c) => c.notNull().unique())
    .addColumn('legal_person', 'text', (c) => c.notNull())
    .addColumn('industry', 'text', (c) => c.notNull())
    .addColumn('township_id', 'text', (c) => c.notNull().references('townships.id'))
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('contact_name', 'text', (c) => c.notNull())
    .addColumn('contact_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('enterprises_contact_idx').on('enterprises').column('contact_user_id').execute();

  await db.schema
    .createTable('enterprise_projects')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('investment', 'text', (c) => c.notNull())
    .addColumn('site', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('enterprise_projects_enterprise_idx').on('enterprise_projects').column('enterprise_id').execute();

  await db.schema
    .createTable('project_milestones')
    .addColumn('id', serialType, serialKey)
    .addColumn('project_id', 'text', (c) => c.notNull().references('enterprise_projects.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('helper_id', 'text', (c) => c.references('users.id'))
    .addColumn('planned_on', 'text')
    .addColumn('started_on', 'text')
    .addColumn('completed_on', 'text')
    .addColumn('documents', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('project_milestones_kind_uq', ['project_id', 'kind'])
    .execute();
  await db.schema.createIndex('project_milestones_helper_idx').on('project_milestones').column('helper_id').execute();

  await db.schema
    .createTable('notification_optins')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('wechat_credits', 'integer', (c) => c.notNull())
    .addColumn('sms', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_optins_pk', ['user_id', 'event'])
    .execute();

  await db.schema
    .createTable('notification_deliveries')
    .addColumn('id', serialType, serialKey)
    // One attempt per message-centre entry: a message is pushed at most once, on one channel.
    .addColumn('message_id', 'integer', (c) => c.notNull().unique().references('messages.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('channel', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('notification_deliveries_user_idx').on('notification_deliveries').column('user_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'notification_deliveries',
    'notification_optins',
    'project_milestones',
    'enterprise_projects',
    'enterprises',
    'complaints',
    'ratings',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
