// Queries built and compiled once, then run many times with new parameters. Kysely builds and compiles a query on
// every call, which was a third of a case read's CPU; a prepared query is written with the same typed builder, compiled
// once per dialect with placeholders, and afterwards only its parameters change.
//
// On SQLite, when no transaction holds the connection, it runs straight on better-sqlite3's cached statement,
// synchronously: nothing else can run on the connection in between, so skipping Kysely's queue is safe. Inside a
// transaction (another request's, between its awaits) it waits its turn through Kysely like any query, so it never
// sees uncommitted rows nor writes into somebody else's transaction. On PostgreSQL it always goes through Kysely.
import { CompiledQuery, type Compilable, type Kysely } from 'kysely';
import type { Database } from './schema';
import type { StatementCache } from './sqlite-driver';

/** Scalars only: a list would change the SQL text with its length. */
export type QueryArgs = Record<string, string | number | null>;

type Db = Kysely<Database>;

/** The main database handles whose SQLite connection may be used directly (a transaction object is never one). */
const directSqlite = new WeakMap<Db, StatementCache>();

export function allowDirectSqlite(db: Db, statements: StatementCache): void {
  directSqlite.set(db, statements);
}

/** The statement cache when `db` may be run on synchronously right now, else null. */
function directOn(db: Db): StatementCache | null {
  const statements = directSqlite.get(db);
  return statements && !statements.sqlite.inTransaction ? statements : null;
}

const MARK = '\u0000arg:';

/** Where each parameter of the compiled SQL comes from: an argument by name, or a constant of the query itself. */
type Slot = { arg: string } | { constant: unknown };

interface Plan {
  sql: string;
  slots: Slot[];
}

function planOf<A extends QueryArgs>(db: Db, build: (db: Db, args: A) => Compilable<unknown>): Plan {
  const placeholders = new Proxy({} as A, { get: (_target, name) => `${MARK}${String(name)}` });
  const compiled = build(db, placeholders).compile();
  if (compiled.sql.includes(MARK)) throw new Error('a prepared query argument was inlined into its SQL; pass it as a value');
  const slots = compiled.parameters.map((p): Slot =>
    typeof p === 'string' && p.startsWith(MARK) ? { arg: p.slice(MARK.length) } : { constant: p },
  );
  return { sql: compiled.sql, slots };
}

export interface PreparedQuery<A extends QueryArgs, R> {
  all(db: Db, args: A): Promise<R[]>;
  first(db: Db, args: A): Promise<R | undefined>;
  /** for insert, update and delete: the number of rows changed */
  run(db: Db, args: A): Promise<number>;
  /** the SQL text on this database's dialect (tests read which tables a query touches) */
  sqlOn(db: Db): string;
}

export function prepareQuery<A extends QueryArgs, R>(build: (db: Db, args: A) => Compilable<R>): PreparedQuery<A, R> {
  // Compiled SQL depends only on the dialect; a database and its transactions share one adapter object.
  const plans = new WeakMap<object, Plan>();
  const prepared = (db: Db, args: A): { sql: string; parameters: unknown[] } => {
    const adapter = db.getExecutor().adapter;
    let plan = plans.get(adapter);
    if (!plan) {
      plan = planOf(db, build);
      plans.set(adapter, plan);
    }
    const parameters = plan.slots.map((slot) => ('arg' in slot ? args[slot.arg] : slot.constant));
    return { sql: plan.sql, parameters };
  };
  const viaKysely = async (db: Db, args: A): Promise<R[]> => {
    const { sql, parameters } = prepared(db, args);
    return (await db.executeQuery<R>(CompiledQuery.raw(sql, parameters))).rows;
  };
  return {
    all: async (db, args) => {
      const direct = directOn(db);
      if (!direct) return viaKysely(db, args);
      const { sql, parameters } = prepared(db, args);
      return (direct.all(sql, parameters) ?? []) as R[];
    },
    first: async (db, args) => {
      const direct = directOn(db);
      if (!direct) return (await viaKysely(db, args))[0];
      const { sql, parameters } = prepared(db, args);
      return direct.first(sql, parameters) as R | undefined;
    },
    run: async (db, args) => {
      const { sql, parameters } = prepared(db, args);
      const direct = directOn(db);
      if (direct) return direct.run(sql, parameters).changes;
      return Number((await db.executeQuery(CompiledQuery.raw(sql, parameters))).numAffectedRows ?? 0);
    },
    sqlOn: (db) => planOf(db, build).sql,
  };
}
