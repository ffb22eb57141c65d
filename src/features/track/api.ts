import type { RequestDetail, RequestListResponse } from '../../../types';
import { api } from '../../services/http';

export const listRequests = () => api<RequestListResponse>('/api/requests');
export const getRequest = (id: string) => api<RequestDetail>(`/api/requests/${encodeURIComponent(id)}`);
/** 加急 asked for by the resident (or whoever filed for them), with what makes it urgent. */
export const askUrgency = (id: string, reason: string) =>
  api<RequestDetail>(`/api/requests/${encodeURIComponent(id)}/urgency-request`, { method: 'POST', body: { reason } });
