// Storing uploads outside the web root, checked by their bytes, and handing them only to those allowed to see them.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely, Transaction } from 'kysely';
import type { UploadKind, UploadView } from '../../../../types';
import type { Database, UploadsTable } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import type { SessionUser } from '../../plugins/auth';
import { ALLOWED, sniff, stripMetadata } from './file-types';

export function toUploadView(row: UploadsTable): UploadView {
  return {
    id: row.id,
    kind: row.kind as UploadKind,
    mime: row.mime,
    size: row.size,
    sha256: row.sha256,
    url: `/api/uploads/${row.id}`,
  };
}

export async function storeUpload(
  db: Kysely<Database>,
  dir: string,
  owner: SessionUser,
  kind: UploadKind,
  raw: Buffer,
): Promise<UploadView> {
  const rule = ALLOWED[kind];
  if (raw.length === 0) throw new AppError('VALIDATION_FAILED', 'the file is empty', 'file');
  if (raw.length > rule.maxBytes) throw new AppError('PAYLOAD_TOO_LARGE', `a ${kind} may be at most ${rule.maxBytes / 1024 / 1024} MB`);
  const sniffed = sniff(raw);
  if (!sniffed || !rule.mimes.includes(sniffed.mime)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', `this file is not an accepted ${kind} (allowed: ${rule.mimes.join(', ')})`);
  }
  const bytes = stripMetadata(sniffed.mime, raw);
  const id = `f-${crypto.randomUUID()}`;
  fs.mkdirSync(dir, { recursive: true });
  const storagePath = path.join(dir, id);
  // Write, flush, then record: a row never points at a file that is not fully on disk.
  const fd = fs.openSync(storagePath, 'wx', 0o600);
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  const row: UploadsTable = {
    id,
    owner_id: owner.id,
    kind,
    mime: sniffed.mime,
    size: bytes.length,
    sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
    storage_path: id,
    request_id: null,
    created_at: new Date().toISOString(),
  };
  await db.insertInto('uploads').values(row).execute();
  return toUploadView(row);
}

export function findUpload(db: Kysely<Database>, id: string) {
  return db.selectFrom('uploads').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Attaches the caller's own uploads to a request, each once and of the kind expected; anything else (someone
 * else's file, a file already used, a photo where a signature belongs) is refused and the transaction rolls back.
 */
export async function attachUploads(trx: Transaction<Database>, owner: SessionUser, requestId: string, wanted: readonly (readonly [string, UploadKind])[]): Promise<void> {
  for (const [id, kind] of wanted) {
    const result = await trx
      .updateTable('uploads')
      .set({ request_id: requestId })
      .where('id', '=', id)
      .where('owner_id', '=', owner.id)
      .where('kind', '=', kind)
      .where('request_id', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new AppError('VALIDATION_FAILED', `upload ${id} is not one of your unused ${kind} uploads`, 'uploadIds');
  }
}
