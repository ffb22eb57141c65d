// Frozen: never edit after it has shipped, never import application code. Add a new dated file instead.
import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import type { MigrationDialect } from './types';

export async function up(db: Kysely<unknown>, dialect: MigrationDialect): Promise<void> {
  // The one place the engines differ: how an auto-numbered key is declared.
  const serialType = dialect === 'postgres' ? sql`serial` : sql`integer`;
  const serialKey = (c: ColumnDefinitionBuilder): ColumnDefinitionBuilder =>
    dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement();

  await db.schema
    .createTable('townships')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('lat', 'double precision', (c) => c.notNull())
    .addColumn('lng', 'double precision', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('villages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('township_id', 'text', (c) => c.notNull().references('townships.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('lat', 'double precision', (c) => c.notNull())
    .addColumn('lng', 'double precision', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('phone', 'text', (c) => c.unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('roles', 'text', (c) => c.notNull())
    .addColumn('village_id', 'text', (c) => c.references('villages.id'))
    .addColumn('wechat_openid', 'text', (c) => c.unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('helpers')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('skills', 'text', (c) => c.notNull())
    .addColumn('grid_village_ids', 'text', (c) => c.notNull())
    .addColumn('township_id', 'text', (c) => c.notNull().references('townships.id'))
    .addColumn('languages', 'text', (c) => c.notNull())
    .addColumn('on_duty', 'integer', (c) => c.notNull())
    .addColumn('base_lat', 'double precision', (c) => c.notNull())
    .addColumn('base_lng', 'double precision', (c) => c.notNull())
    .addColumn('capacity_per_day', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('service_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('department', 'text', (c) => c.notNull())
    .addColumn('time_limit_days', 'integer', (c) => c.notNull())
    .addColumn('fee', 'text', (c) => c.notNull())
    .addColumn('promise_allowed', 'integer', (c) => c.notNull())
    .addColumn('deferral_allowed', 'integer', (c) => c.notNull())
    .addColumn('online', 'integer', (c) => c.notNull())
    .addColumn('skill', 'text', (c) => c.notNull())
    .addColumn('guide', 'text', (c) => c.notNull())
    .addColumn('keywords', 'text', (c) => c.notNull())
    .addColumn('materials', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('resident_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('filed_by_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('village_id', 'text', (c) => c.notNull().references('villages.id'))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('service_item_id', 'text', (c) => c.references('service_items.id'))
    .addColumn('helper_id', 'text', (c) => c.references('users.id'))
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The same submission retried (double tap, timeout, a crash before the reply) can never make a second request.
  await db.schema
    .createIndex('requests_idempotency_idx')
    .on('requests')
    .columns(['filed_by_id', 'idempotency_key'])
    .unique()
    .execute();
  await db.schema.createIndex('requests_resident_idx').on('requests').column('resident_id').execute();
  await db.schema.createIndex('requests_filed_by_idx').on('requests').column('filed_by_id').execute();
  await db.schema.createIndex('requests_helper_idx').on('requests').column('helper_id').execute();
  await db.schema.createIndex('requests_status_idx').on('requests').column('status').execute();

  await db.schema
    .createTable('transitions')
    .addColumn('id', serialType, serialKey)
    .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    .addColumn('note', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('transitions_request_idx').on('transitions').columns(['request_id', 'id']).execute();

  await db.schema
    .createTable('offers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id'))
    .addColumn('helper_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('decline_reason', 'text')
    .execute();
  await db.schema.createIndex('offers_helper_status_idx').on('offers').columns(['helper_id', 'status']).execute();
  await db.schema.createIndex('offers_request_idx').on('offers').column('request_id').execute();
  await db.schema.createIndex('offers_status_expiry_idx').on('offers').columns(['status', 'expires_at']).execute();

  await db.schema
    .createTable('login_codes')
    .addColumn('id', serialType, serialKey)
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('login_codes_phone_idx').on('login_codes').columns(['phone', 'created_at']).execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('idem_key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('status_code', 'integer')
    .addColumn('response', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['user_id', 'idem_key'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'idempotency_keys',
    'login_codes',
    'offers',
    'transitions',
    'requests',
    'service_items',
    'helpers',
    'users',
    'villages',
    'townships',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
