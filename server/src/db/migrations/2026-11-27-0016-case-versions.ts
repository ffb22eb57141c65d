// Frozen. A version number per case that the database itself moves on every change to anything the case page shows
// (modules/requests/case-cache.ts keeps the page as last sent while its version stands still), and one epoch for the
// rarely changed shared rows the page also shows (names of people, places and service items, helpers' cards,
// agency days, family links). Triggers, not application code, move them: no write path can forget, and on
// PostgreSQL a write from any API process is seen by every other.
import { sql, type Kysely } from 'kysely';
import type { MigrationDialect } from './types';

/** Tables of a case's own records, each with a request_id column. */
export const CASE_RECORD_TABLES = [
  'transitions',
  'request_materials',
  'uploads',
  'call_attempts',
  'slots',
  'dispatch_plans',
  'check_ins',
  'welfare_steps',
  'authorisations',
  'handovers',
  'resident_confirmations',
] as const;

/** Shared rows shown on case pages: a change to the listed columns (any column when none are listed) moves the epoch. */
export const EPOCH_TABLES: Record<string, readonly string[]> = {
  users: ['name', 'phone'],
  helpers: ['user_id', 'kind', 'languages'],
  villages: ['name', 'name_mn'],
  townships: ['name', 'name_mn'],
  service_items: ['name', 'name_mn'],
  agency_visits: ['day', 'place'],
  family_links: [],
};

async function sqliteUp(db: Kysely<unknown>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db);
  const bump = (id: string) => `UPDATE case_versions SET rev = rev + 1 WHERE request_id = ${id};`;
  await run(`CREATE TRIGGER case_rev_requests_ins AFTER INSERT ON requests BEGIN INSERT INTO case_versions (request_id, rev) VALUES (NEW.id, 1); END`);
  await run(`CREATE TRIGGER case_rev_requests_upd AFTER UPDATE ON requests BEGIN ${bump('NEW.id')} END`);
  await run(`CREATE TRIGGER case_rev_requests_del AFTER DELETE ON requests BEGIN DELETE FROM case_versions WHERE request_id = OLD.id; END`);
  for (const table of CASE_RECORD_TABLES) {
    await run(`CREATE TRIGGER case_rev_${table}_ins AFTER INSERT ON ${table} BEGIN ${bump('NEW.request_id')} END`);
    await run(`CREATE TRIGGER case_rev_${table}_upd AFTER UPDATE ON ${table} BEGIN ${bump('OLD.request_id')} ${bump('NEW.request_id')} END`);
    await run(`CREATE TRIGGER case_rev_${table}_del AFTER DELETE ON ${table} BEGIN ${bump('OLD.request_id')} END`);
  }
  const epoch = 'UPDATE case_epoch SET epoch = epoch + 1;';
  for (const [table, columns] of Object.entries(EPOCH_TABLES)) {
    const changed = columns.length === 0 ? '' : ` WHEN ${columns.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ')}`;
    await run(`CREATE TRIGGER case_epoch_${table}_ins AFTER INSERT ON ${table} BEGIN ${epoch} END`);
    await run(`CREATE TRIGGER case_epoch_${table}_upd AFTER UPDATE ON ${table}${changed} BEGIN ${epoch} END`);
    await run(`CREATE TRIGGER case_epoch_${table}_del AFTER DELETE ON ${table} BEGIN ${epoch} END`);
  }
}

async function postgresUp(db: Kysely<unknown>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db);
  await run(`CREATE FUNCTION case_rev_of_request() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
    IF TG_OP = 'INSERT' THEN INSERT INTO case_versions (request_id, rev) VALUES (NEW.id, 1);
    ELSIF TG_OP = 'UPDATE' THEN UPDATE case_versions SET rev = rev + 1 WHERE request_id = NEW.id;
    ELSE DELETE FROM case_versions WHERE request_id = OLD.id; END IF;
    RETURN NULL; END $$`);
  await run(`CREATE FUNCTION case_rev_of_record() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
    IF TG_OP <> 'INSERT' THEN UPDATE case_versions SET rev = rev + 1 WHERE request_id = OLD.request_id; END IF;
    IF TG_OP <> 'DELETE' THEN UPDATE case_versions SET rev = rev + 1 WHERE request_id = NEW.request_id; END IF;
    RETURN NULL; END $$`);
  await run(`CREATE FUNCTION case_epoch_move() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
    UPDATE case_epoch SET epoch = epoch + 1; RETURN NULL; END $$`);
  await run(`CREATE TRIGGER case_rev_requests AFTER INSERT OR UPDATE OR DELETE ON requests FOR EACH ROW EXECUTE FUNCTION case_rev_of_request()`);
  for (const table of CASE_RECORD_TABLES) {
    await run(`CREATE TRIGGER case_rev_${table} AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION case_rev_of_record()`);
  }
  for (const [table, columns] of Object.entries(EPOCH_TABLES)) {
    const changed = columns.length === 0 ? '' : ` WHEN (${columns.map((c) => `OLD.${c} IS DISTINCT FROM NEW.${c}`).join(' OR ')})`;
    await run(`CREATE TRIGGER case_epoch_${table}_ins_del AFTER INSERT OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION case_epoch_move()`);
    await run(`CREATE TRIGGER case_epoch_${table}_upd AFTER UPDATE ON ${table} FOR EACH ROW${changed} EXECUTE FUNCTION case_epoch_move()`);
  }
}

export async function up(db: Kysely<unknown>, dialect: MigrationDialect): Promise<void> {
  await db.schema
    .createTable('case_versions')
    .addColumn('request_id', 'text', (c) => c.primaryKey())
    .addColumn('rev', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createTable('case_epoch').addColumn('epoch', 'bigint', (c) => c.notNull()).execute();
  await sql`INSERT INTO case_epoch (epoch) VALUES (1)`.execute(db);
  await sql`INSERT INTO case_versions (request_id, rev) SELECT id, 1 FROM requests`.execute(db);
  await (dialect === 'postgres' ? postgresUp(db) : sqliteUp(db));
}

export async function down(db: Kysely<unknown>, dialect: MigrationDialect): Promise<void> {
  const tables = ['requests', ...CASE_RECORD_TABLES];
  if (dialect === 'postgres') {
    for (const table of tables) await sql.raw(`DROP TRIGGER IF EXISTS case_rev_${table} ON ${table}`).execute(db);
    for (const table of Object.keys(EPOCH_TABLES)) {
      await sql.raw(`DROP TRIGGER IF EXISTS case_epoch_${table}_ins_del ON ${table}`).execute(db);
      await sql.raw(`DROP TRIGGER IF EXISTS case_epoch_${table}_upd ON ${table}`).execute(db);
    }
    for (const fn of ['case_rev_of_request', 'case_rev_of_record', 'case_epoch_move']) await sql.raw(`DROP FUNCTION IF EXISTS ${fn}()`).execute(db);
  } else {
    const names = [...tables.map((t) => `case_rev_${t}`), ...Object.keys(EPOCH_TABLES).map((t) => `case_epoch_${t}`)];
    for (const name of names) for (const op of ['ins', 'upd', 'del']) await sql.raw(`DROP TRIGGER IF EXISTS ${name}_${op}`).execute(db);
  }
  await db.schema.dropTable('case_epoch').ifExists().execute();
  await db.schema.dropTable('case_versions').ifExists().execute();
}
