// The request life cycle (domain.md, "A request's life"): every status, and one table of who may move a request
// from which status to which. The server enforces this table; the app reads it only to decide which buttons to show.

export const REQUEST_STATUSES = [
  'draft',
  'submitted',
  'triaged',
  'offered',
  'assigned',
  'scheduled',
  'en_route',
  'on_site',
  'authorised',
  'materials_received',
  'awaiting_supplement',
  'submitted_to_department',
  'under_review',
  'approved',
  'rejected',
  'result_delivered',
  'rated',
  'archived',
  'suspended',
  'terminated',
  'withdrawn',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/**
 * Who takes a transition, relative to the request (not a global role): `resident` is the person the request is for
 * or a family member acting for them; `helper` is the helper or grid worker the request is assigned or offered to;
 * `supervisor` is service-centre staff; `system` is the server itself (triage, dispatch, timeouts).
 */
export const ACTORS = ['resident', 'helper', 'supervisor', 'system'] as const;
export type Actor = (typeof ACTORS)[number];

export interface TransitionRule {
  readonly to: RequestStatus;
  readonly by: readonly Actor[];
}

/** States no request leaves. */
export const FINAL_STATUSES = ['archived', 'terminated', 'withdrawn'] as const satisfies readonly RequestStatus[];

/** Statuses in which the work is done as far as the deadline is concerned (or not begun: a draft is on the device). */
export const NOT_OPEN: readonly RequestStatus[] = [...FINAL_STATUSES, 'result_delivered', 'rated', 'draft'];
/** Which requests are still being worked on: on the supervisor's board, in a helper's load, and what 加急 applies to. */
export const OPEN_STATUSES: readonly RequestStatus[] = REQUEST_STATUSES.filter((s) => !NOT_OPEN.includes(s));

/** The exits open from every open state after submission (中止, 终止, 撤销). */
const EXITS: readonly TransitionRule[] = [
  { to: 'suspended', by: ['helper', 'supervisor'] },
  { to: 'terminated', by: ['supervisor'] },
  { to: 'withdrawn', by: ['resident'] },
];

const withExits = (rules: readonly TransitionRule[]): readonly TransitionRule[] => [...rules, ...EXITS];

export const TRANSITIONS: Record<RequestStatus, readonly TransitionRule[]> = {
  draft: [
    { to: 'submitted', by: ['resident', 'helper'] },
    { to: 'withdrawn', by: ['resident'] },
  ],
  submitted: withExits([{ to: 'triaged', by: ['system', 'supervisor'] }]),
  triaged: withExits([{ to: 'offered', by: ['system', 'supervisor'] }]),
  offered: withExits([
    { to: 'assigned', by: ['helper', 'supervisor'] }, // helper accepts, or a supervisor assigns directly
    { to: 'triaged', by: ['helper', 'system', 'supervisor'] }, // declined, timed out, or pulled back: dispatch again
  ]),
  assigned: withExits([
    { to: 'scheduled', by: ['helper', 'supervisor'] },
    { to: 'en_route', by: ['helper'] },
    { to: 'result_delivered', by: ['helper'] }, // a call-back that was answered needs no visit
    { to: 'triaged', by: ['supervisor'] }, // reassignment
  ]),
  scheduled: withExits([
    { to: 'en_route', by: ['helper'] },
    { to: 'scheduled', by: ['helper', 'supervisor'] }, // rescheduled
    { to: 'triaged', by: ['supervisor'] },
  ]),
  en_route: withExits([{ to: 'on_site', by: ['helper'] }]),
  on_site: withExits([
    { to: 'authorised', by: ['helper'] }, // 代办: the resident signed the 委托书 on screen, the helper countersigned
    { to: 'materials_received', by: ['helper'] }, // 帮办: no authorisation, straight to the hand-over
    { to: 'result_delivered', by: ['helper'] }, // a consultation visit that needed no application
  ]),
  authorised: withExits([{ to: 'materials_received', by: ['helper'] }]),
  materials_received: withExits([
    { to: 'awaiting_supplement', by: ['helper'] }, // 容缺: something may follow later
    { to: 'submitted_to_department', by: ['helper'] },
  ]),
  awaiting_supplement: withExits([{ to: 'materials_received', by: ['helper'] }]),
  submitted_to_department: withExits([{ to: 'under_review', by: ['helper'] }]),
  under_review: withExits([
    { to: 'awaiting_supplement', by: ['helper'] }, // 补正 asked for by the department
    { to: 'approved', by: ['helper'] },
    { to: 'rejected', by: ['helper'] },
  ]),
  approved: withExits([{ to: 'result_delivered', by: ['helper'] }]),
  rejected: withExits([{ to: 'result_delivered', by: ['helper'] }]), // the originals still go back to the resident
  result_delivered: [
    { to: 'rated', by: ['resident'] },
    { to: 'archived', by: ['system', 'supervisor'] },
  ],
  rated: [{ to: 'archived', by: ['system', 'supervisor'] }],
  suspended: [
    { to: 'assigned', by: ['helper', 'supervisor'] }, // resumed with a 续办委托书
    { to: 'triaged', by: ['supervisor'] },
    { to: 'terminated', by: ['supervisor'] },
    { to: 'withdrawn', by: ['resident'] },
  ],
  archived: [],
  terminated: [],
  withdrawn: [],
};

export function allowedTransitions(from: RequestStatus, actor: Actor): RequestStatus[] {
  return TRANSITIONS[from].filter((rule) => rule.by.includes(actor)).map((rule) => rule.to);
}

export function canTransition(from: RequestStatus, to: RequestStatus, actor: Actor): boolean {
  return TRANSITIONS[from].some((rule) => rule.to === to && rule.by.includes(actor));
}

export function isFinal(status: RequestStatus): boolean {
  return (FINAL_STATUSES as readonly RequestStatus[]).includes(status);
}
