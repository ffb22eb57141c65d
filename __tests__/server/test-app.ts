// A real app on a real, freshly migrated database for each test file: a temporary SQLite file, or, when
// TEST_DATABASE_URL points at a PostgreSQL server, a database of its own created for the file and dropped after.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { FastifyInstance } from 'fastify';
import { buildApp, type BuildOptions } from '../../server/src/app';
import { configFromEnv, type AppConfig } from '../../server/src/config';
import { openDatabase } from '../../server/src/db/connect';

export interface TestApp {
  app: FastifyInstance;
  config: AppConfig;
  close(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export async function createTestApp(overrides: Partial<AppConfig> = {}, options: BuildOptions = {}): Promise<TestApp> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bangban-test-'));
  const pgUrl = process.env.TEST_DATABASE_URL;
  const pgName = `bb_test_${crypto.randomBytes(6).toString('hex')}`;
  if (pgUrl) await adminQuery(pgUrl, `create database ${pgName}`);
  const config = configFromEnv(
    {},
    {
      dataDir: dir,
      sqlitePath: path.join(dir, 'test.sqlite'),
      databaseUrl: pgUrl ? withDatabase(pgUrl, pgName) : null,
      jwtSecret: 'test-secret-test-secret-test-secret',
      h5Dir: null,
      logLevel: 'silent',
      // Every case page read in every test is also rebuilt and compared with the kept one: a change the cache's
      // triggers miss fails the test that made it.
      casePageCacheVerify: true,
      ...overrides,
    },
  );
  const handle = openDatabase(config);
  const app = await buildApp(config, { handle, seed: true, logger: false, ...options });
  return {
    app,
    config,
    close: async () => {
      await app.close();
      if (pgUrl) await adminQuery(pgUrl, `drop database if exists ${pgName} with (force)`);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function signIn(app: FastifyInstance, phone: string): Promise<string> {
  const sent = await app.inject({ method: 'POST', url: '/api/auth/code', payload: { phone } });
  const { devCode } = sent.json<{ devCode: string }>();
  const verified = await app.inject({ method: 'POST', url: '/api/auth/verify', payload: { phone, code: devCode } });
  if (verified.statusCode !== 200) throw new Error(`sign-in failed for ${phone}: ${verified.body}`);
  return verified.json<{ token: string }>().token;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

let keyCounter = 0;
export const newKey = () => `test-key-${Date.now()}-${(keyCounter += 1)}-${crypto.randomBytes(4).toString('hex')}`;

/** Every demo account signed in: name -> bearer token. */
export async function signInDemo(app: FastifyInstance): Promise<Record<keyof typeof DEMO, string>> {
  const tokens = {} as Record<keyof typeof DEMO, string>;
  for (const name of Object.keys(DEMO) as (keyof typeof DEMO)[]) tokens[name] = await signIn(app, DEMO[name]);
  return tokens;
}

export const DEMO = {
  qiqige: '13800000001',
  zhangGuilan: '13800000002',
  bateer: '13800000003',
  helperWang: '13900000001',
  gridUrina: '13900000002',
  supervisorLiu: '13700000001',
} as const;
