// Exactly one dispatch loop among many API processes sharing one database: a pass runs only in the process that
// holds the 'dispatch' lease. A holder renews it each tick; when it dies, the lease lapses and another process takes
// over. (A lease row rather than a PostgreSQL advisory lock: the same code then works on SQLite too, and no
// connection has to be pinned for the life of the process.)
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export const PROCESS_ID = `p-${process.pid}-${crypto.randomBytes(4).toString('hex')}`;

export async function holdLease(db: Kysely<Database>, name: string, holder: string, ttlMs: number, now: Date = new Date()): Promise<boolean> {
  const nowIso = now.toISOString();
  const expires = new Date(now.getTime() + ttlMs).toISOString();
  await db.insertInto('leases').values({ name, holder, expires_at: expires }).onConflict((oc) => oc.column('name').doNothing()).execute();
  // Renew our own lease, or take over one that has lapsed: a single conditional update decides between racers.
  const result = await db
    .updateTable('leases')
    .set({ holder, expires_at: expires })
    .where('name', '=', name)
    .where((eb) => eb.or([eb('holder', '=', holder), eb('expires_at', '<', nowIso)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
