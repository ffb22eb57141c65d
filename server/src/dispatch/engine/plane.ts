// Fast planar distances for the engine's inner loops. An equirectangular projection around the input's mean
// latitude is within 1% of the great-circle distance across a banner (Wushen spans 37.6-39.4 N), and it costs a
// square root instead of four trigonometric calls, which matters at 10,000 x 2,000 pairs.
import type { LatLng } from './types';

const KM_PER_DEG_LAT = 110.574;
const KM_PER_DEG_LNG_EQUATOR = 111.32;

export interface Point {
  x: number;
  y: number;
}

export interface Projection {
  project(p: LatLng): Point;
}

export function projectionFor(points: Iterable<LatLng>): Projection {
  let sum = 0;
  let n = 0;
  for (const p of points) {
    sum += p.lat;
    n += 1;
  }
  const lat0 = n > 0 ? sum / n : 0;
  const kx = KM_PER_DEG_LNG_EQUATOR * Math.cos((lat0 * Math.PI) / 180);
  return { project: (p) => ({ x: p.lng * kx, y: p.lat * KM_PER_DEG_LAT }) };
}

/** Straight-line km between projected points. */
export function planeKm(a: Point, b: Point): number {
  const dx = a.x - b.x;
  const dy = a.y - b.y;
  return Math.sqrt(dx * dx + dy * dy);
}
