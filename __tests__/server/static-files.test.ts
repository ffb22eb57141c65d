// The H5 build and the fonts: compressed copies when the browser accepts them, long caching only for hashed files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { createTestApp, type TestApp } from './test-app';

const FONT = path.resolve(__dirname, '..', '..', 'server', 'assets', 'fonts', 'NotoSansMongolian-Regular.ttf');
const BUNDLE = 'console.log("the app bundle");\n'.repeat(100);

let t: TestApp;
let h5Dir: string;
beforeAll(async () => {
  // A stand-in for dist/h5 as config/precompress-plugin.ts leaves it.
  h5Dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bangban-h5-'));
  fs.mkdirSync(path.join(h5Dir, 'js'));
  fs.writeFileSync(path.join(h5Dir, 'index.html'), '<!doctype html><title>app</title>');
  fs.writeFileSync(path.join(h5Dir, 'js', 'app.0123abcd.js'), BUNDLE);
  fs.writeFileSync(path.join(h5Dir, 'js', 'app.0123abcd.js.br'), zlib.brotliCompressSync(BUNDLE));
  t = await createTestApp({ h5Dir });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(h5Dir, { recursive: true, force: true });
});

test('a hashed bundle is sent as its Brotli copy and cached for a year', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/js/app.0123abcd.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-encoding']).toBe('br');
  expect(res.headers['content-type']).toMatch(/javascript/);
  expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(res.headers.vary).toMatch(/accept-encoding/i);
  expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toBe(BUNDLE);
});

test('a browser that accepts no compression gets the plain file', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/js/app.0123abcd.js', headers: { 'accept-encoding': 'identity' } });
  expect(res.headers['content-encoding']).toBeUndefined();
  expect(res.payload).toBe(BUNDLE);
});

test('index.html is revalidated on every load, so a new build is picked up', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/' });
  expect(res.statusCode).toBe(200);
  expect(res.headers['cache-control']).toBe('no-cache');
});

test('the Mongolian font is sent compressed and decompresses to the file', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/fonts/NotoSansMongolian-Regular.ttf', headers: { 'accept-encoding': 'br' } });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-encoding']).toBe('br');
  expect(res.headers['content-type']).toBe('font/ttf');
  expect(res.headers['access-control-allow-origin']).toBe('*');
  expect(res.rawPayload.length).toBeLessThan(fs.statSync(FONT).size / 2);
  expect(zlib.brotliDecompressSync(res.rawPayload).equals(fs.readFileSync(FONT))).toBe(true);

  const gz = await t.app.inject({ method: 'GET', url: '/fonts/NotoSansMongolian-Regular.ttf', headers: { 'accept-encoding': 'gzip' } });
  expect(gz.headers['content-encoding']).toBe('gzip');
  expect(zlib.gunzipSync(gz.rawPayload).equals(fs.readFileSync(FONT))).toBe(true);
});

test('only the font files themselves are served under /fonts/', async () => {
  for (const url of ['/fonts/README.md', '/fonts/..%2Fconfig.ts', '/fonts/nothing.ttf']) {
    const res = await t.app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(404);
  }
});

test('the browser\'s favicon request is answered empty and cached, not 404', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/favicon.ico' });
  expect(res.statusCode).toBe(204);
  expect(res.body).toBe('');
  expect(res.headers['cache-control']).toBe('public, max-age=31536000');
});
