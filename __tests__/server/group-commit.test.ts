// The SQLite group commit: no answer leaves before the writes it may reflect are fsynced, and one fsync serves every
// commit made before it began (db/wal-sync.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/src/app';
import { configFromEnv } from '../../server/src/config';
import { openDatabase } from '../../server/src/db/connect';
import { WalSync } from '../../server/src/db/wal-sync';
import { bearer, newKey, signIn, DEMO } from './test-app';

/** An fsync the test finishes by hand; inFlight() is how many were started and not yet finished. */
function manualFsync() {
  const pending: Array<() => void> = [];
  return {
    inFlight: () => pending.length,
    finishAll: () => pending.splice(0).forEach((finish) => finish()),
    fsync: () => new Promise<void>((resolve) => pending.push(resolve)),
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('WalSync', () => {
  test('nothing written: no fsync, nothing to wait for', async () => {
    const disk = manualFsync();
    const sync = new WalSync(disk.fsync);
    expect(sync.pending).toBe(false);
    await sync.durable();
    expect(disk.inFlight()).toBe(0);
  });

  test('a write is durable only once an fsync begun after it has finished', async () => {
    const disk = manualFsync();
    const sync = new WalSync(disk.fsync);
    sync.noteWrite();
    let done = false;
    const waiting = sync.durable().then(() => (done = true));
    await settle();
    expect(disk.inFlight()).toBe(1);
    expect(done).toBe(false);
    disk.finishAll();
    await waiting;
    expect(sync.pending).toBe(false);
  });

  test('waiters share an fsync; a write during it gets one of its own', async () => {
    const disk = manualFsync();
    const sync = new WalSync(disk.fsync);
    sync.noteWrite();
    const first = sync.durable();
    const alsoFirst = sync.durable();
    await settle();
    expect(disk.inFlight()).toBe(1);

    sync.noteWrite(); // lands while the first fsync is running: that fsync may not cover it
    let laterDone = false;
    const later = sync.durable().then(() => (laterDone = true));
    disk.finishAll();
    await Promise.all([first, alsoFirst]);
    await settle();
    expect(laterDone).toBe(false);
    expect(disk.inFlight()).toBe(1);
    disk.finishAll();
    await later;
    expect(sync.pending).toBe(false);
  });

  test('a failed fsync fails the waiting answer instead of acknowledging it', async () => {
    const sync = new WalSync(() => Promise.reject(new Error('disk gone')));
    sync.noteWrite();
    await expect(sync.durable()).rejects.toThrow('disk gone');
    expect(sync.pending).toBe(true);
  });
});

describe('the server on SQLite', () => {
  const disk = manualFsync();
  let app: FastifyInstance;
  let dir: string;

  /** Lets the held fsyncs finish, as a disk would, until `work` is done. */
  async function withDisk<T>(work: Promise<T>): Promise<T> {
    let done = false;
    const finished = work.finally(() => (done = true));
    while (!done) {
      disk.finishAll();
      await settle();
    }
    return finished;
  }

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bangban-group-commit-'));
    const config = configFromEnv(
      {},
      { dataDir: dir, sqlitePath: path.join(dir, 'test.sqlite'), databaseUrl: null, jwtSecret: 'test-secret-test-secret-test-secret', h5Dir: null, logLevel: 'silent' },
    );
    // The real database; only the fsync of its log is the test's, so the test can hold it and see who waits.
    const handle = openDatabase({ ...config, fsyncLog: disk.fsync });
    app = await buildApp(config, { handle, seed: true, logger: false });
  });
  afterAll(async () => {
    await withDisk(app.close());
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a filed request is answered only after an fsync of its commit has finished', async () => {
    const token = await withDisk(signIn(app, DEMO.qiqige));
    await withDisk(app.dbHandle.walSync?.durable() ?? Promise.resolve());
    const inFlightBefore = disk.inFlight();
    let answered = false;
    const filing = app
      .inject({
        method: 'POST',
        url: '/api/requests',
        headers: { ...bearer(token), 'idempotency-key': newKey() },
        payload: { kind: 'callback', villageId: 'wushenzhao-wushenzhao', description: '请回电话' },
      })
      .then((res) => {
        answered = true;
        return res;
      });
    for (let i = 0; i < 50 && disk.inFlight() === inFlightBefore; i += 1) await settle();
    expect(disk.inFlight()).toBeGreaterThan(inFlightBefore);
    for (let i = 0; i < 10; i += 1) await settle();
    expect(answered).toBe(false);
    const res = await withDisk(filing);
    expect(res.statusCode).toBe(201);
  });
});
