// While steps wait in the outbox, the helper works on from where they will have left the case: the status the
// server will reach once the queued actions are sent, in order.
import type { RequestStatus } from '../../../types';
import type { OutboxAction } from '../../services/outbox';

const HANDOVER_LEADS_TO: Record<string, RequestStatus | null> = {
  resident_to_helper: 'materials_received',
  helper_to_department: 'submitted_to_department',
  department_to_helper: null,
  helper_to_resident: 'result_delivered',
  by_post: 'result_delivered',
};

export function projectedStatus(current: RequestStatus, queued: readonly OutboxAction[]): RequestStatus {
  let status = current;
  for (const action of queued) {
    if (action.state !== 'waiting') continue;
    if (action.path.endsWith('/check-in')) status = 'on_site';
    else if (action.path.endsWith('/authorisations')) status = action.body.kind === 'continuation' ? 'assigned' : 'authorised';
    else if (action.path.endsWith('/handovers')) status = HANDOVER_LEADS_TO[String(action.body.kind)] ?? status;
    else if (action.path.endsWith('/transitions') && typeof action.body.to === 'string') status = action.body.to as RequestStatus;
  }
  return status;
}
