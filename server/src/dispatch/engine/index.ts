// The dispatch engine's public surface: plain data in (open requests, helpers with their plans), a plan out.
export { planDispatch } from './plan-dispatch';
export { DEFAULT_CONFIG, resolveConfig, type EngineConfig } from './config';
export { dayIndexOf, minuteOfDay, weekdayOf, dayLabel } from './calendar';
export { solveSparseAssignment, type SparseAssignmentProblem, type AssignmentSolution } from './min-cost-assignment';
export { solveDenseAssignment, type DenseOptions } from './dense-assignment';
export type * from './types';
