// Supervisors edit the service catalogue: items, their 一次告知 materials, time limits, 告知承诺 and 容缺.
// A changed time limit applies to cases filed afterwards; a filed case keeps the deadline it was given.
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ServiceItemBody, ServiceItemView } from '../../../../types';
import type { Database, ServiceItemsTable } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import { findItem } from '../catalogue/catalogue.repository';
import { toServiceItemView } from '../catalogue/catalogue.service';

/**
 * The Mongolian of a field is kept while its Chinese stays the same and dropped (the app then shows the Chinese)
 * when the Chinese changes: a translation of the old text would tell Mongolian readers something else.
 */
function keptMn(before: ServiceItemsTable | undefined, field: 'name' | 'department' | 'fee' | 'guide', now: string): string | null {
  return before && before[field] === now ? before[`${field}_mn`] : null;
}

/** Each material's Mongolian name and note (nameMn / noteMn in the JSON) survive while its Chinese name and note do. */
function previousMaterials(before: ServiceItemsTable | undefined): Map<string, { note?: string; nameMn?: string; noteMn?: string }> {
  const list: unknown = before ? JSON.parse(before.materials) : [];
  const out = new Map<string, { note?: string; nameMn?: string; noteMn?: string }>();
  if (!Array.isArray(list)) return out;
  for (const m of list as Record<string, unknown>[]) {
    if (typeof m.name !== 'string') continue;
    out.set(m.name, {
      ...(typeof m.note === 'string' ? { note: m.note } : {}),
      ...(typeof m.nameMn === 'string' ? { nameMn: m.nameMn } : {}),
      ...(typeof m.noteMn === 'string' ? { noteMn: m.noteMn } : {}),
    });
  }
  return out;
}

function toRow(body: ServiceItemBody, before?: ServiceItemsTable): Omit<ServiceItemsTable, 'id'> {
  const names = body.materials.map((m) => m.name.trim());
  if (new Set(names).size !== names.length) throw new AppError('VALIDATION_FAILED', 'each material is listed once', 'materials');
  const anyDeferrable = body.materials.some((m) => m.deferrable);
  // 容缺受理 is a property of the item and of each material; the two must agree or the application form lies.
  if (body.deferralAllowed !== anyDeferrable) {
    throw new AppError(
      'VALIDATION_FAILED',
      body.deferralAllowed ? '容缺 is allowed but no material is marked as one that may follow later' : 'a material may follow later (容缺) but the item does not allow 容缺',
      'deferralAllowed',
    );
  }
  const department = body.department.trim();
  const old = previousMaterials(before);
  return {
    name: body.name.trim(),
    department,
    time_limit_days: body.timeLimitDays,
    fee: body.fee.trim(),
    promise_allowed: body.promiseAllowed ? 1 : 0,
    deferral_allowed: body.deferralAllowed ? 1 : 0,
    online: body.online ? 1 : 0,
    // Helpers' skills use the department names, so the item's skill is its department.
    skill: department,
    guide: body.guide.trim(),
    keywords: JSON.stringify([...new Set(body.keywords.map((k) => k.trim()).filter(Boolean))]),
    materials: JSON.stringify(
      body.materials.map((m) => {
        const name = m.name.trim();
        const note = m.note?.trim() || undefined;
        const prev = old.get(name);
        return {
          name,
          form: m.form,
          count: m.count,
          deferrable: m.deferrable,
          ...(note ? { note } : {}),
          ...(prev?.nameMn ? { nameMn: prev.nameMn } : {}),
          ...(note && prev?.noteMn && prev.note === note ? { noteMn: prev.noteMn } : {}),
        };
      }),
    ),
    name_mn: keptMn(before, 'name', body.name.trim()),
    department_mn: keptMn(before, 'department', department),
    fee_mn: keptMn(before, 'fee', body.fee.trim()),
    guide_mn: keptMn(before, 'guide', body.guide.trim()),
  };
}

/** Residents find items by name: two items of one name would leave them guessing which to apply for. */
async function checkNameFree(db: Kysely<Database>, name: string, selfId: string | null): Promise<void> {
  const clash = await db.selectFrom('service_items').select('id').where('name', '=', name).executeTakeFirst();
  if (clash && clash.id !== selfId) throw new AppError('VALIDATION_FAILED', `the catalogue already has an item named ${name}`, 'name');
}

export async function createItem(db: Kysely<Database>, body: ServiceItemBody): Promise<ServiceItemView> {
  const row = { id: `item-${crypto.randomUUID().slice(0, 8)}`, ...toRow(body) };
  await checkNameFree(db, row.name, null);
  await db.insertInto('service_items').values(row).execute();
  return toServiceItemView(row);
}

export async function updateItem(db: Kysely<Database>, id: string, body: ServiceItemBody): Promise<ServiceItemView> {
  const before = await findItem(db, id);
  if (!before) throw new AppError('NOT_FOUND', 'no such service item');
  const changes = toRow(body, before);
  await checkNameFree(db, changes.name, id);
  await db.updateTable('service_items').set(changes).where('id', '=', id).execute();
  return toServiceItemView({ id, ...changes });
}
