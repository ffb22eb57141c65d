// Runs the dated migrations to the latest version, on either engine.
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { migrations } from './migrations';
import type { MigrationDialect } from './migrations/types';

class DialectMigrationProvider implements MigrationProvider {
  constructor(private readonly dialect: MigrationDialect) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const bound: Record<string, Migration> = {};
    for (const [name, migration] of Object.entries(migrations)) {
      bound[name] = {
        up: (db: Kysely<unknown>) => migration.up(db, this.dialect),
        down: (db: Kysely<unknown>) => migration.down(db, this.dialect),
      };
    }
    return bound;
  }
}

export async function migrateToLatest<T>(db: Kysely<T>, dialect: MigrationDialect): Promise<void> {
  const migrator = new Migrator({ db, provider: new DialectMigrationProvider(dialect) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration failed${failed ? ` at ${failed.migrationName}` : ''}: ${String(error)}`);
  }
}
