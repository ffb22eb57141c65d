// Background checkpoints (db/checkpointer.ts): the log is copied into the database file by the worker, not by a
// commit on the event loop, and nothing is lost on the way.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { BACKSTOP_PAGES } from '../../server/src/db/checkpointer';
import { openDatabase } from '../../server/src/db/connect';

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A fresh SQLite file with a table of text rows, opened with or without the worker. */
async function freshDatabase(background: boolean) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bangban-ckpt-'));
  const file = path.join(dir, 'x.sqlite');
  const handle = openDatabase({ sqlitePath: file, databaseUrl: null, backgroundCheckpoints: background });
  const sqlite = handle.sqlite;
  if (!sqlite) throw new Error('expected SQLite');
  await sql`create table t (id integer primary key, body text not null)`.execute(handle.db);
  return { dir, file, handle, sqlite, insert: sqlite.prepare('insert into t (body) values (?)') };
}

test.each([true, false])('with background checkpoints %s, rows written past the automatic threshold are all kept', async (background) => {
  const { dir, file, handle, sqlite, insert } = await freshDatabase(background);
  try {
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(background ? BACKSTOP_PAGES : 1000);
    // About 2,500 pages of log: past SQLite's own threshold of 1,000, below the backstop.
    for (let batch = 0; batch < 50; batch++) sqlite.transaction(() => {
      for (let i = 0; i < 50; i++) insert.run('帮办'.repeat(600));
    })();
    await settle(700);
    // Either way the rows reached the database file: by the worker, or by commits crossing 1,000 pages.
    expect(fs.statSync(file).size).toBeGreaterThan(4_000_000);
    // The worker never holds the main connection's own checkpoint back (busy 0).
    if (background) expect(sqlite.pragma('wal_checkpoint(PASSIVE)')).toEqual([{ busy: 0, log: expect.any(Number), checkpointed: expect.any(Number) }]);
  } finally {
    await handle.close();
  }
  const reopened = openDatabase({ sqlitePath: file, databaseUrl: null });
  try {
    const row = await sql<{ n: number }>`select count(*) as n from t`.execute(reopened.db);
    expect(Number(row.rows[0].n)).toBe(2500);
  } finally {
    await reopened.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the worker copies the log while the main connection would not have (its threshold is the backstop)', async () => {
  const { dir, file, handle, sqlite, insert } = await freshDatabase(true);
  try {
    const before = fs.statSync(file).size;
    // ~300 pages: far below the main connection's backstop, so only the worker can have moved them.
    sqlite.transaction(() => {
      for (let i = 0; i < 300; i++) insert.run('牧区'.repeat(600));
    })();
    await settle(700);
    expect(fs.statSync(file).size).toBeGreaterThan(before + 1_000_000);
  } finally {
    await handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
