// A Chromium that Lighthouse connects to (--port) with a resident's session already in the app's storage: Lighthouse
// cannot sign in itself, and a case page without a session only redirects to sign-in.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Session } from '../../scripts/audit/sessions';

export interface SignedInBrowser {
  port: number;
  close(): Promise<void>;
}

/** Chromium prints "DevTools listening on ws://127.0.0.1:<port>/..." once it accepts connections. */
function devToolsPort(child: ReturnType<typeof spawn>): Promise<number> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`chromium exited (${code}) before listening:\n${seen}`)));
  });
}

export async function openSignedInBrowser(executable: string, flags: string[], baseUrl: string, session: Session): Promise<SignedInBrowser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lh-profile-'));
  // Its own process group, so that closing ends Chromium's helper processes too, not only the browser process.
  const child = spawn(executable, [...flags, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  const port = await devToolsPort(child);
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const page = await cdp.contexts()[0].newPage();
  // A JSON endpoint of the same origin: the storage is the app's, and no app file lands in the HTTP cache.
  await page.goto(`${baseUrl}/api/health`);
  await page.evaluate((state) => {
    // The same shape the app writes (Taro wraps stored values as {data}, zustand's persist as {state, version}).
    localStorage.setItem('bangban.session', JSON.stringify({ data: JSON.stringify({ state, version: 0 }) }));
  }, session);
  await page.close();
  await cdp.close();
  return {
    port,
    close: async () => {
      if (child.exitCode === null && child.pid !== undefined) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        process.kill(-child.pid, 'SIGTERM');
        await exited;
      }
      // A helper process may still be writing the profile for a moment after the browser exits.
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    },
  };
}
