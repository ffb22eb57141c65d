// Checkpoints of the SQLite log, run in a worker thread on a connection of its own instead of on the event loop.
//
// SQLite copies the log (WAL) back into the database file once it reaches 1,000 pages, inside whichever commit
// crossed the line: the copy and the database fsync took 5-70 ms on these machines, and every request queued behind
// that commit waited. Under a steady 500 writes/s that was a checkpoint every fraction of a second and most of the
// write p99. A PASSIVE checkpoint on another connection copies the same frames without blocking the writer or the
// readers; once it has copied everything, the writer's next transaction starts the log from the beginning again, so
// the log stays small. The main connection keeps a far higher automatic threshold as a backstop, should the worker
// ever stop. The checkpointing connection uses SQLite's default synchronous=FULL, so each copy is synced before the
// log is reused: durability is as before (an answer still waits for the log fsync, wal-sync.ts).
import { Worker } from 'node:worker_threads';

/** Main-connection threshold (pages) while the worker runs: reached only if the worker falls far behind or stops. */
export const BACKSTOP_PAGES = 10_000;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const SQLite = require(workerData.driverPath);
const db = new SQLite(workerData.file);
let timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    // Busy (another checkpoint holds the lock) or an I/O error: the next tick tries again; the parent hears of it.
    parentPort.postMessage({ error: String(error && error.message || error) });
  }
}, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
  db.close();
  parentPort.postMessage({ closed: true });
});
`;

export interface Checkpointer {
  /** one last checkpoint, then the worker's connection closes */
  stop(): Promise<void>;
}

export function startCheckpointer(file: string, options: { intervalMs: number; onError: (message: string) => void }): Checkpointer {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { driverPath: require.resolve('better-sqlite3'), file, intervalMs: options.intervalMs },
  });
  // The process may exit without stopping it (a CLI, a test runner): the worker must not hold it open.
  worker.unref();
  let stopped: Promise<void> | null = null;
  let exited = false;
  worker.once('exit', () => {
    exited = true;
  });
  worker.on('message', (message: { error?: string }) => {
    if (message.error) options.onError(message.error);
  });
  worker.on('error', (error) => options.onError(error.message));
  return {
    stop: () => {
      stopped ??= new Promise<void>((resolve) => {
        if (exited) return resolve();
        const done = () => resolve();
        worker.once('exit', done);
        worker.on('message', (message: { closed?: boolean }) => {
          if (message.closed) void worker.terminate().then(done, done);
        });
        worker.postMessage('stop');
      });
      return stopped;
    },
  };
}
