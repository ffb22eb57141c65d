// List-like columns are stored as JSON text in both engines.
import type { Role } from '../../../types';
import { ROLES } from '../../../types';

export function parseStringList(text: string): string[] {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function parseRoles(text: string): Role[] {
  return parseStringList(text).filter((r): r is Role => (ROLES as readonly string[]).includes(r));
}

export function nowIso(): string {
  return new Date().toISOString();
}

/** 13800000001 -> 138****0001: enough for a person to recognise their own number, not to dial someone else's. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return null;
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '****';
}
