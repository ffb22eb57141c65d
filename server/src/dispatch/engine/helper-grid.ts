// Uniform grids over helper bases, to visit helpers nearest-first without measuring every one. The batch solver
// asks "every helper that might cost less than X"; a helper whose planned stops all lie within reach of its base
// costs at least 2 x road km of (distance from base - 2 x reach) (see batch-solve.ts lowerBound). Helpers are
// therefore kept in one grid per reach class, and each grid is searched out to the radius plus twice its class's
// reach, so a helper with a trip planned far out is still found for a request near that trip.
import type { HelperCtx } from './contexts';
import type { Point } from './plane';

const CELL_KM = 6;
/** upper reach (km) of each class; helpers beyond the last are visited whatever the radius */
const REACH_CLASSES = [0, 6, 12, 24, 48];

class BaseGrid {
  private readonly cells = new Map<number, HelperCtx[]>();
  private readonly minCx: number;
  private readonly minCy: number;
  private readonly maxRing: number;

  constructor(helpers: readonly HelperCtx[]) {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const h of helpers) {
      minX = Math.min(minX, h.base.x);
      minY = Math.min(minY, h.base.y);
      maxX = Math.max(maxX, h.base.x);
      maxY = Math.max(maxY, h.base.y);
    }
    this.minCx = Math.floor(minX / CELL_KM);
    this.minCy = Math.floor(minY / CELL_KM);
    this.maxRing = Math.max(Math.floor(maxX / CELL_KM) - this.minCx, Math.floor(maxY / CELL_KM) - this.minCy) + 1;
    for (const h of helpers) {
      const key = this.key(Math.floor(h.base.x / CELL_KM), Math.floor(h.base.y / CELL_KM));
      const list = this.cells.get(key);
      if (list) list.push(h);
      else this.cells.set(key, [h]);
    }
  }

  private key(cx: number, cy: number): number {
    return (cx - this.minCx + 1) * 1_000_003 + (cy - this.minCy + 1);
  }

  /** How many rings around cell (cx, cy) cover the whole grid. */
  lastRing(cx: number, cy: number): number {
    // the whole index lies within maxRing rings of any cell inside it; from outside, add the distance to it
    const outside = Math.max(this.minCx - cx, cx - (this.minCx + this.maxRing), this.minCy - cy, cy - (this.minCy + this.maxRing), 0);
    return this.maxRing + outside + 1;
  }

  visitRing(cx: number, cy: number, ring: number, visit: (h: HelperCtx) => void): void {
    for (let dx = -ring; dx <= ring; dx++) {
      const edge = dx === -ring || dx === ring;
      for (let dy = -ring; dy <= ring; dy += edge ? 1 : 2 * ring) {
        const list = this.cells.get(this.key(cx + dx, cy + dy));
        if (list) for (const h of list) visit(h);
        if (ring === 0) break;
      }
    }
  }
}

export class HelperGrid {
  private readonly classes: { extraKm: number; grid: BaseGrid }[] = [];
  /** helpers with stops planned beyond the last class, visited whatever the radius */
  private readonly farReaching: HelperCtx[] = [];

  constructor(readonly helpers: readonly HelperCtx[]) {
    const byClass = REACH_CLASSES.map((): HelperCtx[] => []);
    for (const h of helpers) {
      const c = REACH_CLASSES.findIndex((limit) => h.reachKm <= limit);
      if (c < 0) this.farReaching.push(h);
      else byClass[c].push(h);
    }
    byClass.forEach((list, c) => {
      if (list.length > 0) this.classes.push({ extraKm: 2 * REACH_CLASSES[c], grid: new BaseGrid(list) });
    });
  }

  /**
   * Calls visit(h) for the far-reaching helpers, then for the others nearest-first, leaving out only helpers whose
   * lower bound (see above) lies beyond radius(), which may shrink as the caller learns more. Some beyond it may
   * still be visited.
   */
  nearestFirst(p: Point, radius: () => number, visit: (h: HelperCtx) => void): void {
    for (const h of this.farReaching) visit(h);
    const cx = Math.floor(p.x / CELL_KM);
    const cy = Math.floor(p.y / CELL_KM);
    // All classes ring by ring together, so the radius shrinks as early as the nearest helpers allow.
    const last = this.classes.map((c) => c.grid.lastRing(cx, cy));
    for (let ring = 0; ; ring++) {
      let any = false;
      this.classes.forEach(({ extraKm, grid }, i) => {
        if (ring > last[i] || (ring - 1) * CELL_KM > radius() + extraKm) return;
        any = true;
        grid.visitRing(cx, cy, ring, visit);
      });
      if (!any) return;
    }
  }
}
