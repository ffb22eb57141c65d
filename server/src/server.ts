// Process entry: npm start / npm run serve. Reads the environment, serves API + H5, shuts down gracefully.
import { buildApp } from './app';
import { configFromEnv } from './config';
import { DEMO_ACCOUNTS } from './db/seed';
import { seedDemoCases } from './db/demo-cases';

async function main(): Promise<void> {
  const config = configFromEnv();
  const app = await buildApp(config, { seed: true, dispatchLoop: true });
  const port = Number.parseInt(process.env.PORT ?? '3000', 10);
  const host = process.env.HOST ?? '127.0.0.1';
  // npm start shows a banner's day on a fresh database; the tests and benchmarks start from an empty one.
  const demoCases = process.env.DEMO_CASES === '1' ? await seedDemoCases(app) : 0;
  await app.listen({ port, host });
  const url = `http://${host}:${port}`;
  const lines = [
    '',
    `乌审旗帮办代办 is running at ${url}`,
    `  API docs (OpenAPI): ${url}/api/docs/json`,
    `  database: ${config.databaseUrl ? 'PostgreSQL' : config.sqlitePath}`,
    config.demoMode ? '  demo mode: sign-in codes appear in this log and on the sign-in page' : '',
    demoCases ? `  demo cases filed for a banner's day: ${demoCases}` : '',
    '  demo accounts (phone -> role):',
    ...DEMO_ACCOUNTS.map((a) => `    ${a.phone}  ${a.label}`),
    '',
  ];
  process.stdout.write(`${lines.filter((l) => l !== '').join('\n')}\n`);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`failed to start: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
