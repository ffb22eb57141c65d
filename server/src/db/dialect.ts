// Which engine a database handle (or a transaction of it) speaks to, for the few places whose SQL or whose
// assumptions differ: PostgreSQL hands JSON back parsed, and may commit ids out of order across processes.
import { PostgresAdapter, type Kysely } from 'kysely';
import type { Database } from './schema';

export function onPostgres(db: Kysely<Database>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
