// The cheap first stage of Jonker-Volgenant, adapted to columns with capacity. Most rows of a dispatch batch are
// settled here by a price "bid" instead of a shortest-path search; what is left goes to the exact search, which
// only needs the invariants in assignment-state.ts to hold on entry.
import type { AssignmentState } from './assignment-state';

/**
 * Row reduction: u = the row's cheapest cost keeps every reduced cost >= 0 with all column prices 0, and a row
 * whose cheapest column has room takes it outright. Returns the rows that found it full.
 */
export function reduceRows(st: AssignmentState): number[] {
  const { R, C, arcStart, arcCol, arcCost, unassignedCost, u, load, cap } = st;
  const pending: number[] = [];
  for (let r = 0; r < R; r++) {
    const stay = unassignedCost[r];
    if (!Number.isFinite(stay)) throw new Error(`row ${r}: unassigned cost must be finite`);
    let m = stay;
    let best = C + r;
    for (let k = arcStart[r]; k < arcStart[r + 1]; k++) {
      const c = arcCol[k];
      // among equally cheap columns, one with room (then the lower index)
      const better = arcCost[k] < m || (arcCost[k] === m && (load[best] >= cap[best] ? load[c] < cap[c] || c < best : load[c] < cap[c] && c < best));
      if (better) {
        m = arcCost[k];
        best = c;
      }
    }
    u[r] = m;
    if (load[best] < cap[best]) st.link(r, best, m);
    else pending.push(r);
  }
  return pending;
}

/** The smallest reduced cost of row q over its arcs other than column `except`. */
function slackOf(st: AssignmentState, q: number, except: number): number {
  const { C, arcStart, arcCol, arcCost, unassignedCost, u, v } = st;
  let slack = unassignedCost[q] - u[q] - v[C + q];
  for (let k = arcStart[q]; k < arcStart[q + 1]; k++) {
    const c = arcCol[k];
    if (c !== except) slack = Math.min(slack, arcCost[k] - u[q] - v[c]);
  }
  return slack;
}

/**
 * Augmenting row reduction: a free row takes its best column even when full, by lowering that column's price
 * (towards the row's second-best) and evicting one of its rows, which then bids in turn. The rows that stay in the
 * column get their u raised by the same amount so their arcs stay tight; that is only allowed up to their slack on
 * other arcs, so the row with the least slack is the one evicted and the price drop is capped by the others'.
 * When nothing can move (ties, zero slack), and after maxSteps bids, the row is left to the exact search.
 */
export function augmentRowReduction(st: AssignmentState, free: readonly number[], maxSteps: number): number[] {
  const { C, arcStart, arcCol, arcCost, unassignedCost, u, v, load, cap, head, next } = st;
  const queue = [...free];
  const left: number[] = [];
  let steps = 0;
  for (let qi = 0; qi < queue.length; qi++) {
    const i = queue[qi];
    if (steps++ >= maxSteps) {
      left.push(i);
      continue;
    }
    let m1 = Infinity;
    let m2 = Infinity;
    let j1 = -1;
    let cost1 = 0;
    // the cheapest column with room among those at the minimum, if any
    let open = -1;
    let openCost = 0;
    const end = arcStart[i + 1];
    for (let k = arcStart[i]; k <= end; k++) {
      const c = k < end ? arcCol[k] : C + i;
      const cost = k < end ? arcCost[k] : unassignedCost[i];
      const h = cost - v[c];
      if (h < m1) {
        if (c !== j1) m2 = m1;
        m1 = h;
        j1 = c;
        cost1 = cost;
        open = -1;
      } else if (c !== j1 && h < m2) {
        m2 = h;
      }
      if (h === m1 && load[c] < cap[c] && (open < 0 || c < open)) {
        open = c;
        openCost = cost;
      }
    }
    if (open >= 0) {
      u[i] = m1;
      st.link(i, open, openCost);
      continue;
    }
    let evict = -1;
    let least = Infinity;
    let others = Infinity;
    for (let q = head[j1]; q !== -1; q = next[q]) {
      const slack = slackOf(st, q, j1);
      if (slack < least || (slack === least && q < evict)) {
        others = Math.min(others, least);
        least = slack;
        evict = q;
      } else {
        others = Math.min(others, slack);
      }
    }
    const delta = Math.min(m2 - m1, others);
    if (!(delta > 0)) {
      left.push(i);
      continue;
    }
    st.unlink(evict);
    for (let q = head[j1]; q !== -1; q = next[q]) u[q] += delta;
    v[j1] -= delta;
    queue.push(evict);
    u[i] = m1 + delta;
    st.link(i, j1, cost1);
  }
  return left;
}
