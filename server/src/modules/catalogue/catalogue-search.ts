// Catalogue search as residents type it: a Chinese substring ("养老"), full pinyin ("yanglao") or initials ("ylbx"),
// over names, keywords and departments (and the Mongolian names). Pinyin is computed once per item on the server, so the app ships no dictionary.
import { pinyin } from 'pinyin-pro';
import type { ServiceItemView } from '../../../../types';

interface Indexed {
  text: string;
  initials: string;
  full: string;
}

const cache = new Map<string, Indexed>();

function index(item: ServiceItemView): Indexed {
  const key = `${item.id}:${item.name}:${item.nameMn ?? ''}:${item.keywords.join(',')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const words = [item.name, ...item.keywords, item.department];
  const entry: Indexed = {
    // A Mongolian reader may type the item's Mongolian name (no pinyin for it).
    text: [...words, item.nameMn ?? '', item.departmentMn ?? ''].join(' ').toLowerCase(),
    initials: words.map((w) => pinyin(w, { pattern: 'first', toneType: 'none', type: 'array' }).join('')).join(' ').toLowerCase(),
    full: words.map((w) => pinyin(w, { toneType: 'none', type: 'array' }).join('')).join(' ').toLowerCase(),
  };
  cache.set(key, entry);
  return entry;
}

export function searchItems(items: ServiceItemView[], query: string): ServiceItemView[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, '');
  if (!q) return items;
  return items.filter((item) => {
    const i = index(item);
    return i.text.includes(q) || i.initials.includes(q) || i.full.includes(q);
  });
}
