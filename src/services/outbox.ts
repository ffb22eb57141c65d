// Work done without a network is kept on the device and sent later, each action exactly once and in order.
// Exactly once: every action carries its idempotency key from the moment it is captured, and uploads that already
// went through are remembered, so a retry after a lost reply is replayed by the server, never applied twice.
// Nothing is dropped: an action the server refuses (say, the case was reassigned) stays in the list with the reason.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { UploadKind } from '../../types';
import { api, ApiError } from './http';
import { newIdempotencyKey } from './idempotency-key';
import { taroStorage } from './storage';
import { uploadFile } from './platform/upload';
import type { LocalFile } from './platform/upload';

/** A file captured offline: a data URL in H5 (survives a reload), a path in the mini-program. */
export interface QueuedFile {
  kind: UploadKind;
  filename: string;
  data: string;
  uploadedId?: string;
}

export interface OutboxAction {
  key: string;
  requestId: string;
  /** what the helper did, in their words, for the "waiting to send" list */
  label: string;
  path: string;
  /** strings of the form "$file:<name>" are replaced by that file's upload id when sent */
  body: Record<string, unknown>;
  files: Record<string, QueuedFile>;
  capturedAt: string;
  state: 'waiting' | 'conflict';
  error?: string;
}

interface OutboxState {
  actions: OutboxAction[];
  add(action: OutboxAction): void;
  update(key: string, patch: Partial<OutboxAction>): void;
  remove(key: string): void;
}

export const useOutbox = create<OutboxState>()(
  persist(
    (set) => ({
      actions: [],
      add: (action) => set((s) => ({ actions: [...s.actions, action] })),
      update: (key, patch) => set((s) => ({ actions: s.actions.map((a) => (a.key === key ? { ...a, ...patch } : a)) })),
      remove: (key) => set((s) => ({ actions: s.actions.filter((a) => a.key !== key) })),
    }),
    { name: 'bangban.outbox', storage: taroStorage },
  ),
);

async function toQueuedFile(kind: UploadKind, file: LocalFile, filename: string): Promise<QueuedFile> {
  if (typeof file === 'string') return { kind, filename, data: file };
  const data = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
  return { kind, filename, data };
}

function fromQueuedFile(file: QueuedFile): LocalFile {
  if (!file.data.startsWith('data:')) return file.data;
  const [head, base64 = ''] = file.data.split(',');
  const mime = /data:([^;]+)/.exec(head ?? '')?.[1] ?? 'application/octet-stream';
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: mime });
}

function substitute(value: unknown, files: Record<string, QueuedFile>): unknown {
  if (typeof value === 'string' && value.startsWith('$file:')) return files[value.slice(6)]?.uploadedId ?? value;
  if (Array.isArray(value)) return value.map((v) => substitute(v, files));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, files)]));
  return value;
}

/** Sends one action: its files first (remembering each upload), then the write with its own idempotency key. */
async function send(action: OutboxAction): Promise<void> {
  const files = { ...action.files };
  for (const [name, file] of Object.entries(files)) {
    if (file.uploadedId) continue;
    const uploaded = await uploadFile(file.kind, fromQueuedFile(file), file.filename);
    files[name] = { ...file, uploadedId: uploaded.id };
    useOutbox.getState().update(action.key, { files });
  }
  await api(action.path, { method: 'POST', body: substitute(action.body, files), idempotencyKey: action.key });
}

let flushing: Promise<number> | null = null;

/** Sends what is waiting, oldest first; stops at the first network failure. Returns how many were sent. */
export function flushOutbox(): Promise<number> {
  if (flushing) return flushing;
  flushing = (async () => {
    let sent = 0;
    const attempted = new Set<string>();
    // Re-read the queue after each send: actions captured while this flush runs are sent by it too, in order.
    for (;;) {
      const action = useOutbox.getState().actions.find((a) => a.state === 'waiting' && !attempted.has(a.key));
      if (!action) break;
      attempted.add(action.key);
      try {
        await send(action);
        useOutbox.getState().remove(action.key);
        sent += 1;
      } catch (error) {
        if (error instanceof ApiError && error.code === 'NETWORK') break;
        useOutbox.getState().update(action.key, { state: 'conflict', error: error instanceof ApiError ? error.code : 'INTERNAL' });
      }
    }
    return sent;
  })().finally(() => {
    flushing = null;
  });
  return flushing;
}

export interface CapturedAction {
  requestId: string;
  label: string;
  path: string;
  body: Record<string, unknown>;
  files?: Record<string, { kind: UploadKind; file: LocalFile; filename: string }>;
}

/**
 * The one way the workbench writes: queue first (so nothing captured can be lost), then try to send everything in
 * order. Resolves to 'sent' or 'queued'.
 */
export async function sendOrQueue(captured: CapturedAction): Promise<'sent' | 'queued'> {
  const files: Record<string, QueuedFile> = {};
  for (const [name, f] of Object.entries(captured.files ?? {})) files[name] = await toQueuedFile(f.kind, f.file, f.filename);
  const capturedAt = new Date().toISOString();
  const key = newIdempotencyKey();
  useOutbox.getState().add({ key, requestId: captured.requestId, label: captured.label, path: captured.path, body: { ...captured.body, capturedAt }, files, capturedAt, state: 'waiting' });
  await flushOutbox();
  const left = useOutbox.getState().actions.find((a) => a.key === key);
  if (!left) return 'sent';
  if (left.state === 'conflict') throw new ApiError(left.error === undefined ? 'INTERNAL' : (left.error as ApiError['code']), 'refused', 409);
  return 'queued';
}
