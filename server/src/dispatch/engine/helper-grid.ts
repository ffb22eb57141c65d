// Uniform grids over helper bases, to visit helpers nearest-first without measuring every one. The batch solver
// asks "every helper that might cost less than X"; a helper whose planned stops all lie within reach of its base
// costs at least 2 x road km of (distance from base - 2 x reach) (see batch-solve.ts lowerBound). Helpers are
// therefore kept in one grid per reach class, and each grid is searched out to the radius plus twice its class's
// reach, so a helper with a trip planned far out is still found for a request near that trip.
//
// The search runs for every request of a batch (and again for the dual check), so cells are a dense array with the
// helpers of all cells in one list (cell c holds items[start[c]] .. items[start[c + 1] - 1]), not a Map.
import type { HelperCtx } from './contexts';
import type { Point } from './plane';

const CELL_KM = 6;
/** a base computed into one cell may lie this little outside it (floating point), see visitRing */
const PRUNE_SLACK_KM = 1e-6;
/** upper reach (km) of each class; helpers beyond the last are visited whatever the radius */
const REACH_CLASSES = [0, 6, 12, 24, 48];
/** cell ids of HelperGrid.classRingCells are cell x CLASS_IDS + class */
const CLASS_IDS = 8;

/** The reach class a helper's grid goes by (REACH_CLASSES.length: far-reaching); the grid is stale once one changes. */
export function reachClassOf(reachKm: number): number {
  for (let c = 0; c < REACH_CLASSES.length; c++) if (reachKm <= REACH_CLASSES[c]) return c;
  return REACH_CLASSES.length;
}

/** A helper met in a cell, by idx, with its rank (see HelperGrid.visitCell). */
export type CellVisit = (idx: number, rank: number) => void;

class BaseGrid {
  private readonly minCx: number;
  private readonly minCy: number;
  private readonly nx: number;
  private readonly ny: number;
  private readonly maxRing: number;
  private readonly start: Int32Array;
  private readonly items: HelperCtx[];
  /** the items' helper idx: the search looks helpers up by idx in flat arrays, not through each helper object */
  private readonly itemIdx: Int32Array;
  /** the cells that hold helpers */
  readonly filled: Int32Array;
  /** per cell: 2 x the largest reach of its helpers (see refreshReach) */
  private readonly reach2: Float64Array;

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
    this.nx = Math.floor(maxX / CELL_KM) - this.minCx + 1;
    this.ny = Math.floor(maxY / CELL_KM) - this.minCy + 1;
    this.maxRing = Math.max(this.nx, this.ny);
    // Counting sort by cell keeps each cell's helpers in input order, the order the visits (and so ties) follow.
    const cellOf = new Int32Array(helpers.length);
    this.start = new Int32Array(this.nx * this.ny + 1);
    helpers.forEach((h, i) => {
      const c = (Math.floor(h.base.x / CELL_KM) - this.minCx) * this.ny + (Math.floor(h.base.y / CELL_KM) - this.minCy);
      cellOf[i] = c;
      this.start[c + 1] += 1;
    });
    for (let c = 0; c < this.nx * this.ny; c++) this.start[c + 1] += this.start[c];
    const fill = this.start.slice(0, this.nx * this.ny);
    this.items = new Array<HelperCtx>(helpers.length);
    this.itemIdx = new Int32Array(helpers.length);
    for (let i = 0; i < helpers.length; i++) {
      const k = fill[cellOf[i]]++;
      this.items[k] = helpers[i];
      this.itemIdx[k] = helpers[i].idx;
    }
    const filled: number[] = [];
    for (let c = 0; c < this.nx * this.ny; c++) if (this.start[c] < this.start[c + 1]) filled.push(c);
    this.filled = Int32Array.from(filled);
    this.reach2 = new Float64Array(this.nx * this.ny);
    this.refreshReach();
  }

  /** Reaches grow as visits are placed (within the grid's class, or the grid is rebuilt): call before each search. */
  refreshReach(): void {
    const { filled, start, items, reach2 } = this;
    for (let j = 0; j < filled.length; j++) {
      const c = filled[j];
      let m = 0;
      for (let k = start[c]; k < start[c + 1]; k++) m = Math.max(m, 2 * items[k].reachKm);
      reach2[c] = m;
    }
  }

  /** How many rings around cell (cx, cy) cover the whole grid. */
  lastRing(cx: number, cy: number): number {
    // the whole index lies within maxRing rings of any cell inside it; from outside, add the distance to it
    const outside = Math.max(this.minCx - cx, cx - (this.minCx + this.maxRing), this.minCy - cy, cy - (this.minCy + this.maxRing), 0);
    return this.maxRing + outside + 1;
  }

  /**
   * Visits the helpers of ring `ring` around (cx, cy). With prune, a cell is left out when even its nearest corner
   * is more than radius() + extraKm from p (plus a millimetre against rounding): every helper in it has a lower bound
   * beyond the radius, so the caller would turn each one down anyway.
   */
  visitRing(p: Point, cx: number, cy: number, ring: number, visit: (h: HelperCtx) => void, prune: boolean, radius: () => number, extraKm: number): void {
    const { start, items } = this;
    this.ringCells(p, cx, cy, ring, extraKm, 1, 0, (c, km) => {
      if (!prune || km <= radius()) for (let k = start[c]; k < start[c + 1]; k++) visit(items[k]);
    });
  }

  /**
   * The non-empty cells of ring `ring` around (cx, cy), as ids cell x idScale + idOffset, each with how far (km) its
   * nearest corner lies from p, less 2 x the cell's largest reach (at most extraKm) and a millimetre against
   * rounding: no helper in the cell lies closer, less 2 x its reach.
   */
  ringCells(p: Point, cx: number, cy: number, ring: number, extraKm: number, idScale: number, idOffset: number, cell: (id: number, km: number) => void): void {
    const { nx, ny, start } = this;
    for (let dx = -ring; dx <= ring; dx++) {
      const gx = cx + dx - this.minCx;
      if (gx < 0 || gx >= nx) continue;
      const edge = dx === -ring || dx === ring;
      const x0 = (cx + dx) * CELL_KM;
      const offX = Math.max(0, x0 - p.x, p.x - (x0 + CELL_KM));
      for (let dy = -ring; dy <= ring; dy += edge ? 1 : 2 * ring) {
        const gy = cy + dy - this.minCy;
        if (gy >= 0 && gy < ny) {
          const c = gx * ny + gy;
          if (start[c] < start[c + 1]) {
            const y0 = (cy + dy) * CELL_KM;
            const offY = Math.max(0, y0 - p.y, p.y - (y0 + CELL_KM));
            cell(c * idScale + idOffset, Math.sqrt(offX * offX + offY * offY) - Math.min(extraKm, this.reach2[c]) - PRUNE_SLACK_KM);
          }
        }
        if (ring === 0) break;
      }
    }
  }

  /**
   * Visits the helpers of cell c with their rank in the order nearestFirst takes them around (cx, cy) when this is
   * grid `grid` of `grids`: by ring, grid, cell column, cell row, then place in the cell. width exceeds 2 x any
   * ring; n, any cell's count.
   */
  /** Like ringCells, for every cell that holds helpers, whatever its ring. */
  filledCells(p: Point, extraKm: number, idScale: number, idOffset: number, cell: (id: number, km: number) => void): void {
    const { ny, filled } = this;
    for (let j = 0; j < filled.length; j++) {
      const c = filled[j];
      const x0 = (Math.floor(c / ny) + this.minCx) * CELL_KM;
      const y0 = ((c % ny) + this.minCy) * CELL_KM;
      const offX = Math.max(0, x0 - p.x, p.x - (x0 + CELL_KM));
      const offY = Math.max(0, y0 - p.y, p.y - (y0 + CELL_KM));
      cell(c * idScale + idOffset, Math.sqrt(offX * offX + offY * offY) - Math.min(extraKm, this.reach2[c]) - PRUNE_SLACK_KM);
    }
  }

  visitCell(c: number, cx: number, cy: number, grid: number, grids: number, width: number, n: number, visit: CellVisit): void {
    const { ny, start, itemIdx } = this;
    const dx = Math.floor(c / ny) + this.minCx - cx;
    const dy = (c % ny) + this.minCy - cy;
    const ring = Math.max(Math.abs(dx), Math.abs(dy));
    const cellRank = (((ring * grids + grid) * width + dx + ring) * width + (dy + ring)) * n;
    for (let k = start[c]; k < start[c + 1]; k++) visit(itemIdx[k], cellRank + k);
  }
}

export class HelperGrid {
  private readonly classes: { extraKm: number; grid: BaseGrid }[] = [];
  /** helpers with stops planned beyond the last class, visited whatever the radius */
  private readonly farReaching: HelperCtx[] = [];
  private readonly last: Int32Array;
  /** per class: 1 when setAsideSparseClasses took it out of the ring walk */
  private readonly sparse: Uint8Array;
  private cx = 0;
  private cy = 0;
  /** 2 x the widest last ring + 1: cell offsets in a ring stay below it, so ranks of different cells never meet */
  private width = 1;

  /** per reach class: its helpers (in input order) and their grid, or null when it has none */
  private readonly byClass: ({ list: HelperCtx[]; grid: BaseGrid } | null)[];

  /** With `previous` (a grid of the same helpers gone stale), a class whose helpers did not change keeps its grid. */
  constructor(
    readonly helpers: readonly HelperCtx[],
    previous?: HelperGrid,
  ) {
    const lists = REACH_CLASSES.map((): HelperCtx[] => []);
    for (const h of helpers) {
      const c = reachClassOf(h.reachKm);
      if (c === REACH_CLASSES.length) this.farReaching.push(h);
      else lists[c].push(h);
    }
    this.byClass = lists.map((list, c) => {
      if (list.length === 0) return null;
      const old = previous?.byClass[c];
      if (old && old.list.length === list.length && old.list.every((h, i) => h === list[i])) {
        old.grid.refreshReach();
        return old;
      }
      return { list, grid: new BaseGrid(list) };
    });
    this.byClass.forEach((entry, c) => {
      if (entry) this.classes.push({ extraKm: 2 * REACH_CLASSES[c], grid: entry.grid });
    });
    this.last = new Int32Array(this.classes.length);
    this.sparse = new Uint8Array(this.classes.length);
  }

  /** See BaseGrid.refreshReach. */
  refreshReach(): void {
    for (const { grid } of this.classes) grid.refreshReach();
  }

  /** Helpers visited before every ring, whatever the radius (ranks -farCount .. -1, in this order). */
  get far(): readonly HelperCtx[] {
    return this.farReaching;
  }

  get classCount(): number {
    return this.classes.length;
  }

  /** How much closer than its cell's distance a helper of class i may cost (2 x the class's reach). */
  extraKmOf(i: number): number {
    return this.classes[i].extraKm;
  }

  /** Sets p as the point that lastRingOf and visitClassRing measure from. */
  centre(p: Point): void {
    const cx = Math.floor(p.x / CELL_KM);
    const cy = Math.floor(p.y / CELL_KM);
    let widest = 0;
    for (let i = 0; i < this.classes.length; i++) {
      this.last[i] = this.classes[i].grid.lastRing(cx, cy);
      widest = Math.max(widest, this.last[i]);
    }
    this.cx = cx;
    this.cy = cy;
    this.width = 2 * widest + 1;
  }

  lastRingOf(i: number): number {
    return this.last[i];
  }

  /**
   * Sets aside each class with fewer filled cells than the rings a search would walk to reach out 2 x its reach:
   * lastRingOf is then -1 for it, and sparseCells hands out all its cells at once instead.
   */
  setAsideSparseClasses(): void {
    for (let i = 0; i < this.classes.length; i++) {
      const { extraKm, grid } = this.classes[i];
      const rings = Math.ceil(extraKm / CELL_KM) + 2;
      this.sparse[i] = grid.filled.length < (2 * rings + 1) * (2 * rings + 1) ? 1 : 0;
      if (this.sparse[i] === 1) this.last[i] = -1;
    }
  }

  /** Every filled cell of the classes set aside, as classRingCells would hand them out. */
  sparseCells(p: Point, cell: (id: number, km: number) => void): void {
    for (let i = 0; i < this.classes.length; i++) {
      const { extraKm, grid } = this.classes[i];
      if (this.sparse[i] === 1) grid.filledCells(p, extraKm, CLASS_IDS, i, cell);
    }
  }

  /**
   * A helper of class i in ring `ring` or beyond lies at least this far (km) from the centre, less its class's
   * extra km (and a millimetre against rounding); -Infinity for ring 0 and 1.
   */
  ringFloorKm(i: number, ring: number): number {
    return ring <= 1 ? -Infinity : (ring - 1) * CELL_KM - this.classes[i].extraKm - PRUNE_SLACK_KM;
  }

  /**
   * The non-empty cells of ring `ring` of class i around the centre, each as an id for visitCell and the km that
   * no helper in it lies closer than, less 2 x its reach.
   */
  classRingCells(p: Point, i: number, ring: number, cell: (id: number, km: number) => void): void {
    const { extraKm, grid } = this.classes[i];
    grid.ringCells(p, this.cx, this.cy, ring, extraKm, CLASS_IDS, i, cell);
  }

  /**
   * Visits the helpers of a cell from classRingCells, each with its rank in nearestFirst's visiting order
   * (far-reaching first, then ring, class, cell column, cell row, place in the cell): a caller that visits cells in
   * another order can still break ties the way nearestFirst's order would.
   */
  visitCell(id: number, visit: CellVisit): void {
    const i = id % CLASS_IDS;
    this.classes[i].grid.visitCell((id - i) / CLASS_IDS, this.cx, this.cy, i, this.classes.length, this.width, this.helpers.length, visit);
  }

  /**
   * Calls visit(h) for the far-reaching helpers, then for the others nearest-first, leaving out only helpers whose
   * lower bound (see above) lies beyond radius(), which may shrink as the caller learns more. Some beyond it may
   * still be visited. prune (only for a caller that turns down every helper whose lower bound reaches the radius)
   * also leaves out cells that lie wholly beyond it.
   */
  nearestFirst(p: Point, radius: () => number, visit: (h: HelperCtx) => void, prune = false): void {
    for (const h of this.farReaching) visit(h);
    const cx = Math.floor(p.x / CELL_KM);
    const cy = Math.floor(p.y / CELL_KM);
    const { classes, last } = this;
    for (let i = 0; i < classes.length; i++) last[i] = classes[i].grid.lastRing(cx, cy);
    // All classes ring by ring together, so the radius shrinks as early as the nearest helpers allow.
    for (let ring = 0; ; ring++) {
      let any = false;
      for (let i = 0; i < classes.length; i++) {
        const { extraKm, grid } = classes[i];
        if (ring > last[i] || (ring - 1) * CELL_KM > radius() + extraKm) continue;
        any = true;
        grid.visitRing(p, cx, cy, ring, visit, prune, radius, extraKm);
      }
      if (!any) return;
    }
  }
}
