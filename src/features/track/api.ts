import type { RequestDetail, RequestListResponse } from '../../../types';
import { api } from '../../services/http';

export const listRequests = () => api<RequestListResponse>('/api/requests');
export const getRequest = (id: string) => api<RequestDetail>(`/api/requests/${encodeURIComponent(id)}`);
