// npm run backup [-- <file>]: an online backup of the SQLite database (SQLite's backup API: consistent while the server
// keeps writing). PostgreSQL is backed up with pg_dump / WAL archiving instead (see README).
import path from 'node:path';
import { configFromEnv } from '../config';
import { openDatabase } from './connect';

async function main(): Promise<void> {
  const config = configFromEnv();
  if (config.databaseUrl) {
    process.stderr.write('DATABASE_URL is set: back up PostgreSQL with pg_dump (see README).\n');
    process.exit(2);
  }
  const target = process.argv[2] ?? path.join(config.dataDir, 'backups', `bangban-${new Date().toISOString().replace(/[:.]/g, '-')}.sqlite`);
  const handle = openDatabase(config);
  try {
    await import('node:fs').then((fs) => fs.mkdirSync(path.dirname(target), { recursive: true }));
    await handle.sqlite?.backup(target);
    const check = handle.sqlite?.prepare('select 1 as ok').get() as { ok: number } | undefined;
    process.stdout.write(`${JSON.stringify({ backup: target, sourceReadable: check?.ok === 1 })}\n`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`backup failed: ${String(error)}\n`);
  process.exit(1);
});
