// Sensitive personal data (ID numbers, disability status) is encrypted at rest with AES-256-GCM (PIPL art. 28/51).
// The key comes from PII_KEY (32 bytes, base64); in demo mode one is generated into the data folder with a warning.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface PiiCipher {
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
}

export function loadPiiKey(fromEnv: string | null, dataDir: string, warn: (msg: string) => void): Buffer {
  if (fromEnv) {
    const key = Buffer.from(fromEnv, 'base64');
    if (key.length !== 32) throw new Error('PII_KEY must be 32 bytes, base64-encoded');
    return key;
  }
  const file = path.join(dataDir, 'pii-key');
  if (fs.existsSync(file)) return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  fs.mkdirSync(dataDir, { recursive: true });
  const key = crypto.randomBytes(32);
  fs.writeFileSync(file, key.toString('base64'), { mode: 0o600 });
  warn(`PII_KEY is not set: generated one into ${file}. Set PII_KEY in production and keep it out of the database backups.`);
  return key;
}

export function piiCipher(key: Buffer): PiiCipher {
  return {
    // v1.<iv>.<tag>.<ciphertext>, all base64: a fresh 96-bit IV per value, the GCM tag proves nothing was altered.
    encrypt(plain) {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join('.');
    },
    decrypt(sealed) {
      const [version, iv, tag, body] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || !body) throw new Error('not a sealed value');
      const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
    },
  };
}

/** A yes/no answer (lives alone) sealed like any other sensitive value, as 'yes' or 'no'. */
export function sealYesNo(cipher: PiiCipher, value: boolean): string {
  return cipher.encrypt(value ? 'yes' : 'no');
}

/** The answer sealYesNo sealed, or null when none was given. */
export function openYesNo(cipher: PiiCipher, sealed: string | null): boolean | null {
  return sealed ? cipher.decrypt(sealed) === 'yes' : null;
}

/** GB 11643 resident ID number: 17 digits and a check character (0-9 or X) from the weighted sum mod 11. */
export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return '10X98765432'[sum % 11] === id[17];
}

/** 150626199001011234 -> 1506**********1234: the region and the last four, enough to recognise, not to use. */
export function maskIdNumber(id: string): string {
  return `${id.slice(0, 4)}${'*'.repeat(Math.max(0, id.length - 8))}${id.slice(-4)}`;
}
