// The foundation's assignment rule, pure: the village's own grid worker first, else the nearest on-duty helper with
// room. (The batch-optimal engine replaces this; see the dispatch issue.)
import { haversineKm } from './geo';

export interface CandidateHelper {
  id: string;
  kind: 'blue_vest' | 'grid_worker';
  gridVillageIds: readonly string[];
  onDuty: boolean;
  baseLat: number;
  baseLng: number;
  capacityPerDay: number;
  openTasks: number;
}

export interface DispatchTarget {
  villageId: string;
  lat: number;
  lng: number;
}

export interface HelperChoice {
  helperId: string;
  distanceKm: number;
  reason: string;
}

export function chooseHelper(
  target: DispatchTarget,
  helpers: readonly CandidateHelper[],
  excluded: ReadonlySet<string>,
): HelperChoice | null {
  const eligible = helpers
    .filter((h) => h.onDuty && h.openTasks < h.capacityPerDay && !excluded.has(h.id))
    .map((h) => ({ h, km: haversineKm(target, { lat: h.baseLat, lng: h.baseLng }) }));

  const ownGrid = eligible
    .filter(({ h }) => h.kind === 'grid_worker' && h.gridVillageIds.includes(target.villageId))
    .sort((a, b) => a.h.openTasks - b.h.openTasks || a.km - b.km || a.h.id.localeCompare(b.h.id));
  if (ownGrid[0]) {
    return { helperId: ownGrid[0].h.id, distanceKm: ownGrid[0].km, reason: '本村（嘎查）网格员' };
  }

  const nearest = [...eligible].sort((a, b) => a.km - b.km || a.h.openTasks - b.h.openTasks || a.h.id.localeCompare(b.h.id));
  if (nearest[0]) {
    const km = Math.round(nearest[0].km);
    return { helperId: nearest[0].h.id, distanceKm: nearest[0].km, reason: `最近的在岗帮办员，约 ${km} 公里` };
  }
  return null;
}
