// Which requests are still being worked on: on the supervisor's board, and in a helper's load.
import { FINAL_STATUSES, REQUEST_STATUSES, type RequestStatus } from '../../../../types';

/** Statuses in which the work is done as far as the deadline is concerned (or not begun: a draft is on the device). */
export const NOT_OPEN: readonly RequestStatus[] = [...FINAL_STATUSES, 'result_delivered', 'rated', 'draft'];
export const OPEN_STATUSES: readonly RequestStatus[] = REQUEST_STATUSES.filter((s) => !NOT_OPEN.includes(s));
