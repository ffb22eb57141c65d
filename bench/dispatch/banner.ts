// A synthetic Wushen-like banner: the six townships and the Sulige development zone at their real seats (from the
// seed data), villages around each seat, herder households scattered across the gachas, and helpers based per
// township in proportion to its people. Everything is drawn from one seeded generator, so a seed is a county.
import { townships as seedTownships, villages as seedVillages } from '../../server/src/db/seed-data';
import type { HelperState, LatLng } from '../../server/src/dispatch/engine';
import type { VillageKind } from '../../types';
import type { Rng } from './prng';

export interface TownshipProfile {
  /** share of the banner's requests */
  share: number;
  /** how far villages lie from the seat */
  radiusKm: number;
  /** share of rural villages that are pastoral gachas (the rest are farming 村) */
  pastoral: number;
  villages: number;
  communities: number;
}

/** Rough proportions: the seat town is the largest; 苏力德苏木 the widest; the zone small. */
export const PROFILES: Record<string, TownshipProfile> = {
  galutu: { share: 0.3, radiusKm: 30, pastoral: 0.4, villages: 12, communities: 4 },
  wushenzhao: { share: 0.12, radiusKm: 32, pastoral: 0.85, villages: 9, communities: 1 },
  tuke: { share: 0.15, radiusKm: 32, pastoral: 0.7, villages: 10, communities: 2 },
  wulantaolegai: { share: 0.1, radiusKm: 28, pastoral: 0.85, villages: 8, communities: 1 },
  wudinghe: { share: 0.17, radiusKm: 26, pastoral: 0.3, villages: 10, communities: 2 },
  sulide: { share: 0.12, radiusKm: 38, pastoral: 0.9, villages: 9, communities: 1 },
  sulige: { share: 0.04, radiusKm: 12, pastoral: 0.2, villages: 2, communities: 2 },
};

export interface SimVillage {
  id: string;
  townshipId: string;
  kind: VillageKind;
  center: LatLng;
  /** households lie within this many km of the centre */
  spreadKm: number;
  /** relative number of residents */
  weight: number;
}

export interface SimTownship {
  id: string;
  seat: LatLng;
  profile: TownshipProfile;
  villages: SimVillage[];
}

export const DEPARTMENTS = ['民政', '人社', '医保', '残联', '农牧', '不动产', '市场监管', '公安'] as const;

const KM_PER_DEG_LAT = 110.574;

/** A point `km` away from `from` at `angle` radians. */
export function offset(from: LatLng, km: number, angle: number): LatLng {
  const kmPerDegLng = 111.32 * Math.cos((from.lat * Math.PI) / 180);
  return { lat: from.lat + (km * Math.sin(angle)) / KM_PER_DEG_LAT, lng: from.lng + (km * Math.cos(angle)) / kmPerDegLng };
}

/** A uniformly random point in a disc. */
export function scatter(rng: Rng, center: LatLng, radiusKm: number): LatLng {
  return offset(center, radiusKm * Math.sqrt(rng.next()), rng.next() * 2 * Math.PI);
}

const SPREAD: Record<VillageKind, number> = { gacha: 9, village: 3.5, community: 1.2 };
const WEIGHT: Record<VillageKind, number> = { gacha: 1, village: 1.5, community: 3 };

/** Straight-line km, for placing villages (the engine and the scoring have their own). */
function km(a: LatLng, b: LatLng): number {
  const dy = (a.lat - b.lat) * KM_PER_DEG_LAT;
  const dx = (a.lng - b.lng) * 111.32 * Math.cos((a.lat * Math.PI) / 180);
  return Math.sqrt(dx * dx + dy * dy);
}

/**
 * Townships partition the banner: a synthetic village is placed only where its own seat is the nearest one (a
 * Voronoi cell, cut off at the township's radius), so households near a border are not nearer another seat.
 */
export function buildBanner(rng: Rng, villageScale = 1): SimTownship[] {
  const seats = seedTownships.map((t) => ({ id: t.id, at: { lat: t.lat, lng: t.lng } }));
  const ownCell = (id: string, p: LatLng) => {
    const own = km(p, (seats.find((x) => x.id === id) as { at: LatLng }).at);
    return seats.every((x) => x.id === id || km(p, x.at) > own);
  };
  return seedTownships.map((t) => {
    const profile = PROFILES[t.id] ?? { share: 0.05, radiusKm: 25, pastoral: 0.5, villages: 6, communities: 1 };
    const seat = { lat: t.lat, lng: t.lng };
    const list: SimVillage[] = [];
    const add = (id: string, kind: VillageKind, center: LatLng) =>
      list.push({ id, townshipId: t.id, kind, center, spreadKm: SPREAD[kind], weight: WEIGHT[kind] });
    for (const v of seedVillages.filter((v) => v.townshipId === t.id)) add(v.id, v.kind, { lat: v.lat, lng: v.lng });
    const want = (n: number) => Math.round(n * villageScale);
    let communities = list.filter((v) => v.kind === 'community').length;
    for (let i = 0; communities < want(profile.communities); i++, communities++) {
      add(`${t.id}-sq${i + 1}`, 'community', scatter(rng, seat, 1.5));
    }
    for (let i = 0; list.length - communities < want(profile.villages); ) {
      const distance = 6 + (profile.radiusKm - 6) * Math.sqrt(rng.next());
      const at = offset(seat, distance, rng.next() * 2 * Math.PI);
      if (!ownCell(t.id, at)) continue;
      i += 1;
      add(`${t.id}-v${i}`, rng.chance(profile.pastoral) ? 'gacha' : 'village', at);
    }
    return { id: t.id, seat, profile, villages: list };
  });
}

function pickSkills(rng: Rng, n: number, always: string | null): string[] {
  const skills = new Set<string>(always ? [always] : []);
  while (skills.size < n) skills.add(rng.pick(DEPARTMENTS));
  return [...skills].sort();
}

/**
 * Blue vests at each seat (in proportion to the township's share) and grid workers each covering two neighbouring
 * villages, based in the first. `days` are the simulated DayIndex values; `weekday(d)` 0 = Monday.
 */
export function buildHelpers(
  rng: Rng,
  banner: readonly SimTownship[],
  days: readonly number[],
  weekday: (d: number) => number,
  blueVestsPerBanner = 16,
): HelperState[] {
  const helpers: HelperState[] = [];
  for (const t of banner) {
    const blue = Math.max(1, Math.round(t.profile.share * blueVestsPerBanner));
    for (let i = 0; i < blue; i++) {
      // Mon-Fri; one of them also covers Saturday and another Sunday (or the only one both).
      const weekend = new Set<number>([5, 6].filter((wd) => blue === 1 || i === wd - 5));
      helpers.push({
        id: `${t.id}-bv${String(i + 1).padStart(2, '0')}`,
        kind: 'blue_vest',
        skills: pickSkills(rng, 5, null),
        gridVillageIds: [],
        townshipId: t.id,
        languages: rng.chance(0.4) ? ['zh', 'mn'] : ['zh'],
        onDutyDays: days.filter((d) => weekday(d) < 5 || weekend.has(weekday(d))),
        base: t.seat,
        capacityPerDay: 6,
        plan: [],
      });
    }
    const seat = t.seat;
    const angleOf = (v: SimVillage) => Math.atan2(v.center.lat - seat.lat, v.center.lng - seat.lng);
    const sorted = [...t.villages].sort((a, b) => angleOf(a) - angleOf(b));
    for (let i = 0; i < sorted.length; i += 2) {
      const grid = sorted.slice(i, i + 2);
      const pastoral = grid[0].kind === 'gacha';
      const n = i / 2;
      helpers.push({
        id: `${t.id}-gw${String(n + 1).padStart(2, '0')}`,
        kind: 'grid_worker',
        skills: pickSkills(rng, 3, '民政'),
        gridVillageIds: grid.map((v) => v.id),
        townshipId: t.id,
        languages: rng.chance(pastoral ? 0.7 : 0.15) ? ['zh', 'mn'] : ['zh'],
        onDutyDays: days.filter((d) => weekday(d) < (n % 3 === 2 ? 5 : 6)),
        base: grid[0].center,
        capacityPerDay: 3,
        plan: [],
      });
    }
  }
  return helpers;
}
