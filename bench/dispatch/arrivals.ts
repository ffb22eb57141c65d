// A week of requests for home visits. Volumes: tens a day banner-wide on weekdays (fewer at weekends), a tenth
// urgent, with the mix of needs (department, Mongolian, booked times) a pastoral banner sees.
import type { OpenRequest } from '../../server/src/dispatch/engine';
import { weekdayOf } from '../../server/src/dispatch/engine';
import { scatter, type SimTownship } from './banner';
import type { Rng } from './prng';
import { firstOpenDayAt, msOfMinute, WEEK_START_DAY } from './sim-clock';

export interface SimRequest {
  request: OpenRequest;
  /** minutes since the week started */
  arrivalMin: number;
}

/** Requests per day by weekday (Mon..Sun) at normal volume. */
export const DAILY_VOLUME = [45, 45, 45, 45, 45, 20, 12] as const;

const SKILL_WEIGHTS: [string, number][] = [
  ['民政', 30],
  ['人社', 22],
  ['医保', 20],
  ['残联', 12],
  ['农牧', 8],
  ['不动产', 4],
  ['市场监管', 2],
  ['公安', 2],
];

function arrivalMinuteOfDay(rng: Rng): number {
  const band = rng.weighted([70, 20, 10]);
  if (band === 0) return rng.int(8 * 60, 18 * 60 - 1);
  if (band === 1) return rng.int(18 * 60, 22 * 60 - 1);
  return (rng.int(22 * 60, 32 * 60 - 1)) % 1440;
}

export function weekOfArrivals(rng: Rng, banner: readonly SimTownship[], volumeScale: number): SimRequest[] {
  const out: SimRequest[] = [];
  let serial = 0;
  for (let d = 0; d < 7; d++) {
    const n = Math.round(DAILY_VOLUME[weekdayOf(WEEK_START_DAY + d)] * volumeScale);
    for (let i = 0; i < n; i++) {
      const t = banner[rng.weighted(banner.map((x) => x.profile.share))];
      const village = t.villages[rng.weighted(t.villages.map((v) => v.weight))];
      const arrivalMin = d * 1440 + arrivalMinuteOfDay(rng);
      const earliest = firstOpenDayAt(arrivalMin);
      const urgent = rng.chance(0.1);
      const elderlyAlone = rng.chance(0.18);
      const severelyDisabled = rng.chance(0.08);
      const pastoral = village.kind === 'gacha';
      const bookedDay = !urgent && rng.chance(0.12) ? earliest + rng.int(1, 4) : null;
      const deadlineDay =
        bookedDay ?? (urgent ? earliest : elderlyAlone || severelyDisabled ? earliest + 2 : earliest + rng.int(3, 5));
      const startMin = rng.pick([9, 10, 14, 15]) * 60;
      serial += 1;
      out.push({
        arrivalMin,
        request: {
          id: `r${String(serial).padStart(5, '0')}`,
          location: scatter(rng, village.center, village.spreadKm),
          townshipId: t.id,
          villageId: village.id,
          villageKind: village.kind,
          kind: rng.chance(0.75) ? 'home_visit' : 'delegate',
          skill: rng.chance(0.8) ? SKILL_WEIGHTS[rng.weighted(SKILL_WEIGHTS.map((s) => s[1]))][0] : null,
          language: rng.chance(pastoral ? 0.3 : 0.06) ? 'mn' : null,
          priority: { elderlyAlone, severelyDisabled, urgent },
          booked: bookedDay === null ? null : { day: bookedDay, startMin, endMin: startMin + 120 },
          deadlineDay,
          submittedAtMs: msOfMinute(arrivalMin),
          earliestDay: earliest,
        },
      });
    }
  }
  return out.sort((a, b) => a.arrivalMin - b.arrivalMin || (a.request.id < b.request.id ? -1 : 1));
}
