// Elderly residents living alone (独居老人, as they said in their profile) and residents whose disability is severe
// (一级 or 二级, the two 重度 grades of China's disability grading) go first: the engine's elderlyAlone and
// severelyDisabled priorities (waiting costs them more, see engine/config.ts priorityWaitFactor). Both are kept sealed
// in resident_profiles; a pass opens them in memory only, and nothing the pass writes says them (dispatcher.ts keeps
// the flags out of the stored reasons).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { openYesNo, type PiiCipher } from '../lib/pii-crypto';

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

/** The value `read` opens with this database's cipher, or null (no cipher, nothing sealed, or sealed under another key). */
function opened<T>(db: Kysely<Database>, sealed: string | null, read: (cipher: PiiCipher, sealed: string) => T): T | null {
  const cipher = ciphers.get(db);
  if (!sealed || !cipher) return null;
  try {
    return read(cipher, sealed);
  } catch {
    // sealed under another key (a restored backup with a new PII_KEY): ranked as ordinary rather than stopping dispatch
    return null;
  }
}

export function residentPriority(db: Kysely<Database>, sealed: { disability: string | null; livesAlone: string | null }): { elderlyAlone: boolean; severelyDisabled: boolean } {
  return {
    elderlyAlone: opened(db, sealed.livesAlone, openYesNo) === true,
    severelyDisabled: opened(db, sealed.disability, (cipher, text) => isSevereGrade(cipher.decrypt(text))) === true,
  };
}
