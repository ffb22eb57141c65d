// Residents whose disability is severe (一级 or 二级, the two 重度 grades of China's disability grading) go first:
// the engine's severelyDisabled priority (waiting costs them more, see engine/config.ts priorityWaitFactor). The
// grade is kept sealed in resident_profiles; a pass opens it in memory only, and nothing the pass writes says it
// (dispatcher.ts keeps the flag out of the stored reasons).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { PiiCipher } from '../lib/pii-crypto';

/** One cipher per database, registered by buildApp: dispatch runs from routes and the loop alike, which pass only the db. */
const ciphers = new WeakMap<Kysely<Database>, PiiCipher>();

export function usePiiCipher(db: Kysely<Database>, cipher: PiiCipher): void {
  ciphers.set(db, cipher);
}

/** How residents write a severe grade: 肢体二级, 视力一级, 一级肢体残疾, 2级, 重度. */
const SEVERE_GRADE = /[一二12]\s*级|重度/;

export function isSevereGrade(disability: string): boolean {
  return SEVERE_GRADE.test(disability);
}

export function severelyDisabled(db: Kysely<Database>, sealed: string | null): boolean {
  const cipher = ciphers.get(db);
  if (!sealed || !cipher) return false;
  try {
    return isSevereGrade(cipher.decrypt(sealed));
  } catch {
    // sealed under another key (a restored backup with a new PII_KEY): ranked as ordinary rather than stopping dispatch
    return false;
  }
}
