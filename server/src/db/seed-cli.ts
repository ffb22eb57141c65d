// npm run seed: migrate and load the demo data into the configured database, then exit.
import { configFromEnv } from '../config';
import { openDatabase } from './connect';
import { migrateToLatest } from './migrate';
import { seedDemoData } from './seed';

async function main(): Promise<void> {
  const config = configFromEnv();
  const handle = openDatabase(config);
  try {
    await migrateToLatest(handle.db, handle.dialect);
    await seedDemoData(handle.db);
    process.stdout.write(`demo data loaded into ${config.databaseUrl ? 'PostgreSQL' : config.sqlitePath}\n`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`seed failed: ${String(error)}\n`);
  process.exit(1);
});
