// Kysely's SQLite dialect over one better-sqlite3 connection, with two changes from Kysely's own:
// - statements are prepared once and reused (preparing was ~19% of a case read's CPU);
// - waiters for the single connection queue in order. Kysely's mutex wakes every waiter on each release and all but
//   one go back to sleep: with a few hundred queries waiting under load that is quadratic, and it was.
import type SQLite from 'better-sqlite3';
import type { WalSync } from './wal-sync';
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  SelectQueryNode,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

/**
 * Cached statements (better-sqlite3 runs each to completion synchronously, so one object serves every caller), run
 * through here so that every statement that may have written is noted for the group commit (wal-sync.ts).
 */
export class StatementCache {
  private readonly statements = new Map<string, SQLite.Statement>();

  constructor(
    readonly sqlite: SQLite.Database,
    private readonly walSync: WalSync,
  ) {}

  private get(text: string): SQLite.Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      // A bound on memory, not a tuning knob: the application has a few hundred distinct queries.
      if (this.statements.size >= 2_000) this.statements.clear();
      statement = this.sqlite.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  /** Rows of a query (also of a write with RETURNING); null when the statement returns none. */
  all(text: string, parameters: readonly unknown[]): unknown[] | null {
    const statement = this.get(text);
    if (!statement.reader) return null;
    const rows = statement.all(parameters);
    this.noteIfWritten(statement);
    return rows;
  }

  first(text: string, parameters: readonly unknown[]): unknown {
    const statement = this.get(text);
    const row: unknown = statement.get(parameters);
    this.noteIfWritten(statement);
    return row;
  }

  run(text: string, parameters: readonly unknown[]): SQLite.RunResult {
    const result = this.get(text).run(parameters);
    // COMMIT reads as "readonly" to SQLite, yet it is the statement that writes the log: every run counts.
    this.walSync.noteWrite();
    return result;
  }

  private noteIfWritten(statement: SQLite.Statement): void {
    if (!statement.readonly) this.walSync.noteWrite();
  }
}

/** First come, first served; a release wakes exactly one waiter. */
class FifoLock {
  private held = false;
  private readonly waiting: Array<() => void> = [];

  acquire(): Promise<void> {
    if (!this.held) {
      this.held = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.held = false;
  }
}

class SqliteConnection implements DatabaseConnection {
  constructor(private readonly cache: StatementCache) {}

  executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const rows = this.cache.all(compiled.sql, compiled.parameters);
    if (rows) return Promise.resolve({ rows: rows as R[] });
    const { changes, lastInsertRowid } = this.cache.run(compiled.sql, compiled.parameters);
    return Promise.resolve({ numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] });
  }

  async *streamQuery<R>(compiled: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(compiled.query)) throw new Error('SQLite streams only select queries');
    // A statement being iterated is busy until the iteration ends: stream on a statement of its own.
    const statement = this.cache.sqlite.prepare(compiled.sql);
    for (const row of statement.iterate(compiled.parameters as unknown[])) yield { rows: [row as R] };
  }
}

class FairSqliteDriver implements Driver {
  private readonly lock = new FifoLock();
  private readonly connection: SqliteConnection;

  constructor(private readonly cache: StatementCache) {
    this.connection = new SqliteConnection(cache);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.lock.acquire();
    return this.connection;
  }

  async beginTransaction(connection: DatabaseConnection, _settings: TransactionSettings): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(): Promise<void> {
    this.lock.release();
  }

  async destroy(): Promise<void> {
    this.cache.sqlite.close();
  }
}

export class FairSqliteDialect implements Dialect {
  constructor(private readonly cache: StatementCache) {}

  createDriver(): Driver {
    return new FairSqliteDriver(this.cache);
  }

  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }

  createAdapter(): SqliteAdapter {
    return new SqliteAdapter();
  }

  createIntrospector(db: Kysely<unknown>): SqliteIntrospector {
    return new SqliteIntrospector(db);
  }
}
