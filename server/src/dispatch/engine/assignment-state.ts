// The working state of the assignment solver, shared by its two stages (row-reduction.ts, then the shortest
// augmenting paths in min-cost-assignment.ts): the matching, the duals, and the arcs as typed arrays.
//
// Invariants both stages keep (they are what makes the final answer provably optimal):
//   reduced cost  cost(r, c) - u[r] - v[c] >= 0 on every arc, and = 0 on every assigned arc;
//   v[c] <= 0, and v[c] = 0 for every column that still has room.
// Columns C + r are row r's private "unassigned" column (capacity 1, cost unassignedCost[r]).

export class AssignmentState {
  readonly N: number;
  readonly cap: Int32Array;
  readonly load: Int32Array;
  /** rows of each column, doubly linked */
  readonly head: Int32Array;
  readonly next: Int32Array;
  readonly prev: Int32Array;
  readonly rowCol: Int32Array;
  readonly rowCost: Float64Array;
  readonly u: Float64Array;
  readonly v: Float64Array;

  constructor(
    readonly R: number,
    readonly C: number,
    colCapacity: ArrayLike<number>,
    readonly arcStart: Int32Array,
    readonly arcCol: Int32Array,
    readonly arcCost: Float64Array,
    readonly unassignedCost: Float64Array,
  ) {
    this.N = C + R;
    this.cap = new Int32Array(this.N);
    for (let c = 0; c < C; c++) this.cap[c] = colCapacity[c];
    this.cap.fill(1, C);
    this.load = new Int32Array(this.N);
    this.head = new Int32Array(this.N).fill(-1);
    this.next = new Int32Array(R).fill(-1);
    this.prev = new Int32Array(R).fill(-1);
    this.rowCol = new Int32Array(R).fill(-1);
    this.rowCost = new Float64Array(R);
    this.u = new Float64Array(R);
    this.v = new Float64Array(this.N);
  }

  link(r: number, c: number, cost: number): void {
    const { head, next, prev } = this;
    prev[r] = -1;
    next[r] = head[c];
    if (head[c] >= 0) prev[head[c]] = r;
    head[c] = r;
    this.load[c] += 1;
    this.rowCol[r] = c;
    this.rowCost[r] = cost;
  }

  unlink(r: number): void {
    const { head, next, prev } = this;
    const c = this.rowCol[r];
    if (c < 0) return;
    if (prev[r] >= 0) next[prev[r]] = next[r];
    else head[c] = next[r];
    if (next[r] >= 0) prev[next[r]] = prev[r];
    prev[r] = -1;
    next[r] = -1;
    this.load[c] -= 1;
    this.rowCol[r] = -1;
  }
}
