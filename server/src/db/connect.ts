// Opens the database: SQLite (embedded default) or PostgreSQL (when a URL is given). Both speak through Kysely.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
import type { Database } from './schema';
import { allowDirectSqlite } from './prepared';
import { BACKSTOP_PAGES, startCheckpointer } from './checkpointer';
import { FairSqliteDialect, StatementCache } from './sqlite-driver';
import { LogFile, WalSync } from './wal-sync';
import type { MigrationDialect } from './migrations/types';

export interface DbHandle {
  db: Kysely<Database>;
  dialect: MigrationDialect;
  /** the raw SQLite connection, for the online backup API and integrity checks; null on PostgreSQL */
  sqlite: SQLite.Database | null;
  /** SQLite's group commit: a response waits on it until what it reflects is on disk (wal-sync.ts); null on PostgreSQL */
  walSync: WalSync | null;
  close(): Promise<void>;
}

export interface OpenOptions {
  sqlitePath: string;
  databaseUrl: string | null;
  /** how the SQLite log is made durable; tests pass one they control to watch answers wait for it */
  fsyncLog?: () => Promise<void>;
  /** SQLite: checkpoint the log in a worker thread (checkpointer.ts) rather than inside commits on the event loop */
  backgroundCheckpoints?: boolean;
  /** where a background checkpoint's failure is reported */
  warn?: (message: string) => void;
}

export function openDatabase(options: OpenOptions): DbHandle {
  if (options.databaseUrl) {
    const pool = new Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection dropped by the server (restart, failover) must not crash the process; the pool replaces it.
    pool.on('error', (error) => process.stderr.write(`postgres: idle connection lost: ${error.message}\n`));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', sqlite: null, walSync: null, close: () => db.destroy() };
  }
  fs.mkdirSync(path.dirname(options.sqlitePath), { recursive: true });
  const sqlite = new SQLite(options.sqlitePath);
  // WAL lets readers run beside the writer. NORMAL commits without an fsync; the answer to the client then waits for
  // a shared fsync of the log (wal-sync.ts), so an acknowledged write survives power loss exactly as with FULL.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Opened on first use only: a test's own fsyncLog leaves it unopened.
  const log = new LogFile(`${options.sqlitePath}-wal`);
  const walSync = new WalSync(options.fsyncLog ?? (() => log.sync()));
  const statements = new StatementCache(sqlite, walSync);
  const db = new Kysely<Database>({ dialect: new FairSqliteDialect(statements) });
  allowDirectSqlite(db, statements);
  const warn = options.warn ?? ((text: string) => process.stderr.write(`${text}\n`));
  const checkpointer = options.backgroundCheckpoints
    ? startCheckpointer(options.sqlitePath, { intervalMs: 200, onError: (message) => warn(`background checkpoint failed: ${message}`) })
    : null;
  if (checkpointer) sqlite.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  return {
    db,
    dialect: 'sqlite',
    sqlite,
    walSync,
    close: async () => {
      await walSync.durable();
      await checkpointer?.stop();
      await log.close();
      await db.destroy();
    },
  };
}
