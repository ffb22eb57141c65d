// The real server as `npm start` runs it (tsx, server/src/server.ts) in a child process on 127.0.0.1, with a data
// folder the caller chooses so a killed server can be started again on the same database. Shared by the crash test,
// the fuzzer and the API benchmark.
//
// The tsx CLI does not run the server itself: it spawns a second node process and relays SIGINT/SIGTERM to it.
// SIGKILL cannot be relayed, so killing the tsx process alone leaves the real server running as an orphan (still
// holding the database and the port). The child is therefore started as the leader of its own process group and
// every kill goes to the whole group.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');

const MAX_LOG_LINES = 5_000;

export interface ServerOptions {
  dataDir: string;
  jwtSecret: string;
  /** pino level: 'error' keeps only 5xx stacks, 'warn' is quiet, 'info' logs every request */
  logLevel?: string;
  env?: Record<string, string>;
}

export interface ServerProcess {
  url: string;
  port: number;
  /** the child's stdout and stderr, line by line (the last MAX_LOG_LINES) */
  logs: string[];
  alive(): boolean;
  /** resolves once GET /api/health answers 200; rejects if the process exits first or the deadline passes */
  waitHealthy(timeoutMs?: number): Promise<void>;
  /** SIGKILL to the whole process group: no shutdown hook runs, exactly like a power cut of the process */
  kill9(): Promise<void>;
  /** SIGTERM (graceful: in-flight requests finish, the database closes), SIGKILL after graceMs */
  stop(graceMs?: number): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Every group we started and have not yet seen exit: killed if this script itself exits early. */
const liveGroups = new Set<number>();
process.on('exit', () => {
  for (const pgid of liveGroups) killGroup(pgid, 'SIGKILL');
});
// A detached group does not get the terminal's Ctrl-C, and a signal skips 'exit' handlers unless handled: pass it on.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const pgid of liveGroups) killGroup(pgid, 'SIGKILL');
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

function killGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // the group is already gone
  }
}

function groupExists(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function childEnv(options: ServerOptions, port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Whatever the caller's shell points at, this server uses SQLite in the given folder.
  for (const name of ['DATABASE_URL', 'SQLITE_PATH', 'SMS_PROVIDER', 'WECHAT_APPID', 'WECHAT_SECRET']) delete env[name];
  return {
    ...env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: options.dataDir,
    JWT_SECRET: options.jwtSecret,
    LOG_LEVEL: options.logLevel ?? 'warn',
    ...options.env,
  };
}

export async function spawnServer(options: ServerOptions): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logs: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'server/src/server.ts'], {
    cwd: repoRoot,
    env: childEnv(options, port),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, see the top of this file
  });
  const pgid = child.pid;
  if (pgid === undefined) throw new Error('could not start the server process');
  liveGroups.add(pgid);

  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') logs.push(line);
    if (logs.length > MAX_LOG_LINES) logs.splice(0, logs.length - MAX_LOG_LINES);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  let exitedFlag = false;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      exitedFlag = true;
      resolve();
    });
  });

  const waitGroupGone = async (): Promise<void> => {
    await exited;
    // The tsx process is gone; make sure its server child is too before anyone opens the database again.
    killGroup(pgid, 'SIGKILL');
    for (let i = 0; i < 40 && groupExists(pgid); i += 1) await new Promise((r) => setTimeout(r, 25));
    liveGroups.delete(pgid);
  };

  return {
    url,
    port,
    logs,
    alive: () => !exitedFlag,
    async waitHealthy(timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if (exitedFlag) throw new Error(`server exited before it became healthy:\n${logs.slice(-30).join('\n')}`);
        try {
          const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
          await res.arrayBuffer();
          if (res.ok) return;
        } catch {
          // not listening yet
        }
        if (Date.now() > deadline) throw new Error(`server did not become healthy in ${timeoutMs} ms:\n${logs.slice(-30).join('\n')}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async kill9() {
      killGroup(pgid, 'SIGKILL');
      await waitGroupGone();
    },
    async stop(graceMs = 10_000) {
      if (!exitedFlag) {
        // tsx relays SIGTERM to the server, which closes the app (and the database) before exiting.
        killGroup(pgid, 'SIGTERM');
        const timer = setTimeout(() => killGroup(pgid, 'SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      }
      await waitGroupGone();
    },
  };
}

export async function startServer(options: ServerOptions): Promise<ServerProcess> {
  const server = await spawnServer(options);
  try {
    await server.waitHealthy();
  } catch (error) {
    await server.kill9();
    throw error;
  }
  return server;
}
