import type { ServiceItemView } from '../../../types';

/** The departments the catalogue names: also the helpers' skills (an item's skill is its department). */
export function departmentsOf(items: readonly ServiceItemView[]): string[] {
  return [...new Set(items.map((i) => i.department))].sort((a, b) => a.localeCompare(b, 'zh'));
}
