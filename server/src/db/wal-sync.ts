// Group commit for SQLite. With synchronous=FULL every commit waits for its own fsync of the write-ahead log, on the
// event loop (better-sqlite3 is synchronous): a filed request commits five to ten times, so writes queued behind
// fsyncs and reads behind them. Instead commits run with synchronous=NORMAL (atomic, and safe against a crash of the
// process, but not yet against power loss), every write is noted here, and no response leaves the server until one
// fsync of the log that began after the last write has finished. One fsync then covers every commit before it, of
// every request waiting, and it runs on libuv's thread pool while the event loop serves others.
//
// Why that is as durable as FULL for anything a client was told: FULL's commit is "append the frames, then fsync the
// log"; here it is the same two steps, the fsync shared and moved to just before the answer. fsync(2) flushes the
// file, whichever descriptor wrote it. Checkpoints sync the log and the database themselves in NORMAL, so a log
// restarted after one never overwrites frames that are not on disk elsewhere. A reader may see a commit a fraction
// of a millisecond before it is on disk, but its answer also waits here, so no response shows undurable data.
import fs from 'node:fs/promises';

export class WalSync {
  /** bumped after every statement that may have written */
  private written = 0;
  /** the `written` value the last completed fsync started at: everything up to it is on disk */
  private synced = 0;
  private flight: Promise<void> | null = null;

  constructor(private readonly fsyncLog: () => Promise<void>) {}

  noteWrite(): void {
    this.written += 1;
  }

  /** Whether a response must wait (a write since the last fsync began). */
  get pending(): boolean {
    return this.synced < this.written;
  }

  /** Resolves once every write noted before the call is on disk. */
  async durable(): Promise<void> {
    const needed = this.written;
    while (this.synced < needed) {
      // An fsync already running may have started before our write: wait for it, then start one of our own.
      this.flight ??= this.flush();
      await this.flight;
    }
  }

  private async flush(): Promise<void> {
    const target = this.written;
    try {
      await this.fsyncLog();
      this.synced = Math.max(this.synced, target);
    } finally {
      this.flight = null;
    }
  }
}

/**
 * fsync of `<database>-wal` through one descriptor kept open while the database is: opening and closing the file
 * around every fsync were two more trips to the thread pool per group commit. SQLite removes the log only when its
 * last connection closes, so the descriptor stays on the live file. None there yet means nothing waits in a log.
 */
export class LogFile {
  private handle: Promise<fs.FileHandle | null> | null = null;

  constructor(private readonly file: string) {}

  private open(): Promise<fs.FileHandle | null> {
    this.handle ??= fs.open(this.file, 'r').catch((error: { code?: string }) => {
      this.handle = null; // try again next time
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    return this.handle;
  }

  async sync(): Promise<void> {
    const handle = await this.open();
    await handle?.sync();
  }

  async close(): Promise<void> {
    const handle = await this.handle?.catch(() => null);
    this.handle = null;
    await handle?.close();
  }
}
