// A uniform grid over helper bases, to visit helpers nearest-first without measuring every one. The batch solver
// asks "every helper that might cost less than X"; for a helper with nothing planned the cost is at least the round
// trip from base, so that is "every such helper within some radius", and the grid answers it ring by ring. Helpers
// who already have stops planned can be cheap far from their base (joining a trip), so they are not in the grid:
// they are all visited, each checked against its own bound by the caller.
import type { HelperCtx } from './contexts';
import type { Point } from './plane';

const CELL_KM = 6;

export class HelperGrid {
  private readonly cells = new Map<number, HelperCtx[]>();
  private readonly minCx: number;
  private readonly minCy: number;
  private readonly maxRing: number;
  /** helpers with planned stops, visited whatever the radius */
  private readonly travelling: HelperCtx[] = [];

  constructor(readonly helpers: readonly HelperCtx[]) {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const h of helpers) {
      if (h.reachKm > 0) continue;
      minX = Math.min(minX, h.base.x);
      minY = Math.min(minY, h.base.y);
      maxX = Math.max(maxX, h.base.x);
      maxY = Math.max(maxY, h.base.y);
    }
    this.minCx = Math.floor(minX / CELL_KM);
    this.minCy = Math.floor(minY / CELL_KM);
    this.maxRing = minX === Infinity ? 0 : Math.max(Math.floor(maxX / CELL_KM) - this.minCx, Math.floor(maxY / CELL_KM) - this.minCy) + 1;
    for (const h of helpers) {
      if (h.reachKm > 0) {
        this.travelling.push(h);
        continue;
      }
      const key = this.key(Math.floor(h.base.x / CELL_KM), Math.floor(h.base.y / CELL_KM));
      const list = this.cells.get(key);
      if (list) list.push(h);
      else this.cells.set(key, [h]);
    }
  }

  private key(cx: number, cy: number): number {
    return (cx - this.minCx + 1) * 1_000_003 + (cy - this.minCy + 1);
  }

  /**
   * Calls visit(h) for every travelling helper, then for the others ring by ring outward from p, stopping once a
   * whole ring lies beyond radius() (which may shrink as the caller learns more). Helpers beyond the radius in the
   * last ring may still be visited.
   */
  nearestFirst(p: Point, radius: () => number, visit: (h: HelperCtx) => void): void {
    for (const h of this.travelling) visit(h);
    if (this.maxRing === 0 && this.cells.size === 0) return;
    const cx = Math.floor(p.x / CELL_KM);
    const cy = Math.floor(p.y / CELL_KM);
    // the whole index lies within maxRing rings of any cell inside it; from outside, add the distance to it
    const outside = Math.max(this.minCx - cx, cx - (this.minCx + this.maxRing), this.minCy - cy, cy - (this.minCy + this.maxRing), 0);
    const last = this.maxRing + outside + 1;
    for (let ring = 0; ring <= last; ring++) {
      if ((ring - 1) * CELL_KM > radius()) return;
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
}
