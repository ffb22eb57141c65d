import type { MaterialView, ServiceItemView } from '../../../../types';
import { MATERIAL_FORMS } from '../../../../types';
import type { ServiceItemsTable } from '../../db/schema';
import { parseStringList } from '../../lib/json';

function parseMaterials(text: string): MaterialView[] {
  const value: unknown = JSON.parse(text);
  if (!Array.isArray(value)) return [];
  return value.flatMap((m: Record<string, unknown>): MaterialView[] => {
    const form = MATERIAL_FORMS.find((f) => f === m.form);
    if (typeof m.name !== 'string' || !form) return [];
    return [
      {
        name: m.name,
        form,
        count: typeof m.count === 'number' ? m.count : 1,
        deferrable: m.deferrable === true,
        note: typeof m.note === 'string' ? m.note : null,
      },
    ];
  });
}

export function toServiceItemView(row: ServiceItemsTable): ServiceItemView {
  return {
    id: row.id,
    name: row.name,
    department: row.department,
    timeLimitDays: row.time_limit_days,
    fee: row.fee,
    promiseAllowed: row.promise_allowed === 1,
    deferralAllowed: row.deferral_allowed === 1,
    online: row.online === 1,
    guide: row.guide,
    keywords: parseStringList(row.keywords),
    materials: parseMaterials(row.materials),
  };
}
