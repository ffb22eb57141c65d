// The solver on an ordinary matrix, for callers (and tests) that have one: rows x columns, any shape, with
// non-finite entries meaning "this pair is forbidden".
import { solveSparseAssignment, type AssignmentSolution } from './min-cost-assignment';

export interface DenseOptions {
  /** cost of leaving a row unassigned; by default so large that as many rows as possible are assigned */
  unassignedCost?: number | readonly number[];
  /** rows each column can take (default 1) */
  colCapacity?: readonly number[];
}

export function solveDenseAssignment(costs: readonly (readonly number[])[], options: DenseOptions = {}): AssignmentSolution {
  const rows = costs.length;
  const cols = rows > 0 ? costs[0].length : (options.colCapacity?.length ?? 0);
  const arcStart = new Int32Array(rows + 1);
  const arcCol: number[] = [];
  const arcCost: number[] = [];
  let spread = 0;
  for (let r = 0; r < rows; r++) {
    if (costs[r].length !== cols) throw new Error('every row must have the same number of columns');
    let rowMax = 0;
    for (let c = 0; c < cols; c++) {
      const x = costs[r][c];
      if (!Number.isFinite(x)) continue;
      arcCol.push(c);
      arcCost.push(x);
      rowMax = Math.max(rowMax, Math.abs(x));
    }
    spread += rowMax;
    arcStart[r + 1] = arcCol.length;
  }
  // Any two assignments' arc costs differ by at most 2 * spread, so this penalty makes one more assigned row
  // always worth more than any saving in cost: the default is "maximum cardinality, then minimum cost".
  const fallback = 2 * spread + 1;
  const given = options.unassignedCost;
  const unassigned = Array.from({ length: rows }, (_, r) =>
    given === undefined ? fallback : typeof given === 'number' ? given : given[r],
  );
  return solveSparseAssignment({
    rows,
    cols,
    colCapacity: options.colCapacity ?? new Array<number>(cols).fill(1),
    arcStart,
    arcCol,
    arcCost,
    unassignedCost: unassigned,
  });
}
