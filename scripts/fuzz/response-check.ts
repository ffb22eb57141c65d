// The rule every answer must keep: never a 5xx; every 4xx is JSON { error: { code, message } } with a code from the
// contract and a message a person can read; and no answer leaks a file from outside the web root or the secret.
import { ERROR_CODES } from '../../types';
import { asRecord } from '../crash/api-client';
import type { RawResponse } from './raw-http';

export type Problem = 'status5xx' | 'uncoded4xx' | 'leak';

export interface Checked {
  problem: Problem | null;
  /** why, for the report */
  detail: string;
}

const KNOWN_CODES: readonly string[] = ERROR_CODES;
const LEAK_MARKERS = ['root:x:0:0', '"name": "wushen-bangban"', '[core]', 'JWT_SECRET', 'BEGIN PRIVATE KEY'];

export function checkResponse(res: RawResponse, head: boolean, secret: string): Checked {
  const text = res.body.toString('utf8');
  if (res.status >= 500) return { problem: 'status5xx', detail: text.slice(0, 300) };
  const leaked = [...LEAK_MARKERS, secret].find((marker) => text.includes(marker));
  if (leaked) return { problem: 'leak', detail: `answer contains ${leaked === secret ? 'the JWT secret' : JSON.stringify(leaked)}` };
  if (res.status < 400 || res.status >= 500 || head) return { problem: null, detail: '' };

  if (!(res.headers['content-type'] ?? '').includes('application/json')) {
    return { problem: 'uncoded4xx', detail: `content-type ${String(res.headers['content-type'])}: ${text.slice(0, 200)}` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text) as unknown;
  } catch {
    return { problem: 'uncoded4xx', detail: `not JSON: ${text.slice(0, 200)}` };
  }
  const error = asRecord(asRecord(parsed)?.error);
  const code = error?.code;
  const message = error?.message;
  if (typeof code !== 'string' || !KNOWN_CODES.includes(code)) return { problem: 'uncoded4xx', detail: `no contract error code: ${text.slice(0, 200)}` };
  if (typeof message !== 'string' || message.trim() === '') return { problem: 'uncoded4xx', detail: `no message: ${text.slice(0, 200)}` };
  return { problem: null, detail: '' };
}
