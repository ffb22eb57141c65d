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
import { AssignmentState } from './assignment-state';
import { MinHeap } from './min-heap';
import { augmentRowReduction, reduceRows } from './row-reduction';

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

const int32Of = (a: ArrayLike<number>): Int32Array => (a instanceof Int32Array ? a : Int32Array.from(a));
const float64Of = (a: ArrayLike<number>): Float64Array => (a instanceof Float64Array ? a : Float64Array.from(a));

export function solveSparseAssignment(p: SparseAssignmentProblem): AssignmentSolution {
  const R = p.rows;
  const C = p.cols;
  // Typed arrays (copies only when the caller passed others): the loops below then see one array kind, which keeps
  // them fast whatever the caller passed. The solver never writes to them.
  const st = new AssignmentState(R, C, p.colCapacity, int32Of(p.arcStart), int32Of(p.arcCol), float64Of(p.arcCost), float64Of(p.unassignedCost));
  const pending = augmentRowReduction(st, reduceRows(st), 2 * R);
  const { N, arcStart, arcCol, arcCost, unassignedCost, u, v, load, cap, head, next, rowCol, rowCost } = st;

  const dist = new Float64Array(N).fill(Infinity);
  const pred = new Int32Array(N);
  const predCost = new Float64Array(N);
  const done = new Uint8Array(N);
  const rowDist = new Float64Array(R);
  const touched = new Int32Array(N);
  const finalized = new Int32Array(N);
  const scanned = new Int32Array(R);
  const queue = new Int32Array(R);
  const heap = new MinHeap(256);

  for (const i0 of pending) {
    let nTouched = 0;
    let nFinal = 0;
    let nScanned = 0;
    let nQueue = 0;
    let qHead = 0;
    heap.clear();
    // Dijkstra over columns. Reaching a full column reaches every row in it at the same distance; those rows are
    // queued and scanned before the next pop. Plain loops, no closures: this is the engine's innermost loop.
    let r = i0;
    let d = 0;
    let sink = -1;
    search: for (;;) {
      rowDist[r] = d;
      scanned[nScanned++] = r;
      const ur = u[r];
      const end = arcStart[r + 1];
      for (let k = arcStart[r]; k <= end; k++) {
        const c = k < end ? arcCol[k] : C + r; // the last "arc" is the row's own unassigned column
        if (done[c] === 1) continue;
        const cost = k < end ? arcCost[k] : unassignedCost[r];
        const nd = d + cost - ur - v[c];
        if (nd < dist[c]) {
          if (dist[c] === Infinity) touched[nTouched++] = c;
          dist[c] = nd;
          pred[c] = r;
          predCost[c] = cost;
          heap.push(nd, c);
        }
      }
      while (qHead === nQueue) {
        if (heap.size === 0) break search;
        const key = heap.topKey();
        const c = heap.pop();
        if (done[c] === 1 || key > dist[c]) continue;
        done[c] = 1;
        finalized[nFinal++] = c;
        if (load[c] < cap[c]) {
          sink = c;
          break search;
        }
        for (let q = head[c]; q !== -1; q = next[q]) queue[nQueue++] = q;
        d = key;
      }
      r = queue[qHead++];
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
      st.unlink(r);
      st.link(r, c, predCost[c]);
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
