// Exact minimum-cost assignment of rows (requests) to columns (helper-days) on a sparse, rectangular cost matrix.
//
// It is the shortest-augmenting-path method of Jonker and Volgenant in the form Crouse (2016) gives for rectangular
// problems (the one scipy's linear_sum_assignment uses), with two extensions the dispatcher needs:
// - a column may take several rows (a helper-day has a capacity). All copies of a column share one dual price, so
//   the column is one node whose assigned rows are all reachable at zero reduced cost;
// - every row has a private "stay unassigned" column with a finite cost. That makes every instance feasible
//   (forbidden pairs are simply absent arcs), and the cost says how much leaving this row costs compared to others.
// Each row is added by one Dijkstra search over reduced costs; the duals it leaves behind are a certificate of
// optimality that the batch solver re-checks against pairs that were pruned from the arcs.
import { MinHeap } from './min-heap';

export interface SparseAssignmentProblem {
  rows: number;
  cols: number;
  /** how many rows each column can take */
  colCapacity: ArrayLike<number>;
  /** compressed rows: the arcs of row r are arcStart[r] .. arcStart[r + 1] - 1 */
  arcStart: ArrayLike<number>;
  arcCol: ArrayLike<number>;
  arcCost: ArrayLike<number>;
  /** finite cost of leaving each row unassigned */
  unassignedCost: ArrayLike<number>;
}

export interface AssignmentSolution {
  /** the column of each row, or -1 when it stays unassigned */
  rowCol: Int32Array;
  /** the cost of each row's arc (or its unassigned cost) */
  rowCost: Float64Array;
  total: number;
  /** duals: cost(r, c) - rowDual[r] - colDual[c] >= 0 for every arc, = 0 on the chosen ones, colDual <= 0 */
  rowDual: Float64Array;
  colDual: Float64Array;
}

export function solveSparseAssignment(p: SparseAssignmentProblem): AssignmentSolution {
  const R = p.rows;
  const C = p.cols;
  const N = C + R; // columns C + r are the private "unassigned" columns
  const cap = new Int32Array(N);
  for (let c = 0; c < C; c++) cap[c] = p.colCapacity[c];
  cap.fill(1, C);
  const load = new Int32Array(N);
  const head = new Int32Array(N).fill(-1); // rows of each column, doubly linked
  const next = new Int32Array(R).fill(-1);
  const prev = new Int32Array(R).fill(-1);
  const rowCol = new Int32Array(R).fill(-1);
  const rowCost = new Float64Array(R);
  const u = new Float64Array(R);
  const v = new Float64Array(N);
  const { arcStart, arcCol, arcCost, unassignedCost } = p;

  for (let r = 0; r < R; r++) {
    const stay = unassignedCost[r];
    if (!Number.isFinite(stay)) throw new Error(`row ${r}: unassigned cost must be finite`);
    let m = stay;
    for (let k = arcStart[r]; k < arcStart[r + 1]; k++) if (arcCost[k] < m) m = arcCost[k];
    u[r] = m; // row reduction: every reduced cost starts >= 0, even with negative costs
  }

  const dist = new Float64Array(N).fill(Infinity);
  const pred = new Int32Array(N);
  const predCost = new Float64Array(N);
  const done = new Uint8Array(N);
  const rowDist = new Float64Array(R);
  const touched = new Int32Array(N);
  const finalized = new Int32Array(N);
  const scanned = new Int32Array(R);
  const heap = new MinHeap(256);

  for (let i0 = 0; i0 < R; i0++) {
    let nTouched = 0;
    let nFinal = 0;
    let nScanned = 0;
    heap.clear();

    const relax = (c: number, d: number, cost: number, r: number): void => {
      if (done[c]) return;
      const nd = d + cost - u[r] - v[c];
      if (nd < dist[c]) {
        if (dist[c] === Infinity) touched[nTouched++] = c;
        dist[c] = nd;
        pred[c] = r;
        predCost[c] = cost;
        heap.push(nd, c);
      }
    };
    const scan = (r: number, d: number): void => {
      rowDist[r] = d;
      scanned[nScanned++] = r;
      for (let k = arcStart[r]; k < arcStart[r + 1]; k++) relax(arcCol[k], d, arcCost[k], r);
      relax(C + r, d, unassignedCost[r], r);
    };

    scan(i0, 0);
    let sink = -1;
    while (heap.size > 0) {
      const d = heap.topKey();
      const c = heap.pop();
      if (done[c] || d > dist[c]) continue;
      done[c] = 1;
      finalized[nFinal++] = c;
      if (load[c] < cap[c]) {
        sink = c;
        break;
      }
      for (let r = head[c]; r !== -1; r = next[r]) scan(r, d);
    }
    if (sink < 0) throw new Error('unreachable: the row’s own unassigned column is always free');

    const delta = dist[sink];
    for (let k = 0; k < nScanned; k++) {
      const r = scanned[k];
      u[r] += delta - rowDist[r];
    }
    for (let k = 0; k < nFinal; k++) {
      const c = finalized[k];
      v[c] -= delta - dist[c];
    }

    // Augment along the path: each row moves into the column it reached, leaving its old one to the row before.
    let c = sink;
    for (;;) {
      const r = pred[c];
      const old = rowCol[r];
      if (old >= 0) {
        if (prev[r] >= 0) next[prev[r]] = next[r];
        else head[old] = next[r];
        if (next[r] >= 0) prev[next[r]] = prev[r];
        load[old] -= 1;
      }
      prev[r] = -1;
      next[r] = head[c];
      if (head[c] >= 0) prev[head[c]] = r;
      head[c] = r;
      load[c] += 1;
      rowCol[r] = c;
      rowCost[r] = predCost[c];
      if (r === i0) break;
      c = old;
    }

    for (let k = 0; k < nTouched; k++) {
      const t = touched[k];
      dist[t] = Infinity;
      done[t] = 0;
    }
  }

  let total = 0;
  for (let r = 0; r < R; r++) {
    total += rowCost[r];
    if (rowCol[r] >= C) rowCol[r] = -1;
  }
  return { rowCol, rowCost, total, rowDual: u, colDual: v.slice(0, C) };
}
