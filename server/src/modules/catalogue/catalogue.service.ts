import type { MaterialView, ServiceItemView } from '../../../../types';
import { MATERIAL_FORMS } from '../../../../types';
import type { ServiceItemsTable } from '../../db/schema';
import { parseStringList } from '../../lib/json';

/** traditional Mongolian beside a Chinese field, when there is one */
function mn<K extends string>(key: K, value: unknown): { [P in K]?: string } {
  return typeof value === 'string' && value.trim() ? ({ [key]: value } as { [P in K]?: string }) : {};
}

function parseMaterials(text: string): MaterialView[] {
  const value: unknown = JSON.parse(text);
  if (!Array.isArray(value)) return [];
  return value.flatMap((m: Record<string, unknown>): MaterialView[] => {
    const form = MATERIAL_FORMS.find((f) => f === m.form);
    if (typeof m.name !== 'string' || !form) return [];
    return [
      {
        name: m.name,
        ...mn('nameMn', m.nameMn),
        form,
        count: typeof m.count === 'number' ? m.count : 1,
        deferrable: m.deferrable === true,
        note: typeof m.note === 'string' ? m.note : null,
        ...mn('noteMn', typeof m.note === 'string' ? m.noteMn : null),
      },
    ];
  });
}

export function toServiceItemView(row: ServiceItemsTable): ServiceItemView {
  return {
    id: row.id,
    name: row.name,
    ...mn('nameMn', row.name_mn),
    department: row.department,
    ...mn('departmentMn', row.department_mn),
    timeLimitDays: row.time_limit_days,
    fee: row.fee,
    ...mn('feeMn', row.fee_mn),
    promiseAllowed: row.promise_allowed === 1,
    deferralAllowed: row.deferral_allowed === 1,
    online: row.online === 1,
    guide: row.guide,
    ...mn('guideMn', row.guide_mn),
    keywords: parseStringList(row.keywords),
    materials: parseMaterials(row.materials),
  };
}
